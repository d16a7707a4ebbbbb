import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { APIRequestContext, Page } from '@playwright/test';
import Ajv2020 from 'ajv/dist/2020.js';
import { contentTypeFor } from '../src/lib/security-headers';
import { readArticles } from './articles';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { articleIn, EDITION_PREFIX, type Edition, EDITIONS } from './pages';

/**
 * Citation files and open data, in both editions, against the production
 * build: each file is downloaded from the link on its page, its media type
 * checked (what `astro preview` sends, and for the types a static host
 * cannot guess, the rule `dist/_headers` gives the host), and it is parsed:
 * the citation files with citation-js, the open data with its published
 * JSON Schema. The Highwire tags Zotero reads must say what the files say.
 */

const articles = readArticles();
const FORMATS = ['bib', 'ris', 'json'] as const;
const headersFile = readFileSync(join('dist', '_headers'), 'utf8');

type Item = Record<string, unknown>;
const parse = (text: string): Item[] => new Cite(text).data;
const names = (item: Item) => {
	const list = (item.author ?? item.reporter) as ({ literal?: string; family?: string } | string)[] | string | undefined;
	return list === undefined ? [] : [list].flat().map((n) => (typeof n === 'string' ? n : (n.literal ?? n.family)));
};
const issued = (item: Item) => (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];

/** Downloads a file and checks its media type: the server's for JSON, `_headers`' rule for the rest (the preview server knows no type for them). */
async function download(request: APIRequestContext, path: string): Promise<string> {
	const res = await request.get(path);
	expect(res.status(), path).toBe(200);
	const type = contentTypeFor(path);
	if (type) {
		const rule = Object.entries({ bib: '/*.bib', ris: '/*.ris', jsonl: '/data/articles.jsonl' }).find(([ext]) => path.endsWith(`.${ext}`))![1];
		expect(headersFile, `${path}: _headers rule`).toContain(`${rule}\n  Content-Type: ${type}\n`);
		expect(res.headers()['content-type'] ?? '', path).not.toMatch(/html/u);
	} else {
		expect(res.headers()['content-type'], path).toMatch(/^application\/(json|schema\+json)/u);
	}
	return res.text();
}

/** The href of the first link matching `selector` on the page at `path`. */
async function firstLink(page: Page, path: string, selector: string): Promise<string> {
	await page.goto(path);
	return (await page.locator(selector).first().getAttribute('href'))!;
}

/** The hrefs of the citation file links on a page, by format. */
async function citeLinks(page: Page, scope: string): Promise<Record<(typeof FORMATS)[number], string>> {
	const links = page.locator(`${scope} .cite-files a`);
	await expect(links).toHaveCount(3);
	const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	return { bib: hrefs.find((h) => h.endsWith('.bib'))!, ris: hrefs.find((h) => h.endsWith('.ris'))!, json: hrefs.find((h) => h.endsWith('.json'))! };
}

test.describe('an article\'s citation files', () => {
	for (const edition of EDITIONS) {
		for (const a of articles) {
			test(`${a.slug} (${edition}): BibTeX, RIS and CSL-JSON agree with the page and its Highwire tags`, async ({ page, request }) => {
				await page.goto(articleIn(edition, a.slug));
				const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
				const meta = (name: string) => page.locator(`meta[name="${name}"]`).evaluateAll((els) => els.map((el) => el.getAttribute('content')!));
				const [title] = await meta('citation_title');
				const authors = await meta('citation_author');
				const [date] = await meta('citation_publication_date');
				const publisher = await meta('prism.publicationName');
				expect(await meta('DC.type')).toEqual(['newspaperArticle']);
				expect(await meta('citation_public_url')).toEqual([canonical]);
				expect(title).toBe(await page.locator('h1').innerText());
				const links = await citeLinks(page, '.share');
				expect(links.bib).toBe(`${articleIn(edition, a.slug)}cite.bib`);
				for (const format of FORMATS) {
					const [item, ...more] = parse(await download(request, links[format]));
					expect(more, format).toEqual([]);
					expect(item!.title, format).toBe(title);
					expect(names(item!), format).toEqual(authors);
					expect(item!.URL, format).toBe(canonical);
					expect(item!['container-title'], format).toBe(publisher[0]);
					const parts = issued(item!);
					// citation-js reads RIS NEWS dates from PY (the year); the full date is in DA.
					if (date) expect(format === 'ris' ? parts : parts?.map((n) => String(n).padStart(2, '0')).join('/'), format).toEqual(format === 'ris' ? [Number(date.slice(0, 4))] : date);
					else expect(parts, format).toBeUndefined();
				}
			});
		}
	}
});

test.describe('a listing\'s citation files', () => {
	const first = articles[0]!;
	/** A listing of each kind, found by following the site's own links: the article list, a tag, a publisher, a year. */
	const LISTINGS: [kind: string, find: (page: Page, edition: Edition) => Promise<string>][] = [
		['all articles', async (_, edition) => `${EDITION_PREFIX[edition]}/articles/`],
		['a tag', (page, edition) => firstLink(page, articleIn(edition, first.slug), '.article-footer .tag-chips a')],
		['a publisher', (page, edition) => firstLink(page, `${EDITION_PREFIX[edition]}/publishers/`, `main a[href^="${EDITION_PREFIX[edition]}/publishers/"]`)],
		['a year', (page, edition) => firstLink(page, `${EDITION_PREFIX[edition]}/archive/`, `main a[href^="${EDITION_PREFIX[edition]}/archive/2"]`)],
	];
	for (const edition of EDITIONS) {
		for (const [kind, find] of LISTINGS) {
			test(`${kind} (${edition}): the files hold each of its articles once, in its order`, async ({ page, request }) => {
				const listing = await find(page, edition);
				await page.goto(listing);
				const count = Number(/(\d+)/u.exec(await page.locator('.page-lede').innerText())![1]);
				const shown = await page.locator('main .article-list-title a').evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
				expect(shown.length).toBeGreaterThan(0);
				const links = await citeLinks(page, 'main');
				for (const format of FORMATS) {
					const urls = parse(await download(request, links[format])).map((item) => new URL(item.URL as string).pathname);
					expect(urls, `${listing} ${format}`).toHaveLength(count);
					expect(new Set(urls).size).toBe(count);
					expect(urls.slice(0, shown.length), `${listing} ${format}`).toEqual(shown);
				}
			});
		}
	}
});

test.describe('open data', () => {
	test('/data/articles.jsonl: one record per article, valid by the published schema, each the same as its own JSON file', async ({ page, request }) => {
		const schema = JSON.parse(await download(request, '/data/articles.schema.json')) as object;
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const lines = (await download(request, '/data/articles.jsonl')).split('\n');
		expect(lines.pop()).toBe('');
		expect(lines).toHaveLength(articles.length);
		for (const line of lines) {
			const record = JSON.parse(line) as { slug: string; title: string; urls: { record: string; hans: string } };
			expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
			const path = new URL(record.urls.record).pathname;
			expect(path).toBe(`/data/articles/${record.slug}.json`);
			expect(JSON.parse(await download(request, path))).toEqual(record);
			expect(articles.find((a) => a.slug === record.slug)?.title).toBe(record.title);
		}
		// Each article page links its record.
		await page.goto(articleIn('hant', articles[0]!.slug));
		await expect(page.locator(`.provenance a[href="/data/articles/${articles[0]!.slug}.json"]`)).toHaveCount(1);
	});

	for (const edition of EDITIONS) {
		test(`the /data/ page (${edition}) links the files, says whose the text is, and passes axe`, async ({ page, request }) => {
			// axe in two colour schemes, on a loaded machine, takes longer than the default 30 s.
			test.slow();
			await page.goto(`${EDITION_PREFIX[edition]}/`);
			await page.locator('.site-footer a[href$="/data/"]').click();
			await expect(page).toHaveURL(new RegExp(`${EDITION_PREFIX[edition]}/data/$`, 'u'));
			await expect(page.locator('html')).toHaveAttribute('lang', edition === 'hant' ? 'zh-Hant' : 'zh-Hans');
			await expect(page.locator('h1')).toHaveCount(1);
			await expect(page.locator('main')).toContainText(edition === 'hant' ? '原發布媒體' : '原发布媒体');
			for (const href of await page.locator('main a[href^="/data/"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')!))) await download(request, href);
			await expectNoAxeViolations(page);
		});
	}

	test('a source URL is linked with Robust Links attributes and its Wayback Machine copy', async ({ page }) => {
		const withSource = readArticles().map((a) => ({ a, url: /^sourceUrl: (.+)$/mu.exec(readFileSync(join('content/articles', a.file), 'utf8'))?.[1] })).find(({ url }) => url);
		test.skip(!withSource, 'no committed article has a source URL');
		const { a, url } = withSource!;
		for (const edition of EDITIONS) {
			await page.goto(articleIn(edition, a.slug));
			const original = page.locator(`.provenance a[href="${url}"]`);
			await expect(original).toHaveCount(1);
			const datetime = await page.locator('.article-header time').getAttribute('datetime');
			const archived = page.locator('.provenance a[href^="https://web.archive.org/web/"]');
			await expect(archived).toHaveAttribute('data-originalurl', url!);
			await expect(original).toHaveAttribute('data-versionurl', (await archived.getAttribute('href'))!);
			if (datetime) {
				await expect(original).toHaveAttribute('data-versiondate', datetime);
				await expect(archived).toHaveAttribute('href', `https://web.archive.org/web/${datetime.replaceAll('-', '')}/${url}`);
			}
		}
	});
});

test.describe('exporting search results', () => {
	for (const [edition, q] of [['hans', '长三角'], ['hant', '長三角']] as const) {
		test(`every result, not only the page shown, downloads as one file per format (${edition}), and the page passes axe`, async ({ page }) => {
			test.slow();
			// Two results a page, so the results span several pages and the export must reach past the first.
			const searchPath = `${EDITION_PREFIX[edition]}/search/`;
			await page.route((url) => url.pathname === searchPath, async (route) => {
				const response = await route.fetch();
				await route.fulfill({ response, body: (await response.text()).replace('<delta-search ', '<delta-search data-page-size="2" ') });
			});
			await page.goto(`${searchPath}?q=${encodeURIComponent(q)}`);
			await expect(page.locator('delta-search')).toHaveAttribute('data-state', 'done');
			const results = page.locator('.search-results li h2 a');
			await expect(results).toHaveCount(2);
			const exporter = page.locator('export-results');
			await expect(exporter).toBeVisible();
			const exported = new Map<string, string[]>();
			for (const format of FORMATS) {
				const [file] = await Promise.all([page.waitForEvent('download'), exporter.locator(`button[data-format="${format}"]`).click()]);
				expect(file.suggestedFilename()).toBe(`search-results.${format}`);
				exported.set(format, parse(readFileSync((await file.path())!, 'utf8')).map((item) => new URL(item.URL as string).pathname));
			}
			// Every result, in the order the search lists them once all are shown.
			const total = Number(/\d+/u.exec((await page.locator('.search-status').textContent())!)![0]);
			expect(total, 'the query needs more than one page of results').toBeGreaterThan(2);
			for (let shown = 2; shown < total; shown += 2) {
				await page.locator('.search-more').click();
				await expect(results).toHaveCount(Math.min(shown + 2, total));
			}
			const all = await results.evaluateAll((as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
			for (const format of FORMATS) expect(exported.get(format), format).toEqual(all);
			await expectNoAxeViolations(page);
		});
	}

	test('there is nothing to export before a search', async ({ page }) => {
		await page.goto('/search/');
		await expect(page.locator('export-results')).toBeHidden();
	});
});
