import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { articlePath, readArticles } from './articles';

/**
 * Not a test: full-page screenshots for a person to look at typography, in
 * desktop/mobile × light/dark. Runs only with SCREENSHOTS_DIR set, e.g.
 * `SCREENSHOTS_DIR=/tmp/shots npx playwright test screenshots`.
 */
const dir = process.env.SCREENSHOTS_DIR;
const first = readArticles()[0];
const pages = [['home', '/'], ...(first ? [['article', articlePath(first.slug)]] : [])];
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };

test.describe('screenshots', () => {
	test.skip(!dir, 'set SCREENSHOTS_DIR to take screenshots');

	for (const [name, path] of pages) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const colorScheme of ['light', 'dark'] as const) {
				test(`${name} ${device} ${colorScheme}`, async ({ page }) => {
					mkdirSync(dir!, { recursive: true });
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme });
					await page.goto(path);
					const file = `${name}-${device}-${colorScheme}`;
					await page.screenshot({ path: join(dir!, `${file}.png`), fullPage: true });
					await page.screenshot({ path: join(dir!, `${file}-top.png`) });
				});
			}
		}
	}
});
