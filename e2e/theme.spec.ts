import AxeBuilder from '@axe-core/playwright';
import { readArticles } from './articles';
import { expect, test } from './fixtures';
import { articleIn } from './pages';

const article = readArticles()[0]!;
const LIGHT_BG = 'rgb(253, 252, 249)';
const DARK_BG = 'rgb(23, 24, 26)';

test.describe('colour theme', () => {
	test('follows the system by default', async ({ page }) => {
		for (const [colorScheme, bg] of [['light', LIGHT_BG], ['dark', DARK_BG]] as const) {
			await page.emulateMedia({ colorScheme });
			await page.goto('/');
			await expect(page.locator('body')).toHaveCSS('background-color', bg);
			await expect(page.getByRole('button', { name: '深色模式' })).toHaveAttribute('aria-pressed', String(colorScheme === 'dark'));
		}
	});

	test('the toggle overrides the system, is remembered, and is applied before the page is shown', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(articleIn('hans', article.slug));
		const toggle = page.getByRole('button', { name: '深色模式' });
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator('body')).toHaveCSS('background-color', DARK_BG);
		const { violations } = await new AxeBuilder({ page }).analyze();
		expect(violations.map((v) => v.id), 'axe in chosen dark mode').toEqual([]);

		// On the next page the theme is set before first paint: already there when the body is parsed.
		await page.addInitScript(() => {
			document.addEventListener('DOMContentLoaded', () => {
				(window as unknown as { themeAtParse?: string }).themeAtParse = getComputedStyle(document.body).backgroundColor;
			});
		});
		await page.goto(articleIn('hant', article.slug));
		expect(await page.evaluate(() => (window as unknown as { themeAtParse?: string }).themeAtParse)).toBe(DARK_BG);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');

		// And back to light, even though the system now prefers dark.
		await page.emulateMedia({ colorScheme: 'dark' });
		await page.getByRole('button', { name: '深色模式' }).click();
		await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
		await page.reload();
		await expect(page.locator('body')).toHaveCSS('background-color', LIGHT_BG);
		const light = await new AxeBuilder({ page }).analyze();
		expect(light.violations.map((v) => v.id), 'axe in chosen light mode').toEqual([]);
	});

	test('without JavaScript there is no dead toggle', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto('/');
		await expect(page.locator('theme-toggle button')).toBeHidden();
		await context.close();
	});
});
