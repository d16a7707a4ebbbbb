import type { Page } from '@playwright/test';
import * as OpenCC from 'opencc-js';
import { searchRecords } from '../src/search/build/index';
import { compareRecordsNewestFirst, type SearchRecord } from '../src/search/shared/record';
import { articlePath, inEdition, switchEdition } from '../src/lib/urls';
import { readArticles } from './articles';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { loadQueries, loadRangeQueries, queryTruth } from '../scripts/search/query-set';

/** The search's own status line (the page has another status: the citation export's). */
const searchStatus = (page: Page) => page.locator('.search-status');

/**
 * The search interface in both editions, against the production build, with
 * expected results computed from the articles (substring truth after folding,
 * `queryTruth`, for the plain words, the syntax and date ranges).
 */
const editions = [
	{ script: 'hans', path: '/search/', lang: 'zh-Hans', convert: OpenCC.Converter({ from: 'tw', to: 'cn' }) },
	{ script: 'hant', path: '/zh-hant/search/', lang: 'zh-Hant', convert: OpenCC.Converter({ from: 'cn', to: 'tw' }) },
] as const;

let records: SearchRecord[] = [];
test.beforeAll(async () => {
	records = await searchRecords();
});
const truth = (q: string, range = { from: '', to: '' }) => queryTruth(records, q, range);

const articles = readArticles();
const queries = loadQueries();

/** Waits until the page shows the results for `q` (the first page of them). */
async function shown(page: Page, q: string) {
	await expect(page.locator('delta-search')).toHaveAttribute('data-state', 'done');
	await expect(page.locator('delta-search')).toHaveAttribute('data-query', q);
}

async function searchFor(page: Page, q: string) {
	const box = page.getByRole('searchbox', { name: /搜索文章|搜尋文章/ }).last();
	await box.fill(q);
	await box.press('Enter');
	await shown(page, q);
}

/** Waits until the filters are filled in from Pagefind's filter indexes. */
async function facetsReady(page: Page) {
	await expect(page.locator('delta-search')).toHaveAttribute('data-facets', 'ready');
}

/** Opens the filters (their indexes load then) and waits until they are filled in. */
async function openFilters(page: Page) {
	await page.locator('.search-filters summary').click();
	await facetsReady(page);
}

async function resultUrls(page: Page) {
	const hrefs = await page.locator('.search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
	// Results link to the reader's edition; compare them on the canonical (简体) path.
	return hrefs.map((h) => switchEdition(h.replace(/\?.*$/, ''), 'hans')).sort();
}

for (const edition of editions) {
	const t = edition.script === 'hant';
	test.describe(`search page, ${edition.script} edition`, () => {
		test('finds every article containing each query, in both scripts (100% recall in Chromium)', async ({ page }) => {
			test.setTimeout(2_000 * queries.length);
			await page.goto(edition.path);
			for (const q of queries) {
				await searchFor(page, q);
				const expected = truth(q);
				expect(await resultUrls(page), q).toEqual(expected);
				if (expected.length) await expect(searchStatus(page), q).toHaveText(new RegExp(`找到 ${expected.length} 篇`));
			}
		});

		test('a shared URL works when opened directly and shows titles, dates, publishers and excerpts in the edition', async ({ page }) => {
			const q = t ? '科创走廊' : '科創走廊'; // the other script on purpose
			const expected = truth(q);
			expect(expected.length).toBeGreaterThan(1);
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await expect(page.locator('html')).toHaveAttribute('lang', edition.lang);
			await shown(page, q);
			await expect(page.getByRole('searchbox', { name: /搜索文章|搜尋文章/ }).last()).toHaveValue(q);
			await expect(searchStatus(page)).toHaveText(new RegExp(`找到 ${expected.length} 篇`));
			const items = page.locator('.search-results li');
			await expect(items).toHaveCount(expected.length);
			for (const item of await items.all()) {
				await expect(item).toHaveAttribute('lang', edition.lang);
				const href = (await item.locator('h2 a').getAttribute('href'))!;
				const record = records.find((r) => switchEdition(href.replace(/\?.*$/, ''), 'hans') === r.url)!;
				await expect(item.locator('h2')).toHaveText(t ? record.meta.title_hant : record.meta.title_hans);
				await expect(item.locator('.meta')).toContainText(t ? record.meta.publisher_hant : record.meta.publisher_hans);
				if (record.meta.date) await expect(item.locator('.meta time')).toHaveAttribute('datetime', record.meta.date);
				// Matched terms are highlighted in the reader's script.
				const marks = await item.locator('.excerpt mark').allTextContents();
				expect(marks.length).toBeGreaterThan(0);
				for (const m of marks) expect(m).toBe(t ? '科創走廊' : '科创走廊');
			}
		});

		test('filters by publisher and year, sorts by date, and keeps it all in the URL', async ({ page }) => {
			const q = '长三角';
			const expected = truth(q);
			const byUrl = (url: string) => records.find((r) => r.url === url)!;
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await shown(page, q);
			await expect(page.locator('.search-results li')).toHaveCount(expected.length);

			// Sort newest first: dates descending.
			const sort = page.getByLabel('排序');
			await sort.selectOption('newest');
			await expect(page).toHaveURL(/sort=newest/);
			await shown(page, q);
			const dates = await page.locator('.search-results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
			expect(dates).toHaveLength(expected.filter((u) => byUrl(u).meta.date).length);
			expect(dates).toEqual(dates.toSorted().toReversed());
			await sort.selectOption('oldest');
			await shown(page, q);
			const oldest = await page.locator('.search-results time').evaluateAll((els) => els.map((e) => e.getAttribute('datetime')!));
			expect(oldest).toEqual(dates.toReversed());

			// Publisher filter: exactly the matching articles from that publisher, with the count the option promised.
			await expect(page.getByLabel(t ? '來源' : '来源')).toBeHidden();
			await openFilters(page);
			const publisher = page.getByLabel(t ? '來源' : '来源');
			const option = publisher.locator('option').nth(1);
			const first = (await option.getAttribute('value'))!;
			const fromPublisher = expected.filter((u) => byUrl(u).meta.publisher_hans === first);
			const name = t ? byUrl(fromPublisher[0]!).meta.publisher_hant : first;
			await expect(option).toHaveText(`${name}（${fromPublisher.length}）`);
			await publisher.selectOption(first);
			await expect(page).toHaveURL(/publisher=/);
			await shown(page, q);
			expect(await resultUrls(page)).toEqual(fromPublisher.toSorted());
			await expect(searchStatus(page)).toHaveText(new RegExp(`找到 ${fromPublisher.length} 篇`));

			// Reloading the shared URL restores the filter.
			await page.reload();
			await shown(page, q);
			await expect(publisher).toHaveValue(first);
			expect(await resultUrls(page)).toEqual(fromPublisher.toSorted());

			// Year filter.
			await facetsReady(page);
			await publisher.selectOption('');
			await shown(page, q);
			await facetsReady(page);
			const year = page.getByLabel('年份');
			const y = (await year.locator('option').nth(1).getAttribute('value'))!;
			await year.selectOption(y);
			await shown(page, q);
			const inYear = expected.filter((u) => byUrl(u).meta.date.startsWith(y));
			expect(await resultUrls(page)).toEqual(inYear.toSorted());
		});

		test('phrases, exclusions and OR give exactly their articles, from a shared URL too', async ({ page }) => {
			test.setTimeout(90_000);
			const cases = [
				{ q: '"政府 上海"', plain: '政府 上海' },
				{ q: t ? '長三角 -上海' : '长三角 -上海', plain: '长三角' },
				{ q: t ? '嘉興 OR 金華' : '嘉兴 OR 金华', plain: '嘉兴' },
			];
			for (const { q, plain } of cases) {
				const expected = truth(q);
				// Each operator changes the answer, so ignoring it would fail here.
				expect(expected.length, q).toBeGreaterThan(0);
				expect(expected, q).not.toEqual(truth(plain));
				await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
				await shown(page, q);
				await expect(page.locator('#search-q')).toHaveValue(q);
				expect(await resultUrls(page), q).toEqual(expected);
				await expect(searchStatus(page), q).toHaveText(t ? `找到 ${expected.length} 篇符合「${q}」的文章` : `找到 ${expected.length} 篇符合“${q}”的文章`);
				await page.reload();
				await shown(page, q);
				expect(await resultUrls(page), `${q} after reload`).toEqual(expected);
			}
			// Excluded terms are not marked; either side of an OR is, in the edition's script.
			const or = t ? '嘉興 OR 金華' : '嘉兴 OR 金华';
			await page.goto(`${edition.path}?q=${encodeURIComponent(`${or} -松江`)}`);
			await shown(page, `${or} -松江`);
			expect(await resultUrls(page)).toEqual(truth(`${or} -松江`));
			const marks = await page.locator('.search-results .excerpt mark').allTextContents();
			expect(marks.length).toBeGreaterThan(0);
			for (const m of marks) expect(t ? ['嘉興', '金華'] : ['嘉兴', '金华']).toContain(m);
			// Only exclusions: the page asks for a term.
			await searchFor(page, '-上海');
			await expect(searchStatus(page)).toHaveText(t ? '請至少輸入一個要查找的詞：帶 - 的詞只用來排除。' : '请至少输入一个要查找的词：带 - 的词只用来排除。');
		});

		test('a date range from the filters narrows the results exactly and stays in the URL', async ({ page }) => {
			test.setTimeout(120_000);
			const q = '长三角';
			const range = { from: '2018', to: '2019-12' };
			const expected = truth(q, range);
			expect(expected.length).toBeGreaterThan(0);
			expect(expected.length).toBeLessThan(truth(q).length);
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await shown(page, q);
			await openFilters(page);
			await page.getByLabel(t ? '從' : '从', { exact: true }).fill('2018');
			const to = page.getByLabel('到', { exact: true });
			await to.fill('2019年12月');
			await to.press('Enter');
			await expect(page).toHaveURL(/from=2018&to=2019-12/);
			await shown(page, q);
			expect(await resultUrls(page)).toEqual(expected);
			await expect(searchStatus(page)).toHaveText(new RegExp(`找到 ${expected.length} 篇`));
			// The shared URL opens with the range filled in and the filters open.
			await page.reload();
			await shown(page, q);
			await expect(page.locator('.search-filters')).toHaveAttribute('open', '');
			await expect(to).toHaveValue('2019-12');
			expect(await resultUrls(page)).toEqual(expected);
			// Every range of the query set, with the syntax, opened from its URL.
			for (const r of loadRangeQueries()) {
				await page.goto(`${edition.path}?q=${encodeURIComponent(r.q)}&from=${r.from}&to=${r.to}&sort=oldest`);
				await shown(page, r.q);
				const inRange = truth(r.q, r);
				expect(await resultUrls(page), `${r.q} ${r.from}–${r.to}`).toEqual(inRange);
				if (!inRange.length) await expect(searchStatus(page)).toHaveText(t ? '目前篩選條件下沒有結果。' : '当前筛选条件下没有结果。');
			}
			// A bound that is not a year or a month is refused by the field, not silently searched.
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await shown(page, q);
			await openFilters(page);
			const from = page.getByLabel(t ? '從' : '从', { exact: true });
			await from.fill('2019-13');
			expect(await from.evaluate((el: HTMLInputElement) => el.validity.patternMismatch)).toBe(true);
		});

		test('the syntax help explains each form with an example that runs', async ({ page }) => {
			await page.goto(edition.path);
			const help = page.locator('.search-help');
			await help.locator('summary').click();
			const examples = help.locator('dt a');
			await expect(examples).toHaveCount(4);
			await expect(help).toContainText('OR');
			await expect(help).toContainText('年月');
			const example = (await examples.nth(2).textContent())!;
			expect(example).toMatch(/ -/);
			await examples.nth(2).click();
			await shown(page, example);
			expect(await resultUrls(page)).toEqual(truth(example));
		});

		test('shows results a page at a time, with a button for the next ones', async ({ page }) => {
			// Two results a page, so the five articles need several pages.
			await page.route((url) => url.pathname === edition.path, async (route) => {
				const response = await route.fetch();
				const html = (await response.text()).replace('<delta-search ', '<delta-search data-page-size="2" ');
				await route.fulfill({ response, body: html });
			});
			const q = '上海';
			const expected = truth(q);
			expect(expected.length).toBeGreaterThan(2);
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}&sort=newest`);
			await shown(page, q);
			await expect(searchStatus(page)).toHaveText(new RegExp(`找到 ${expected.length} 篇`));
			const items = page.locator('.search-results li');
			await expect(items).toHaveCount(2);
			const more = page.locator('.search-results button');
			for (let n = 2; n < expected.length; n += 2) {
				await expect(more).toBeVisible();
				await expect(more).toContainText(`${expected.length - n}`);
				await more.click();
				await expect(items).toHaveCount(Math.min(n + 2, expected.length));
				// Focus moves to the first new result.
				await expect(items.nth(n).locator('h2 a')).toBeFocused();
			}
			await expect(more).toBeHidden();
			const newest = expected.map((u) => records.find((r) => r.url === u)!).toSorted(compareRecordsNewestFirst);
			expect(await page.locator('.search-results li h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.replace(/\?.*$/, '')))).toEqual(
				newest.map((r) => switchEdition(r.url, edition.script)),
			);
		});

		test('says clearly when nothing matches', async ({ page }) => {
			const q = '積體電路';
			expect(truth(q)).toEqual([]);
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await shown(page, q);
			await expect(searchStatus(page)).toContainText(t ? '沒有文章包含' : '没有文章包含');
			await expect(page.locator('.search-results')).toBeHidden();
		});

		test('opening a result highlights the terms on the article page', async ({ page }) => {
			const q = t ? '长三角一体化' : '長三角一體化';
			await page.goto(`${edition.path}?q=${encodeURIComponent(q)}`);
			await shown(page, q);
			const link = page.locator('.search-results li h2 a').first();
			const href = (await link.getAttribute('href'))!;
			await link.click();
			await expect(page).toHaveURL(href);
			// The result opens in the reader's edition, so the marked terms are in its script.
			expect(href.startsWith(inEdition(edition.script, '/articles/'))).toBe(true);
			const marks = page.locator('main mark.search-hit');
			await expect(marks.first()).toBeVisible();
			for (const m of await marks.allTextContents()) expect(m).toBe(t ? '長三角一體化' : '长三角一体化');
		});

		test('works with the keyboard alone', async ({ page }) => {
			await page.goto(edition.path);
			await expect(page.locator('delta-search')).toHaveAttribute('data-state', 'done');
			const box = page.locator('#search-q');
			await box.focus();
			await page.keyboard.type('G60');
			await page.keyboard.press('Enter');
			await shown(page, 'G60');
			await expect(page).toHaveURL(/q=G60/);
			await expect(box).toBeFocused();
			// Tab reaches the search button, the syntax help, then the filters (opened with Enter), the sort order, then the first result.
			await page.keyboard.press('Tab');
			await expect(page.getByRole('button', { name: t ? '搜尋' : '搜索' }).last()).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.locator('.search-help summary')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.locator('.search-filters summary')).toBeFocused();
			await page.keyboard.press('Enter');
			await facetsReady(page);
			await page.keyboard.press('Tab');
			await expect(page.getByLabel(t ? '來源' : '来源')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.locator('select[name="year"]')).toBeFocused();
			// The tag filter shows once the results carry tags.
			await page.keyboard.press('Tab');
			await expect(page.locator('select[name="tag"]')).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.getByLabel(t ? '從' : '从', { exact: true })).toBeFocused();
			await page.keyboard.press('Tab');
			await expect(page.getByLabel('到', { exact: true })).toBeFocused();
			for (let i = 0; i < 2; i++) await page.keyboard.press('Tab'); // sort, first result
			await expect(page.locator('.search-results li h2 a').first()).toBeFocused();
			await page.keyboard.press('Enter');
			await expect(page.locator('main mark.search-hit').first()).toBeVisible();
		});

		test('has no accessibility violations', async ({ page }) => {
			await page.goto(`${edition.path}?q=${encodeURIComponent('长三角')}`);
			await shown(page, '长三角');
			await openFilters(page);
			await page.locator('.search-help summary').click();
			await expectNoAxeViolations(page);
		});
	});
}

test.describe('header search box', () => {
	for (const [key, label] of [['/', 'slash'], ['Control+k', 'Ctrl+K'], ['Meta+k', '⌘K']] as const) {
		test(`${label} focuses it on every page`, async ({ page }) => {
			await page.goto('/');
			await page.keyboard.press(key);
			await expect(page.locator('#site-search-q')).toBeFocused();
		});
	}

	test('submits to the search page of the page’s edition', async ({ page }) => {
		await page.goto('/');
		await page.keyboard.press('/');
		await page.keyboard.type('嘉兴');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/search\/\?q=%E5%98%89%E5%85%B4$/);
		await shown(page, '嘉兴');
		expect(await resultUrls(page)).toEqual(truth('嘉兴'));

		const hant = articles.find((a) => a.script === 'hant')!;
		await page.goto(articlePath('hant', hant.slug));
		await page.keyboard.press('Control+k');
		await page.keyboard.type('嘉興');
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/zh-hant\/search\/\?q=/);
		await shown(page, '嘉興');
		expect(await resultUrls(page)).toEqual(truth('嘉興'));
	});

	test('/ types normally inside a text field', async ({ page }) => {
		await page.goto('/search/');
		await page.locator('#search-q').focus();
		await page.keyboard.type('3/4');
		await expect(page.locator('#search-q')).toHaveValue('3/4');
	});
});

test.describe('search start-up', () => {
	for (const { script, path } of editions) {
		test(`${script}: Pagefind's start-up files come once each, from the page's preloads`, async ({ page }) => {
			const requested: string[] = [];
			page.on('request', (request) => {
				if (request.url().includes('/pagefind/')) requested.push(new URL(request.url()).pathname + new URL(request.url()).search);
			});
			await page.goto(`${path}?q=${encodeURIComponent('长三角')}`);
			await shown(page, '长三角');
			const preloaded = await page.locator('link[rel="preload"], link[rel="modulepreload"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
			const tag = await page.locator('meta[name="delta-search-index"]').getAttribute('content');
			expect(preloaded).toEqual(
				expect.arrayContaining(['/pagefind/pagefind.js', '/pagefind/wasm.unknown.pagefind', `/pagefind/pagefind-entry.json?ts=${tag}`, expect.stringMatching(/^\/pagefind\/pagefind\.zxx_\w+\.pf_meta$/)]),
			);
			// A second request for any of them would mean Pagefind asked for another URL, or the preload did not match its fetch.
			for (const href of preloaded.filter((h) => h.startsWith('/pagefind/'))) expect(requested.filter((r) => r === href), href).toHaveLength(1);
			expect(requested.filter((r) => r.startsWith('/pagefind/pagefind-entry.json'))).toEqual([`/pagefind/pagefind-entry.json?ts=${tag}`]);
			// And every start-up file Pagefind fetched was preloaded: a file it renamed (another WebAssembly build) would show here.
			for (const href of requested.filter((r) => /\/pagefind\/(pagefind\.js|pagefind-entry\.json|pagefind\..*\.pf_meta|wasm\..*\.pagefind)/u.test(r))) expect(preloaded, href).toContain(href);
		});
	}
});

test.describe('search page security', () => {
	test('only the search page lets WebAssembly run (Pagefind on the main thread), and nothing else is relaxed', async ({ page }) => {
		const csp = async (path: string) => {
			await page.goto(path);
			return (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content'))!;
		};
		for (const path of ['/search/', '/zh-hant/search/']) {
			const policy = await csp(path);
			expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval'( 'sha256-[A-Za-z0-9+/=]+')*;/);
			expect(policy).not.toContain("'unsafe-eval'");
			expect(policy).not.toContain('unsafe-inline');
		}
		expect(await csp('/')).not.toContain('wasm-unsafe-eval');
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the search form says search needs JavaScript, and the rest of the site works', async ({ page }) => {
		await page.goto('/search/?q=长三角');
		await expect(page.locator('main .search-nojs')).toBeVisible();
		await expect(page.locator('main .search-nojs')).toContainText('搜索需要 JavaScript');
		await page.goto('/');
		await expect(page.locator('header .search-nojs')).toContainText('搜索需要 JavaScript');
		const links = page.locator('main ol a[href^="/articles/"]');
		await expect(links).toHaveCount(articles.length);
		await links.first().click();
		await expect(page.locator('h1')).toHaveCount(1);
	});
});
