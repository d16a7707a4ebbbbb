import { readArticles } from './articles';
import { expect, test } from './fixtures';
import { articleIn } from './pages';

const article = readArticles()[0]!;

test.describe('paragraph anchors', () => {
	test('every paragraph has a content id, the same in both editions', async ({ page }) => {
		const ids: string[][] = [];
		for (const edition of ['hans', 'hant'] as const) {
			await page.goto(articleIn(edition, article.slug));
			ids.push(await page.locator('.prose > p').evaluateAll((ps) => ps.map((p) => p.id)));
		}
		expect(ids[0]!.length).toBeGreaterThan(1);
		for (const id of ids[0]!) expect(id).toMatch(/^p[0-9a-z]{7}(-\d+)?$/u);
		expect(new Set(ids[0]).size).toBe(ids[0]!.length);
		expect(ids[1]).toEqual(ids[0]);
	});

	test('the ¶ link appears on hover and on keyboard focus, and links to its paragraph', async ({ page }) => {
		await page.goto(articleIn('hans', article.slug));
		const second = page.locator('.prose > p').nth(1);
		const id = (await second.getAttribute('id'))!;
		const link = second.locator('a.para-link');
		await expect(link).toHaveAttribute('href', `#${id}`);
		await expect(link).toHaveAccessibleName('第2段');
		await expect(link).toHaveCSS('opacity', '0');
		await second.hover();
		await expect(link).toHaveCSS('opacity', '1');
		await page.mouse.move(0, 0);
		await expect(link).toHaveCSS('opacity', '0');
		await link.focus();
		await expect(link).toHaveCSS('opacity', '1');
		await link.click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`, 'u'));
		await expect(page.locator('.prose p:target')).toHaveId(id);
	});

	test('a paragraph URL opens at that paragraph', async ({ page }) => {
		await page.setViewportSize({ width: 390, height: 700 });
		await page.goto(`${articleIn('hant', article.slug)}#p-3`);
		await expect(page.locator('#p-3')).toBeInViewport();
		await expect(page.locator('#p-1')).not.toBeInViewport();
	});
});

test.describe('reading typography', () => {
	for (const edition of ['hans', 'hant'] as const) {
		test(`${edition}: 35–45 characters per line on desktop, line height at least 1.75, system CJK font`, async ({ page }) => {
			await page.setViewportSize({ width: 1280, height: 900 });
			await page.goto(articleIn(edition, article.slug));
			const p = page.locator('.prose > p').first();
			const { width, fontSize, lineHeight, fontFamily } = await p.evaluate((el) => {
				const style = getComputedStyle(el);
				return { width: el.clientWidth, fontSize: parseFloat(style.fontSize), lineHeight: parseFloat(style.lineHeight), fontFamily: style.fontFamily };
			});
			const perLine = Math.floor(width / fontSize);
			expect(perLine).toBeGreaterThanOrEqual(35);
			expect(perLine).toBeLessThanOrEqual(45);
			expect(lineHeight / fontSize).toBeGreaterThanOrEqual(1.75);
			expect(fontFamily).toContain(edition === 'hans' ? 'Noto Sans CJK SC' : 'Noto Sans CJK TC');
			// No web fonts: every font the page uses is local.
			expect(await page.evaluate(() => [...document.fonts].length)).toBe(0);
		});
	}
});
