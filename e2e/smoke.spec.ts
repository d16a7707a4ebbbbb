import { readArticles } from './articles';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { articleIn, EDITION_PREFIX, EDITIONS, PAGE_TYPES } from './pages';

/** Articles are discovered from the content folder, never named here. */
const articles = readArticles();
const LANG = { hans: 'zh-Hans', hant: 'zh-Hant' } as const;

test.describe('every page type, both editions', () => {
	for (const edition of EDITIONS) {
		// Article pages are checked one by one below, every article in both editions.
		for (const [name, path] of PAGE_TYPES.filter(([name]) => name !== 'article')) {
			const url = EDITION_PREFIX[edition] + path;
			test(`${name} (${edition}) ${url}: one h1, lang, no accessibility violations with every disclosure open`, async ({ page }) => {
				const response = await page.goto(url);
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition]);
				await expect(page.locator('h1')).toHaveCount(1);
				// Open, the pictures' tables and lists (timeline, co-occurring tags, the map's places) are checked too.
				await page.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
				await expectNoAxeViolations(page);
			});
		}
	}

	test('a publisher page (both editions) has no accessibility violations', async ({ page }) => {
		for (const edition of EDITIONS) {
			await page.goto(`${EDITION_PREFIX[edition]}/publishers/`);
			await page.locator('.index-list a').first().click();
			await expect(page).toHaveURL(new RegExp(`^[^?#]*${EDITION_PREFIX[edition]}/publishers/[a-z0-9-]+/$`));
			await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition]);
			await expectNoAxeViolations(page);
		}
	});

	test('404 page: status 404, says it in both scripts, no accessibility violations', async ({ page }) => {
		const response = await page.request.get('/no-such-page/');
		expect(response.status()).toBe(404);
		// The 404 status is expected; serve the same page as 200 so the fixture does not count it as a failure.
		const body = await response.text();
		await page.route('**/no-such-page/', (route) => route.fulfill({ status: 200, contentType: 'text/html', body }));
		await page.goto('/no-such-page/');
		await expect(page.locator('h1')).toContainText('页面不存在');
		await expect(page.locator('link[rel=canonical]')).toHaveCount(0);
		await expect(page.locator('[lang="zh-Hant"] h2')).toHaveText('頁面不存在');
		await expect(page.getByRole('link', { name: '返回首页' })).toHaveAttribute('href', '/');
		await expect(page.getByRole('link', { name: '返回首頁' })).toHaveAttribute('href', '/zh-hant/');
		await expectNoAxeViolations(page);
	});
});

test.describe('listings', () => {
	test('the article list shows every article, newest first, linking to each', async ({ page }) => {
		await page.goto('/articles/');
		const hrefs = await page.locator('main .article-list-title a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
		expect(hrefs.toSorted()).toEqual(articles.slice(0, 20).map((a) => articleIn('hans', a.slug)).toSorted());
		const dates = await page.locator('main .article-list time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual(dates.toSorted().toReversed());
	});

	test('the home page shows the latest articles with summaries', async ({ page }) => {
		await page.goto('/zh-hant/');
		const items = page.locator('main .article-list > li');
		await expect(items).toHaveCount(Math.min(10, articles.length));
		for (const item of await items.all()) await expect(item.locator('.summary')).not.toBeEmpty();
		await expect(page.locator('main .article-list a').first()).toHaveAttribute('href', /^\/zh-hant\/articles\//);
	});

	test('the archive links every year and month to a section that lists its articles, and lists undated articles apart', async ({ page }) => {
		await page.goto('/archive/');
		const months = await page.locator('.archive-months a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		expect(months.length).toBeGreaterThan(0);
		let listed = await page.locator('section:has(> h2#undated) .article-list > li').count();
		for (const href of months) {
			await page.goto(href);
			const section = page.locator(`section:has(> h2#${href.split('#')[1]})`);
			listed += await section.locator('.article-list > li').count();
		}
		expect(listed).toBe(articles.length);
	});

	test('publisher pages together list every article once', async ({ page }) => {
		await page.goto('/publishers/');
		const hrefs = await page.locator('.index-list a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!));
		const seen: string[] = [];
		for (const href of hrefs) {
			await page.goto(href);
			seen.push(...(await page.locator('main .article-list h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href')!))));
		}
		expect(seen.toSorted()).toEqual(articles.map((a) => articleIn('hans', a.slug)).toSorted());
	});
});

test.describe('article pages', () => {
	for (const article of articles) {
		test.describe(article.slug, () => {
			test('renders title, language, body markers and provenance in both editions', async ({ page }) => {
				for (const edition of EDITIONS) {
					const response = await page.goto(articleIn(edition, article.slug));
					expect(response?.status()).toBe(200);
					await expect(page.locator('html')).toHaveAttribute('lang', LANG[edition]);
					await expect(page.locator('h1')).toHaveCount(1);
					if (edition === article.script) await expect(page.locator('h1')).toHaveText(article.title);
					expect(await page.title()).toContain(await page.locator('h1').innerText());

					// Gap and Garbled markers tell readers (and screen readers) what they mean.
					for (const note of await page.locator('main mark[role="note"]').all()) {
						const label = await note.getAttribute('aria-label');
						expect(label).toMatch(edition === 'hans' ? /^原文此处/ : /^原文此處/);
						await expect(note).toHaveAccessibleName(label!);
						await expect(note).toHaveAttribute('title', label!);
						await expect(note).toBeVisible();
					}

					const provenance = page.getByRole('region', { name: /来源与处理记录|來源與處理記錄/ });
					await expect(provenance).toBeVisible();
					// The raw file is served as UTF-8 text, and its text is the article's source.
					const raw = provenance.locator('a[href^="/raw/"]');
					const res = await page.request.get((await raw.getAttribute('href'))!);
					expect(res.status()).toBe(200);
					expect(res.headers()['content-type']).toMatch(/^text\/plain/);
					expect((await res.body()).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
				}
			});

			test('has no accessibility violations in either edition', async ({ page }) => {
				for (const edition of EDITIONS) {
					await page.goto(articleIn(edition, article.slug));
					await expectNoAxeViolations(page);
				}
			});

			for (const alias of article.aliases) {
				test(`former slug ${alias} redirects in both editions`, async ({ page }) => {
					for (const edition of EDITIONS) {
						await page.goto(articleIn(edition, alias));
						await expect(page).toHaveURL(articleIn(edition, article.slug));
					}
				});
			}
		});
	}
});
