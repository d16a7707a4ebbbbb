import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/ingest/pipeline';
import { loadOverride } from '../src/ingest/overrides';
import { serializeBody } from '../src/ingest/serialize';
import { paragraphKey, resolveAnchor, withIds } from '../src/lib/paragraph-ids';
import { bodyParagraphs } from '../src/lib/paragraphs';
import { currentRegistry, readCommittedRegistry, readRegisteredArticles } from '../src/lib/permalink-source';
import { brokenRedirects, lostPermalinks, type PermalinkRegistry, permalinkRegistry, type RegisteredArticle } from '../src/lib/permalinks';
import { loadRedirects, redirectsSchema } from '../src/lib/redirects';
import { publisherSlug } from '../src/lib/publishers';
import { tagsOf } from '../src/lib/tags';
import { buildTaxonomy, loadTaxonomy } from '../src/lib/taxonomy';
import { rawPath } from '../src/lib/urls';

const committed = readCommittedRegistry()!;
const articles = readRegisteredArticles();
const now = currentRegistry(committed);
/** The registry of the site with `list` as its articles, on top of the committed one. */
const registryOf = (list: readonly RegisteredArticle[]) => permalinkRegistry(list, loadTaxonomy('content/taxonomy.yaml'), loadRedirects(), committed);

describe('permalink registry (content/permalinks.json)', () => {
	it('still serves every committed URL, as a page, a file or a redirect', () => {
		expect(lostPermalinks(committed, now)).toEqual([]);
	});

	it('is up to date with the articles, the taxonomy and content/redirects.yaml (run `npm run permalinks`)', () => {
		expect(committed).toEqual(now);
	});

	it('has no redirect that hides a page or leads nowhere', () => {
		expect(brokenRedirects(now)).toEqual([]);
	});

	it('lists each article, its raw file, its tags and its publisher, in both editions', () => {
		const taxonomy = loadTaxonomy('content/taxonomy.yaml');
		for (const { slug, raw, tags, publisher } of articles) {
			expect(committed.articles).toContain(`/articles/${slug}/`);
			expect(committed.articles).toContain(`/zh-hant/articles/${slug}/`);
			expect(committed.raw).toContain(rawPath(raw.path));
			for (const tag of tagsOf(taxonomy, tags)) expect(committed.tags).toEqual(expect.arrayContaining([`/tags/${tag.slug}/`, `/zh-hant/tags/${tag.slug}/`]));
			expect(committed.publishers).toContain(`/zh-hant/publishers/${publisherSlug(publisher)}/`);
			for (const format of ['bib', 'ris', 'json']) {
				expect(committed.citations).toEqual(expect.arrayContaining([`/articles/${slug}/cite.${format}`, `/zh-hant/articles/${slug}/cite.${format}`, `/zh-hant/publishers/${publisherSlug(publisher)}/cite.${format}`]));
			}
			expect(committed.data).toContain(`/data/articles/${slug}.json`);
		}
		expect(committed.citations).toEqual(expect.arrayContaining(['/articles/cite.bib', '/zh-hant/articles/cite.ris', '/tags/jinhua/cite.json', '/archive/2020/cite.bib']));
		expect(committed.data).toEqual(expect.arrayContaining(['/data/', '/zh-hant/data/', '/data/articles.jsonl', '/data/articles.schema.json']));
		expect(committed.publishers.filter((p) => p.startsWith('/zh-hant/'))).toHaveLength(committed.publishers.length / 2);
		expect(committed.feeds).toEqual(['/robots.txt', '/rss.xml', '/sitemap.xml', '/zh-hant/rss.xml']);
		expect(committed.pages).toContain('/zh-hant/search/');
		expect(committed.archive).toContain('/archive/');
	});

	it('records each paragraph\'s ID and its positional p-N, each leading to the paragraph that holds its text', () => {
		for (const article of articles) {
			const paragraphs = withIds(article.paragraphs);
			const anchors = committed.anchors[article.slug]!;
			paragraphs.forEach((p, i) => {
				expect(anchors[p.id]?.id).toBe(p.id);
				expect(anchors[`p-${i + 1}`]?.id).toBe(p.id);
				expect(paragraphKey(p.text).startsWith(paragraphKey(anchors[p.id]!.text))).toBe(true);
			});
		}
	});
});

describe('a re-ingest that changes the paragraphing loses no recorded anchor', () => {
	const rawFile = 'content/raw/002_0da8ffc8f3b16fff.txt';
	const before = articles.find((a) => a.slug === '2017-07-28-quanmian-jie-gui-shanghai')!;
	const lines = readFileSync(rawFile, 'utf8').split('\n');
	// One raw line per paragraph: split the 5th at a full stop past its middle, merge the 8th and 9th.
	const fifth = lines[4]!;
	const cut = fifth.indexOf('。', fifth.length / 2) + 1;
	const changedLines = [...lines.slice(0, 4), fifth.slice(0, cut), fifth.slice(cut), lines[5], lines[6], lines[7]! + lines[8]!, ...lines.slice(9)];
	const cleaned = clean(Buffer.from(changedLines.join('\n')), rawFile, loadOverride('content/overrides', rawFile, { override: 'content/overrides', raw: rawFile }));
	const after: RegisteredArticle = { ...before, paragraphs: bodyParagraphs(serializeBody(cleaned.body)) };
	const oldParagraphs = withIds(before.paragraphs);
	const newParagraphs = withIds(after.paragraphs);
	const recorded = committed.anchors[before.slug]!;

	it('really changes the paragraphing: one paragraph split in two, two merged into one', () => {
		expect(cut).toBeGreaterThan(0);
		const oldKeys = before.paragraphs.map(paragraphKey);
		const newKeys = after.paragraphs.map(paragraphKey);
		expect(newKeys[4]! + newKeys[5]!).toBe(oldKeys[4]);
		expect(newKeys[8]).toBe(oldKeys[7]! + oldKeys[8]!);
		expect(newKeys).toHaveLength(oldKeys.length);
	});

	it('keeps the ID of every paragraph it did not touch', () => {
		const untouched = (p: { id: string }, i: number) => ![4, 7, 8].includes(i) && p;
		const kept = oldParagraphs.filter(untouched).map((p) => p.id);
		expect(newParagraphs.map((p) => p.id)).toEqual(expect.arrayContaining(kept));
		expect(kept).toHaveLength(oldParagraphs.length - 3);
	});

	it('resolves each recorded anchor to a paragraph containing its recorded text', () => {
		expect(Object.keys(recorded).length).toBe(2 * oldParagraphs.length);
		for (const [name, anchor] of Object.entries(recorded)) {
			const id = resolveAnchor(anchor, newParagraphs);
			const target = newParagraphs.find((p) => p.id === id);
			expect(target, name).toBeDefined();
			expect(paragraphKey(target!.text), name).toContain(paragraphKey(anchor.text));
		}
		// The positional anchors after the split now lead past their old position: p-6 is the 7th paragraph.
		expect(resolveAnchor(recorded['p-6']!, newParagraphs)).toBe(newParagraphs[6]!.id);
		expect(resolveAnchor(recorded['p-9']!, newParagraphs)).toBe(newParagraphs[8]!.id);
	});

	it('keeps every anchor in the regenerated registry, and records the new paragraphs\' IDs', () => {
		const next = registryOf([...articles.filter((a) => a !== before), after]);
		expect(lostPermalinks(committed, next)).toEqual([]);
		for (const p of newParagraphs) expect(next.anchors[before.slug]![p.id]?.id).toBe(p.id);
		expect(Object.keys(next.anchors[before.slug]!)).toEqual(expect.arrayContaining(Object.keys(recorded)));
	});

	it('reports an anchor whose text is gone as lost', () => {
		const without = { ...after, paragraphs: after.paragraphs.filter((_, i) => i !== 2) };
		const next = registryOf([...articles.filter((a) => a !== before), without]);
		const gone = oldParagraphs[2]!.id;
		expect(lostPermalinks(committed, next)).toEqual([`/articles/${before.slug}/#${gone}`, `/articles/${before.slug}/#p-3`]);
	});
});

/** The pages and, next to each, its citation files (`cite.bib`, `cite.json`, `cite.ris`), sorted. */
const withCiteFiles = (pages: string[]) => pages.flatMap((page) => [page, ...['bib', 'json', 'ris'].map((f) => `${page}cite.${f}`)]).sort();

describe('permalinkRegistry', () => {
	const taxonomy = (slug = 'jinhua') => buildTaxonomy([{ id: 'jinhua', slug, name: '金华', kind: 'place', aliases: [] }]);
	type Article = RegisteredArticle;
	const article = (slug: string, patch: Partial<Article> = {}): Article => ({
		slug,
		aliases: [],
		paragraphs: [],
		tags: ['jinhua'],
		publisher: '金华日报',
		date: { value: '2020-09-16', precision: 'day', source: 'test', confidence: 'high' },
		raw: { path: `content/raw/${slug}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
		...patch,
	});
	const registry = (list: Article[], slug?: string, redirects = {}, before?: PermalinkRegistry) => permalinkRegistry(list, taxonomy(slug), redirectsSchema.parse(redirects), before);

	it('covers articles, tags, publishers, archive years, raw files, feeds and the fixed pages in both editions', () => {
		const r = registry([article('a')]);
		expect(r.articles).toEqual(['/articles/a/', '/zh-hant/articles/a/']);
		expect(r.tags).toEqual(['/tags/jinhua/', '/zh-hant/tags/jinhua/']);
		expect(r.publishers).toEqual(['/publishers/jinhua-ribao/', '/zh-hant/publishers/jinhua-ribao/']);
		expect(r.archive).toEqual(['/archive/', '/archive/2020/', '/zh-hant/archive/', '/zh-hant/archive/2020/']);
		expect(r.raw).toEqual(['/raw/a.txt']);
		expect(r.feeds).toEqual(['/robots.txt', '/rss.xml', '/sitemap.xml', '/zh-hant/rss.xml']);
		expect(r.pages).toEqual(['/', '/articles/', '/publishers/', '/search/', '/tags/', '/zh-hant/', '/zh-hant/articles/', '/zh-hant/publishers/', '/zh-hant/search/', '/zh-hant/tags/']);
		const hansFiles = ['/archive/2020/', '/articles/', '/articles/a/', '/publishers/jinhua-ribao/', '/tags/jinhua/'].flatMap((page) => ['bib', 'json', 'ris'].map((f) => `${page}cite.${f}`));
		expect(r.citations).toEqual([...hansFiles, ...hansFiles.map((url) => `/zh-hant${url}`)].sort());
		expect(r.data).toEqual(['/data/', '/data/articles.jsonl', '/data/articles.schema.json', '/data/articles/a.json', '/zh-hant/data/']);
	});

	it('keeps a renamed article\'s citation files and data record at its former slug (files cannot redirect)', () => {
		const before = registry([article('a')]);
		const after = registry([article('b', { aliases: ['a'], raw: article('a').raw })]);
		expect(lostPermalinks(before, after)).toEqual([]);
		expect(after.citations).toEqual(expect.arrayContaining(['/articles/a/cite.bib', '/articles/b/cite.bib', '/zh-hant/articles/a/cite.ris']));
		expect(lostPermalinks(before, registry([article('b', { raw: article('a').raw })]))).toEqual(expect.arrayContaining(['/articles/a/cite.bib', '/data/articles/a.json']));
	});

	it('redirects a former slug in both editions', () => {
		expect(registry([article('2020-09-new', { aliases: ['2020-09-old'] })]).redirects).toEqual({
			'/articles/2020-09-old/': '/articles/2020-09-new/',
			'/zh-hant/articles/2020-09-old/': '/zh-hant/articles/2020-09-new/',
		});
	});

	it('notices a renamed article slug without an alias as a lost URL', () => {
		const before = registry([article('a')]);
		expect(lostPermalinks(before, registry([article('b', { raw: article('a').raw })])).sort()).toEqual([...withCiteFiles(['/articles/a/', '/zh-hant/articles/a/']), '/data/articles/a.json'].sort());
		expect(lostPermalinks(before, registry([article('b', { aliases: ['a'], raw: article('a').raw })]))).toEqual([]);
	});

	it('notices a renamed tag slug, unless content/redirects.yaml records the redirect', () => {
		const before = registry([article('a')]);
		expect(lostPermalinks(before, registry([article('a')], 'jinhua-shi')).sort()).toEqual(withCiteFiles(['/tags/jinhua/', '/zh-hant/tags/jinhua/']));
		const redirected = registry([article('a')], 'jinhua-shi', { '/tags/jinhua/': '/tags/jinhua-shi/' });
		expect(lostPermalinks(before, redirected)).toEqual([]);
		// The former path keeps serving the tag's citation files: a file cannot redirect.
		expect(redirected.citations).toEqual(expect.arrayContaining(['/tags/jinhua/cite.bib', '/zh-hant/tags/jinhua/cite.ris', '/tags/jinhua-shi/cite.json']));
		expect(redirected.redirects['/zh-hant/tags/jinhua/']).toBe('/zh-hant/tags/jinhua-shi/');
	});

	it('notices a publisher renamed, a raw file renamed, and a year left with no article', () => {
		const before = registry([article('a')]);
		const after = registry([article('a', { publisher: '浙江日报', raw: { ...article('a').raw, path: 'content/raw/renamed.txt' }, date: { value: '2021-01-02', precision: 'day', source: 'test', confidence: 'high' } })]);
		expect(lostPermalinks(before, after).sort()).toEqual([...withCiteFiles(['/archive/2020/', '/publishers/jinhua-ribao/', '/zh-hant/archive/2020/', '/zh-hant/publishers/jinhua-ribao/']), '/raw/a.txt'].sort());
	});

	it('a redirect to a URL the site does not serve does not count, and is reported', () => {
		const before = registry([article('a')]);
		const after = registry([article('a')], 'jinhua-shi', { '/tags/jinhua/': '/tags/typo/' });
		expect(lostPermalinks(before, after).sort()).toEqual(withCiteFiles(['/tags/jinhua/', '/zh-hant/tags/jinhua/']));
		expect(brokenRedirects(after)).toContain('/tags/jinhua/ → /tags/typo/: the target is not served');
	});

	it('a redirect from a URL that is still a page is reported (it would hide the page)', () => {
		expect(brokenRedirects(registry([article('a')], undefined, { '/tags/jinhua/': '/tags/' }))).toContain('/tags/jinhua/ is still served; remove its redirect');
	});

	it('never redirects a slug that is some article\'s current slug', () => {
		expect(registry([article('a', { aliases: ['b'] }), article('b')]).redirects).toEqual({});
	});

	it('records positional anchors only for an article published before anchors were recorded', () => {
		const text = ['第一段，长三角一体化发展。', '第二段，G60科创走廊。'];
		const legacy = { ...registry([]), articles: ['/articles/old/', '/zh-hant/articles/old/'] };
		const both = [article('old', { paragraphs: text }), article('new', { paragraphs: text })];
		const next = registry(both, undefined, {}, legacy);
		expect(Object.keys(next.anchors.old!)).toEqual([expect.stringMatching(/^p[0-9a-z]{7}$/u), 'p-1', expect.any(String), 'p-2']);
		expect(Object.keys(next.anchors.new!)).toHaveLength(2);
		// Once recorded, they stay; a later run adds none for the new article.
		expect(registry(both, undefined, {}, next)).toEqual(next);
	});

	it('carries a renamed article\'s anchors over to its new slug', () => {
		const paragraphs = ['长三角一体化发展规划纲要发布。'];
		const before = registry([article('a', { paragraphs })], undefined, {}, { ...registry([]), articles: ['/articles/a/'] });
		const after = registry([article('b', { aliases: ['a'], paragraphs, raw: article('a').raw })], undefined, {}, before);
		expect(after.anchors.b).toEqual(before.anchors.a);
		expect(lostPermalinks(before, after)).toEqual([]);
	});
});

describe('content/redirects.yaml', () => {
	it('accepts page and raw-file paths', () => {
		expect(redirectsSchema.safeParse({ '/tags/a/': '/tags/b/', '/raw/a.txt': '/raw/b.txt' }).success).toBe(true);
	});

	it('refuses a page redirected to a raw file, a 繁體 path, a chain, and a path that is neither a page nor a raw file', () => {
		for (const bad of [{ '/tags/a/': '/raw/b.txt' }, { '/zh-hant/tags/a/': '/zh-hant/tags/b/' }, { '/tags/a/': '/tags/b/', '/tags/b/': '/tags/c/' }, { '/rss2.xml': '/rss.xml' }, { 'tags/a/': '/tags/b/' }, { '/tags/a/': 'https://evil.example/' }]) {
			expect(redirectsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});
});
