import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets several checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests against a real production build (`astro build` + `astro preview`),
 * in Debian's Chromium (`apt-get install -y chromium fonts-noto-cjk`), never a downloaded browser.
 */
export default defineConfig({
	testDir: './e2e',
	// Screenshots for review are opt-in: SCREENSHOTS_DIR=/tmp/shots npx playwright test screenshots
	testIgnore: process.env.SCREENSHOTS_DIR ? [] : ['**/screenshots.spec.ts'],
	fullyParallel: true,
	forbidOnly: !!process.env.CI,
	retries: 0,
	workers: process.env.CI ? 2 : undefined,
	reporter: [['list'], ['json', { outputFile: 'reports/e2e.json' }], ...(process.env.CI ? [['html', { open: 'never' }] as const] : [])],
	use: {
		baseURL,
		trace: 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
					args: [
						'--no-sandbox',
						'--disable-gpu',
						'--disable-quic',
						'--no-first-run',
						'--disable-background-networking',
						'--disable-component-update',
						'--disable-sync',
					],
				},
			},
		},
	],
	webServer: {
		command: `npm run build && npx astro preview --port ${PORT} --host 127.0.0.1`,
		url: `${baseURL}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 300_000,
		stdout: 'ignore',
		stderr: 'pipe',
	},
});
