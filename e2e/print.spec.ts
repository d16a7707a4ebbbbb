import { readArticles } from './articles';
import { expect, test } from './fixtures';
import { articleIn } from './pages';

const article = readArticles()[0]!;

test('print: black on white even in dark mode, without navigation or buttons', async ({ page }) => {
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	await page.goto(articleIn('hant', article.slug));
	await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
	await expect(page.locator('body')).toHaveCSS('color', 'rgb(0, 0, 0)');
	for (const hidden of ['.site-nav', '.edition-toggle', '.neighbours', 'copy-link button']) await expect(page.locator(hidden)).toBeHidden();
	await expect(page.locator('.prose')).toBeVisible();
	await expect(page.locator('#cite-gbt')).toBeVisible();
	await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
	await expect(page.locator('body')).not.toHaveCSS('background-color', 'rgb(255, 255, 255)');
	await expect(page.locator('.site-nav')).toBeVisible();
});
