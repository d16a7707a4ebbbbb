import { test as base, expect, type Page } from '@playwright/test';

/**
 * A `page` that records console errors, uncaught exceptions and failed
 * same-origin requests, and fails the test if there were any.
 */
export const test = base.extend<{ page: Page }>({
	page: async ({ page, baseURL, javaScriptEnabled }, use) => {
		const problems: string[] = [];
		page.on('console', (msg) => {
			if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
		});
		page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
		page.on('response', (res) => {
			if (res.status() >= 400 && baseURL && res.url().startsWith(baseURL)) {
				problems.push(`HTTP ${res.status()}: ${res.url()}`);
			}
		});
		page.on('requestfailed', (req) => {
			// Leaving a page cancels its late requests (the favicon); a missing file still shows as an HTTP error above.
			if (req.failure()?.errorText === 'net::ERR_ABORTED') return;
			// With JavaScript off, Chromium refuses a page's script preloads (the search page's pagefind.js) and
			// reports a CSP block: nothing was to run, so nothing is missing.
			if (!javaScriptEnabled && req.failure()?.errorText === 'csp' && req.resourceType() === 'script') return;
			problems.push(`request failed: ${req.url()} (${req.failure()?.errorText})`);
		});
		await use(page);
		expect(problems, 'console errors, page errors or failed requests').toEqual([]);
	},
});

export { expect };
