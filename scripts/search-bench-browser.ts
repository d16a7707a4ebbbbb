/**
 * One-off browser measurements for docs/benchmarks.md (not part of `npm test`):
 * bytes over the wire and time to results on the real search page in Debian's
 * Chromium, for every query of the query set in both scripts.
 *
 *   npm run build && npx astro preview --port 4341 --host 127.0.0.1 &
 *   npx tsx scripts/search-bench-browser.ts http://127.0.0.1:4341
 *
 * Cold: a fresh browser context (empty cache) opens /search/?q=… directly;
 * time from navigation start until the results are on the page.
 * Warm: one context; each query typed into the page's form after the previous one.
 */
import { chromium } from 'playwright';
import { loadQueries } from '../test/search/query-set';
import { meter } from './bench/transfer';

const base = process.argv[2] ?? 'http://127.0.0.1:4341';
const queries = loadQueries();

const q = (xs: number[], p: number) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const row = (name: string, xs: number[], f: (n: number) => string) => `| ${name} | ${f(q(xs, 0.5))} | ${f(q(xs, 0.9))} | ${f(Math.max(...xs))} |`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
	const cold: { ms: number; bytes: number; gzip: number; search: number }[] = [];
	for (const query of queries) {
		const context = await browser.newContext();
		const page = await context.newPage();
		const m = meter(page);
		await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
		await page.locator('delta-search[data-state="done"]').waitFor();
		const ms = await page.evaluate(() => performance.now());
		await page.waitForTimeout(50);
		await Promise.all(m.pending);
		cold.push({ ms, bytes: m.bytes, gzip: m.gzip, search: m.search });
		await context.close();
	}
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/search/?q=${encodeURIComponent('上海')}`);
	await page.locator('delta-search[data-state="done"]').waitFor();
	const m = meter(page);
	const warm: { ms: number; bytes: number }[] = [];
	for (const query of queries) {
		await Promise.all(m.pending);
		const before = m.gzip;
		const box = page.locator('#search-q');
		await box.fill(query);
		const t0 = await page.evaluate(() => performance.now());
		await box.press('Enter');
		await page.waitForFunction((qq) => {
			const el = document.querySelector('delta-search');
			return el?.getAttribute('data-state') === 'done' && new URLSearchParams(location.search).get('q') === qq;
		}, query);
		const ms = (await page.evaluate(() => performance.now())) - t0;
		await page.waitForTimeout(20);
		await Promise.all(m.pending);
		warm.push({ ms, bytes: m.gzip - before });
	}
	await context.close();
	console.log(`Chromium, ${queries.length} queries (median | p90 | max):\n`);
	console.log('| measure | median | p90 | max |\n|---|---|---|---|');
	console.log(row('cold: bytes as served by astro preview (uncompressed)', cold.map((c) => c.bytes), kb));
	console.log(row('cold: bytes with gzip (whole page: HTML, CSS, JS, Pagefind)', cold.map((c) => c.gzip), kb));
	console.log(row('cold: of which search JS + Pagefind, gzip', cold.map((c) => c.search), kb));
	console.log(row('cold: navigation start → results shown (ms)', cold.map((c) => c.ms), (n) => n.toFixed(0)));
	console.log(row('warm: bytes per further query, gzip', warm.map((w) => w.bytes), kb));
	console.log(row('warm: submit → results shown (ms)', warm.map((w) => w.ms), (n) => n.toFixed(0)));
} finally {
	await browser.close();
}
