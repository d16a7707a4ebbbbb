import { readArticles } from './articles';
import { expect, test } from './fixtures';
import { articleIn, EDITION_PREFIX, EDITIONS, PAGE_TYPES } from './pages';

const articles = readArticles();
const other = (e: 'hans' | 'hant') => (e === 'hans' ? 'hant' : 'hans');

test.describe('edition toggle', () => {
	for (const edition of EDITIONS) {
		for (const [name, path] of PAGE_TYPES) {
			test(`${name}: ${edition} → the same page in the other edition, and back`, async ({ page }) => {
				const from = EDITION_PREFIX[edition] + path;
				await page.goto(from);
				await page.locator('.edition-toggle').click();
				await expect(page).toHaveURL(EDITION_PREFIX[other(edition)] + path);
				await expect(page.locator('html')).toHaveAttribute('lang', other(edition) === 'hans' ? 'zh-Hans' : 'zh-Hant');
				await page.locator('.edition-toggle').click();
				await expect(page).toHaveURL(from);
			});
		}
	}

	test('works without JavaScript (a plain link)', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/archive/');
		await page.locator('.edition-toggle').click();
		await expect(page).toHaveURL('/zh-hant/archive/');
		await expect(page.locator('h1')).toHaveText('按時間瀏覽');
		await context.close();
	});
});

test.describe('editions of an article', () => {
	for (const article of articles) {
		test(`${article.slug}: the original is marked, the conversion says so and links to it`, async ({ page }) => {
			const original = articleIn(article.script, article.slug);
			await page.goto(original);
			await expect(page.locator('.edition-notice.is-original')).toContainText('原文');
			const originalTitle = await page.locator('h1').innerText();
			const originalParagraphs = await page.locator('.prose p[id]').count();

			await page.goto(articleIn(other(article.script), article.slug));
			const notice = page.locator('.edition-notice.is-converted');
			await expect(notice).toContainText('OpenCC');
			await expect(notice.getByRole('link')).toHaveAttribute('href', original);
			// Converted, not rewritten: same paragraphs, a title of the same length in the other script.
			const title = await page.locator('h1').innerText();
			expect(title).not.toBe(originalTitle);
			expect([...title].length).toBe([...originalTitle].length);
			await expect(page.locator('.prose p[id]')).toHaveCount(originalParagraphs);
		});

		test(`${article.slug}: hreflang alternates and canonical`, async ({ page }) => {
			for (const edition of EDITIONS) {
				await page.goto(articleIn(edition, article.slug));
				const href = (sel: string) => page.locator(sel).getAttribute('href');
				expect(new URL((await href('link[rel=canonical]'))!).pathname).toBe(articleIn(edition, article.slug));
				expect(new URL((await href('link[hreflang="zh-Hans"]'))!).pathname).toBe(articleIn('hans', article.slug));
				expect(new URL((await href('link[hreflang="zh-Hant"]'))!).pathname).toBe(articleIn('hant', article.slug));
				expect(new URL((await href('link[hreflang="x-default"]'))!).pathname).toBe(articleIn('hans', article.slug));
			}
		});
	}

	test('the 繁體 edition uses the cn→tw converter, never twp (no vocabulary changes)', async ({ page }) => {
		const hans = articles.find((a) => a.script === 'hans');
		test.skip(!hans, 'needs a 简体 article');
		await page.goto(articleIn('hans', hans!.slug));
		const simplified = await page.locator('.prose').innerText();
		await page.goto(articleIn('hant', hans!.slug));
		const traditional = await page.locator('.prose').innerText();
		// Character conversion keeps the text length; twp's vocabulary swaps (信息→資訊, 软件→軟體) do not.
		expect([...traditional].length).toBe([...simplified].length);
		expect(traditional).not.toBe(simplified);
	});
});
