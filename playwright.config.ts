import { defineConfig, devices } from '@playwright/test';

/** E2E_PORT lets several checkouts run their suites side by side. */
const PORT = Number(process.env.E2E_PORT ?? 4321);
const baseURL = `http://127.0.0.1:${PORT}`;

/**
 * End-to-end tests against a real production build (`astro build` + `astro preview`),
 * in Debian's Chromium, never a downloaded browser: its headless shell
 * (`apt-get install -y chromium-headless-shell fonts-noto-cjk`), the same Blink as
 * `chromium` without the desktop browser around it, which takes the suite ≈ 30% less time
 * (182 tests, 2 workers, 2 cores, 2026-12-04: 339 s in chromium, 238 s in the shell).
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
		// Recording a trace costs every test 10–15% (3 spec files: 95–103 s with, 85–88 s without) and
		// CI keeps only its log, where the failure's message and call log already are; locally a failing
		// test keeps its trace (`npx playwright show-trace`).
		trace: process.env.CI ? 'off' : 'retain-on-failure',
	},
	projects: [
		{
			name: 'chromium',
			use: {
				...devices['Desktop Chrome'],
				launchOptions: {
					executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium-headless-shell',
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
