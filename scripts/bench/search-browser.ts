/**
 * One-off browser measurements for docs/benchmarks.md (not part of `npm test`):
 * bytes over the wire and time to first results on the real search page in
 * Debian's Chromium, for the query set in both scripts.
 *
 *   npm run build
 *   npx tsx scripts/bench/search-browser.ts [--bundle DIR] [--every K] [--repeat N] [--port 4412] [--serve]
 *
 * Serves `dist/` itself, as a static host would: text files gzipped (Pagefind's
 * own index files are gzip already), `--bundle DIR` served as `/pagefind/`
 * (a large index built by `scripts/bench/search-engine.ts`, so the real search page
 * runs over 10,000 articles without building 10,000 article pages). Bytes are
 * counted by the server as sent, per request, by kind.
 *
 * Cold: a fresh browser context (empty cache) opens /search/?q=… directly;
 * time from navigation start until the page marks `delta-search:results`
 * (first results, or "nothing found", on the page).
 * Warm: one context; each query typed into the page's form after the previous one.
 * `--repeat N` runs each cold query N times and keeps its fastest time (the
 * machine is shared: the minimum is the least disturbed run).
 * `--serve` only serves (to look at the page by hand) until interrupted.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { chromium, type Page } from 'playwright';
import { loadQueries } from '../search/query-set';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const dist = resolve(option('--dist') ?? 'dist');
const bundle = option('--bundle') ? resolve(option('--bundle')!) : join(dist, 'pagefind');
const every = Number(option('--every') ?? 1);
const port = Number(option('--port') ?? 4412);
const timeout = Number(option('--timeout') ?? 60_000);
const repeat = Number(option('--repeat') ?? 1);
const queries = loadQueries(undefined, { syntax: false }).filter((_, i) => i % every === 0);

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript',
	'.css': 'text/css',
	'.json': 'application/json',
	'.svg': 'image/svg+xml',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.css', '.json', '.svg', '.xml', '.txt']);

/** What a request was for, so the bytes can be broken down. */
function kind(path: string): string {
	if (path.startsWith('/pagefind/')) {
		if (path.endsWith('.pf_meta')) return 'pagefind meta';
		if (path.endsWith('.pf_index')) return 'index chunks';
		if (path.endsWith('.pf_fragment')) return 'fragments';
		if (path.endsWith('.pf_filter')) return 'filters';
		return 'pagefind runtime';
	}
	if (path.startsWith('/_astro/') && path.endsWith('.js')) return 'page scripts';
	return 'page';
}

/** Bytes sent since the last reset, by kind, and the requests made. */
const sent = new Map<string, number>();
let requests = 0;
const total = () => [...sent.values()].reduce((a, b) => a + b, 0);
const reset = () => {
	sent.clear();
	requests = 0;
};

const server = createServer(async (req, res) => {
	const url = new URL(req.url ?? '/', 'http://x');
	const path = normalize(decodeURIComponent(url.pathname));
	let file = path.startsWith('/pagefind/') ? join(bundle, path.slice('/pagefind/'.length)) : join(dist, path);
	if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
	if (!existsSync(file)) {
		res.writeHead(404).end();
		return;
	}
	const ext = extname(file);
	const gzip = COMPRESSIBLE.has(ext) && /\bgzip\b/.test(String(req.headers['accept-encoding']));
	res.writeHead(200, {
		'content-type': TYPES[ext] ?? 'application/octet-stream',
		'cache-control': 'no-cache',
		...(gzip ? { 'content-encoding': 'gzip' } : {}),
	});
	const k = kind(path);
	requests++;
	const count = async function* (source: AsyncIterable<Buffer>) {
		for await (const chunk of source) {
			sent.set(k, (sent.get(k) ?? 0) + chunk.length);
			yield chunk;
		}
	};
	try {
		if (gzip) await pipeline(createReadStream(file), createGzip(), count, res);
		else await pipeline(createReadStream(file), count, res);
	} catch {
		// the browser went away (a context closed mid-request)
	}
});
await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
const base = `http://127.0.0.1:${port}`;
if (args.includes('--serve')) {
	console.log(`serving ${dist} (/pagefind/ from ${bundle}) at ${base}/`);
	await new Promise(() => {});
}

/** Milliseconds from navigation start (cold) or `since` (warm) to the page's results mark. */
async function resultsAt(page: Page, since = 0): Promise<number> {
	return page.evaluate((since) => {
		const marks = performance.getEntriesByName('delta-search:results').filter((m) => m.startTime >= since);
		return (marks.at(-1)?.startTime ?? performance.now()) - since;
	}, since);
}

const q = (xs: number[], p: number) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))] ?? 0;
const row = (name: string, xs: number[], f: (n: number) => string) => `| ${name} | ${f(q(xs, 0.5))} | ${f(q(xs, 0.9))} | ${f(Math.max(...xs))} |`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const ms = (n: number) => `${n.toFixed(0)} ms`;
/** Waits until the page shows the results for `query` (`data-query` names the query they are for). */
const shown = (page: Page, query: string) =>
	page
		.waitForFunction(
			(query) => {
				const el = document.querySelector<HTMLElement>('delta-search');
				return el?.dataset.state === 'done' && (el.dataset.query ?? new URLSearchParams(location.search).get('q')) === query;
			},
			query,
			{ timeout },
		)
		.then(
			() => false,
			() => true,
		);

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
	const cold: { query: string; ms: number; bytes: number; requests: number; byKind: Map<string, number>; timedOut: boolean }[] = [];
	for (const query of queries) {
		let best: (typeof cold)[number] | undefined;
		for (let run = 0; run < repeat; run++) {
			const context = await browser.newContext();
			const page = await context.newPage();
			reset();
			await page.goto(`${base}/search/?q=${encodeURIComponent(query)}`);
			const timedOut = await shown(page, query);
			const at = await resultsAt(page);
			// Let requests already started for this view finish being counted.
			await page.waitForLoadState('networkidle').catch(() => {});
			if (!best || at < best.ms) best = { query, ms: at, bytes: total(), requests, byKind: new Map(sent), timedOut };
			await context.close();
		}
		cold.push(best!);
		console.error(`cold ${query}: ${ms(best!.ms)} ${kb(best!.bytes)}${best!.timedOut ? ' (timed out)' : ''}`);
	}

	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(`${base}/search/?q=${encodeURIComponent('上海')}`);
	await shown(page, '上海');
	await page.waitForLoadState('networkidle');
	const warm: { ms: number; bytes: number }[] = [];
	for (const query of queries) {
		reset();
		const box = page.locator('#search-q');
		await box.fill(query);
		const t0 = await page.evaluate(() => performance.now());
		await box.press('Enter');
		await shown(page, query);
		const at = await resultsAt(page, t0);
		await page.waitForLoadState('networkidle').catch(() => {});
		warm.push({ ms: at, bytes: total() });
	}
	await context.close();

	const kinds = [...new Set(cold.flatMap((c) => [...c.byKind.keys()]))].sort();
	console.log(`Chromium, ${queries.length} queries, /pagefind/ from ${bundle} (median | p90 | max):\n`);
	console.log('| measure | median | p90 | max |\n|---|---|---|---|');
	console.log(row('cold: bytes sent (gzip as a static host sends)', cold.map((c) => c.bytes), kb));
	for (const k of kinds) console.log(row(`cold: of which ${k}`, cold.map((c) => c.byKind.get(k) ?? 0), kb));
	console.log(row('cold: requests', cold.map((c) => c.requests), String));
	console.log(row('cold: navigation start → first results shown', cold.map((c) => c.ms), ms));
	console.log(row('warm: bytes per further query', warm.map((w) => w.bytes), kb));
	console.log(row('warm: submit → first results shown', warm.map((w) => w.ms), ms));
	const slow = cold.filter((c) => c.timedOut).map((c) => c.query);
	if (slow.length) console.log(`\ntimed out after ${timeout} ms (figures above count them at the timeout): ${slow.join(' ')}`);
	console.log(`\nper query (cold): ${cold.map((c) => `${c.query} ${ms(c.ms)} ${kb(c.bytes)}`).join(' · ')}`);
} finally {
	await browser.close();
	server.close();
}
