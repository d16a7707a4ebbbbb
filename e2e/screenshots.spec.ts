import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { test } from '@playwright/test';
import { EDITION_PREFIX, EDITIONS, PAGE_TYPES } from './pages';

/**
 * Not a test: full-page screenshots for a person to look at typography, for
 * every page type in both editions, desktop/mobile × light/dark. Runs only
 * with SCREENSHOTS_DIR set, e.g. `SCREENSHOTS_DIR=/tmp/shots npx playwright test screenshots`.
 */
const dir = process.env.SCREENSHOTS_DIR;
const viewports = { desktop: { width: 1280, height: 900 }, mobile: { width: 390, height: 844 } };
const pages = [...EDITIONS.flatMap((e) => PAGE_TYPES.map(([name, path]) => [`${name}-${e}`, EDITION_PREFIX[e] + path])), ['404', '/no-such-page/']];

test.describe('screenshots', () => {
	test.skip(!dir, 'set SCREENSHOTS_DIR to take screenshots');

	for (const [name, path] of pages) {
		for (const [device, viewport] of Object.entries(viewports)) {
			for (const colorScheme of ['light', 'dark'] as const) {
				test(`${name} ${device} ${colorScheme}`, async ({ page }) => {
					mkdirSync(dir!, { recursive: true });
					await page.setViewportSize(viewport);
					await page.emulateMedia({ colorScheme });
					await page.goto(path!);
					const file = `${name}-${device}-${colorScheme}`;
					await page.screenshot({ path: join(dir!, `${file}.png`), fullPage: true });
					await page.screenshot({ path: join(dir!, `${file}-top.png`) });
				});
			}
		}
	}
});
