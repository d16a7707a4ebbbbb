import { readFileSync } from 'node:fs';
import { readArticles } from './articles';
import { expectNoAxeViolations } from './axe';
import { expect, test } from './fixtures';
import { articleIn, EDITIONS } from './pages';

const article = readArticles()[0]!;

/** The anchors the permalink registry records for the article (`content/permalinks.json`). */
const recorded = (JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { anchors: Record<string, Record<string, { id: string; text: string }>> })
	.anchors[article.slug]!;

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
		await page.goto(articleIn('hant', article.slug));
		const [first, , third] = await page.locator('.prose > p').evaluateAll((ps) => ps.map((p) => p.id));
		await page.goto(`${articleIn('hant', article.slug)}#${third}`);
		await expect(page.locator(`#${third}`)).toBeInViewport();
		await expect(page.locator(`#${first}`)).not.toBeInViewport();
	});

	for (const edition of EDITIONS) {
		test(`${edition}: every published p-N URL lands on the paragraph the registry records, without JavaScript`, async ({ browser, baseURL }) => {
			const context = await browser.newContext({ javaScriptEnabled: false, baseURL, viewport: { width: 390, height: 700 } });
			const page = await context.newPage();
			const positional = Object.entries(recorded).filter(([name]) => /^p-\d+$/u.test(name));
			expect(positional.length).toBeGreaterThan(2);
			await page.goto(articleIn(edition, article.slug));
			for (const [name, { id }] of positional) {
				await expect(page.locator(`[id="${name}"]`)).toHaveCount(1);
				expect(await page.locator(`[id="${name}"]`).evaluate((el) => el.closest('p')?.id), name).toBe(id);
			}
			await page.goto(`${articleIn(edition, article.slug)}#p-3`);
			const target = page.locator(`#${recorded['p-3']!.id}`);
			await expect(target).toBeInViewport();
			await expect(page.locator(`#${recorded['p-1']!.id}`)).not.toBeInViewport();
			// The paragraph shows as the target, as it does for its own ID.
			await expect(page.locator('.prose p:has(> .para-alias:target)')).toHaveId(recorded['p-3']!.id);
			await context.close();
		});
	}
});

test.describe('citing a paragraph', () => {
	test('the ¶ offers the paragraph\'s permalink, GB/T 7714 and CSL-JSON with the paragraph as locator', async ({ page, context, baseURL }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL });
		await page.goto(articleIn('hant', article.slug));
		const canonical = (await page.locator('link[rel=canonical]').getAttribute('href'))!;
		const second = page.locator('.prose > p').nth(1);
		const id = (await second.getAttribute('id'))!;
		await expect(page.locator('.para-cite')).toHaveCount(0);
		await second.locator('a.para-link').click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`, 'u'));
		const panel = page.getByRole('group', { name: '引用本段（第2段）' });
		await expect(panel).toBeVisible();
		await expect(panel).toBeFocused();
		// Right under its paragraph.
		expect(await second.evaluate((p) => p.nextElementSibling?.classList.contains('para-cite'))).toBe(true);
		const permalink = `${canonical}#${id}`;
		await expect(panel.locator('a.permalink')).toHaveAttribute('href', permalink);
		const gbt = panel.locator('.citation');
		await expect(gbt).toContainText(`: 第2段. ${permalink}.`);
		await expect(gbt).toContainText('[N/OL]');
		const csl = JSON.parse((await panel.locator('pre').textContent())!) as Record<string, unknown> & { itemData: { URL: string } };
		expect(csl).toMatchObject({ locator: '2', label: 'paragraph', itemData: { URL: permalink, type: 'article-newspaper' } });
		await panel.getByRole('button', { name: '複製' }).first().click();
		await expect(panel.getByRole('status')).toHaveText('已複製');
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(permalink);
		await panel.getByRole('button', { name: '複製' }).nth(1).click();
		expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(await gbt.textContent());
		await expectNoAxeViolations(page);
		// Another paragraph's ¶ moves the panel there; Escape closes it and returns to the ¶.
		const fourth = page.locator('.prose > p').nth(3);
		await fourth.locator('a.para-link').click();
		await expect(page.getByRole('group', { name: '引用本段（第4段）' })).toBeFocused();
		await expect(page.locator('.para-cite .citation')).toContainText(`: 第4段. ${canonical}#${await fourth.getAttribute('id')}.`);
		await expect(page.locator('.para-cite')).toHaveCount(1);
		await page.keyboard.press('Escape');
		await expect(page.locator('.para-cite')).toBeHidden();
		await expect(fourth.locator('a.para-link')).toBeFocused();
	});

	test('without JavaScript the ¶ is a plain link to the paragraph\'s permalink', async ({ browser, baseURL }) => {
		const context = await browser.newContext({ javaScriptEnabled: false, baseURL });
		const page = await context.newPage();
		await page.goto(articleIn('hans', article.slug));
		const second = page.locator('.prose > p').nth(1);
		const id = (await second.getAttribute('id'))!;
		await second.locator('a.para-link').click();
		await expect(page).toHaveURL(new RegExp(`#${id}$`, 'u'));
		await expect(page.locator('.para-cite')).toHaveCount(0);
		await context.close();
	});

	for (const edition of EDITIONS) {
		test(`${edition}: axe passes on the article page`, async ({ page }) => {
			await page.goto(articleIn(edition, article.slug));
			await expectNoAxeViolations(page);
		});
	}
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
