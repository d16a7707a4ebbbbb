import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { articlePath, readArticles } from './articles';
import { expect, test } from './fixtures';

/** Articles are discovered from the content folder, never named here. */
const articles = readArticles();

/** Zero axe violations, in light and dark mode. */
async function expectNoAxeViolations(page: Page) {
	for (const colorScheme of ['light', 'dark'] as const) {
		await page.emulateMedia({ colorScheme });
		const { violations } = await new AxeBuilder({ page }).analyze();
		const summary = violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
		expect(summary, `axe violations in ${colorScheme} mode`).toEqual([]);
	}
}

test.describe('home page', () => {
	test('lists every article, newest first, and links to each', async ({ page }) => {
		const response = await page.goto('/');
		expect(response?.status()).toBe(200);
		await expect(page.locator('html')).toHaveAttribute('lang', 'zh-Hans');
		await expect(page.locator('h1')).toHaveCount(1);

		const hrefs = await page.locator('main ol a[href^="/articles/"]').evaluateAll((links) =>
			links.map((a) => a.getAttribute('href')),
		);
		expect(hrefs.toSorted()).toEqual(articles.map((a) => articlePath(a.slug)).toSorted());

		// Follow every link the home page offers: each must be a 200 page.
		for (const href of hrefs) {
			const res = await page.request.get(href!);
			expect(res.status(), href!).toBe(200);
		}

		// Dates, where known, are listed newest first.
		const dates = await page.locator('main ol time').evaluateAll((els) => els.map((t) => t.getAttribute('datetime')!));
		expect(dates).toEqual(dates.toSorted().toReversed());
	});

	test('has no accessibility violations', async ({ page }) => {
		await page.goto('/');
		await expectNoAxeViolations(page);
	});
});

test.describe('article pages', () => {
	for (const article of articles) {
		test.describe(article.slug, () => {
			test('renders title, language and body markers', async ({ page }) => {
				const response = await page.goto(articlePath(article.slug));
				expect(response?.status()).toBe(200);
				await expect(page.locator('html')).toHaveAttribute('lang', article.script === 'hant' ? 'zh-Hant' : 'zh-Hans');
				await expect(page.locator('h1')).toHaveCount(1);
				await expect(page.locator('h1')).toHaveText(article.title);
				expect(await page.title()).toContain(article.title);

				// Gap and Garbled markers tell readers (and screen readers) what they mean.
				const notes = page.locator('main mark[role="note"]');
				for (const note of await notes.all()) {
					const label = await note.getAttribute('aria-label');
					expect(label).toMatch(/^原文此[处處]/);
					await expect(note).toHaveAccessibleName(label!);
					await expect(note).toHaveAttribute('title', label!);
					await expect(note).toBeVisible();
				}
				const gaps = page.locator('main mark[role="note"]', { hasText: /数字缺失|數字缺失/ });
				for (const gap of await gaps.all()) await expect(gap).toHaveAccessibleName(/数字缺失|數字缺失/);

				// Provenance is always shown.
				await expect(page.getByRole('region', { name: /来源与处理记录|來源與處理記錄/ })).toBeVisible();
			});

			test('has no accessibility violations', async ({ page }) => {
				await page.goto(articlePath(article.slug));
				await expectNoAxeViolations(page);
			});

			for (const alias of article.aliases) {
				test(`former slug ${alias} redirects`, async ({ page }) => {
					await page.goto(articlePath(alias));
					await expect(page).toHaveURL(articlePath(article.slug));
				});
			}
		});
	}
});
