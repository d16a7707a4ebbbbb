/**
 * npm run bench -- --corpus DIR [--limit N] [--keep] [--skip-baseline] [--skip-search] [--port P]
 *
 * Runs the whole pipeline over N raw articles (without --limit, the whole
 * corpus: all files but one, which the growth step adds) in a temporary copy of the
 * site (never the real content/): ingest, astro build (both editions, tag
 * pages, search index), then serves the result and measures it: sizes, an
 * article page's weight, search in headless Chromium, and the cost of adding
 * one more article. The same run builds a bare Astro + MDX baseline with the
 * same article pages (indexed by stock Pagefind), and every figure is also
 * given as a ratio to it. Writes reports/bench-N.json and reports/bench-N.md
 * and prints the Markdown. The temporary folder is removed unless --keep.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Browser } from '@playwright/test';
import { runIngest } from '../../src/ingest/ingest.ts';
import { otherEdition, toEdition } from '../../src/lib/edition.ts';
import { articlePath } from '../../src/lib/urls.ts';
import { loadQueries } from '../search/query-set.ts';
import { medianArticle, paragraphsOf, readArticles } from './articles.ts';
import { BASELINE_SEARCH, type BaselinePage, writeBaselineSearchPage, writeBaselineSite } from './baseline.ts';
import { launchBrowser, pageWeight, serve, type Server } from './browser.ts';
import { folderSize, timed } from './measure.ts';
import { buildPhases } from './phases.ts';
import { type BenchRecord, markdown } from './report.ts';
import { measureSearch, SITE_SEARCH } from './search.ts';
import { selectFiles } from './select.ts';
import { copySite } from './temp-site.ts';

const { values: options } = parseArgs({
	options: {
		corpus: { type: 'string' },
		limit: { type: 'string' },
		keep: { type: 'boolean', default: false },
		'skip-baseline': { type: 'boolean', default: false },
		'skip-search': { type: 'boolean', default: false },
		port: { type: 'string', default: '4413' },
	},
});
const corpus = options.corpus;
/** No `--limit`: the whole corpus (`selectFiles`). */
const limit = options.limit === undefined ? Infinity : Number(options.limit);
const port = Number(options.port);
if (!corpus || !(limit > 0) || !(port > 0)) throw new Error('usage: npm run bench -- --corpus DIR [--limit N] [--keep] [--skip-baseline] [--skip-search] [--port P]');

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'delta-bench-'));
const site = join(work, 'site');
const baselineDir = join(work, 'baseline');
const log = (line: string) => console.error(`[bench] ${line}`);
const round = (seconds: number, digits = 1) => Number(seconds.toFixed(digits));
const since = (start: number) => (performance.now() - start) / 1000;

const servers: Server[] = [];
function cleanUp() {
	for (const server of servers.splice(0)) server.stop();
	if (options.keep) log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
	process.on(signal, () => {
		cleanUp();
		process.exit(130);
	});
}

/** Ingests raw files into the temporary site, in process, as `npm run ingest -- FILES` would. */
async function ingest(inputs: string[]) {
	const start = performance.now();
	// Awaited, so this one call site stays right whether the ingest runs synchronously or not.
	const { outcomes } = await runIngest({ root: site, inputs, log: () => {} });
	return { outcomes, seconds: since(start) };
}

/** Serves a built folder while `measure` runs against its URL. */
async function served(dir: string, servePort: number, measure: (url: string) => Promise<void>): Promise<void> {
	let server: Server | undefined;
	try {
		server = await serve(dir, servePort);
		servers.push(server);
		await measure(server.url);
	} catch (error) {
		// The build figures stand on their own; say why the served ones are missing.
		log(`serving ${dir} failed, no served figures: ${(error as Error).message}`);
	} finally {
		if (server) {
			server.stop();
			servers.splice(servers.indexOf(server), 1);
		}
	}
}

try {
	const loadStart = loadavg()[0]!;

	// 1. A temporary copy of the site with an empty archive; ingest in process, as `npm run ingest -- FILES` would.
	copySite(repo, site);
	const { files, extra } = selectFiles(corpus, limit);
	if (files.length === 0) throw new Error(`no raw files in ${corpus}`);
	log(`ingesting ${files.length} files from ${corpus} into ${site}`);
	const { outcomes, seconds: ingestSeconds } = await ingest(files);
	const written = outcomes.filter((o) => o.status === 'written').length;
	const ingestPeakMB = Math.round(process.resourceUsage().maxRSS / 1024);

	// 2. The real build: both editions, tag pages, search index.
	log('astro build (site)');
	const build = await timed('npx', ['astro', 'build'], site);
	const phases = buildPhases(build.lines);
	const dist = folderSize(join(site, 'dist'));
	const pagefind = folderSize(join(site, 'dist', 'pagefind'));

	// 3. Edition conversion, outside the build: every article into its other edition (also the baseline's converted pages).
	const articles = readArticles(join(site, 'content', 'articles'));
	const conversionStart = performance.now();
	const converted = articles.map((a) => ({ title: toEdition(a.title, otherEdition(a.script)), body: toEdition(a.body, otherEdition(a.script)) }));
	const conversionSeconds = since(conversionStart);
	const sample = medianArticle(articles);

	// 4. The baseline: the same article pages in both editions, bare; indexed by stock Pagefind.
	let baseline: BenchRecord['baseline'];
	if (!options['skip-baseline']) {
		const pages: BaselinePage[] = articles.flatMap((a, i) => [
			{ slug: `${a.script}-${a.slug}`, title: a.title, paragraphs: paragraphsOf(a.body) },
			{ slug: `${otherEdition(a.script)}-${a.slug}`, title: converted[i]!.title, paragraphs: paragraphsOf(converted[i]!.body) },
		]);
		writeBaselineSite(repo, baselineDir, pages);
		log(`astro build (baseline, ${pages.length} pages)`);
		const baseBuild = await timed('npx', ['astro', 'build'], baselineDir);
		log('pagefind (baseline)');
		const basePagefind = await timed('npx', ['pagefind', '--site', 'dist'], baselineDir);
		baseline = {
			pages: pages.length,
			buildSeconds: round(baseBuild.seconds),
			cpuSeconds: baseBuild.cpuSeconds && round(baseBuild.cpuSeconds),
			peakMB: baseBuild.peakMB,
			treePeakMB: baseBuild.treePeakMB,
			pagefindSeconds: round(basePagefind.seconds),
			dist: folderSize(join(baselineDir, 'dist')),
			pagefind: folderSize(join(baselineDir, 'dist', 'pagefind')),
		};
		writeBaselineSearchPage(join(baselineDir, 'dist'));
	}

	// 5. Served: an article page's weight and search, site and baseline.
	const queries = loadQueries(join(repo, 'test', 'search', 'queries.json'), { syntax: false });
	let articlePage: BenchRecord['articlePage'];
	let search: BenchRecord['search'];
	let browser: Browser | undefined;
	try {
		browser = await launchBrowser();
		const launched = browser;
		const sitePath = articlePath(sample.script, sample.slug);
		log(`serving the site: ${sitePath}${options['skip-search'] ? '' : ` and ${queries.length} queries`}`);
		await served(site, port, async (url) => {
			articlePage = { path: sitePath, weight: await pageWeight(launched, url + sitePath) };
			if (!options['skip-search']) search = await measureSearch(launched, url, SITE_SEARCH, queries);
		});
		if (baseline) {
			const base = baseline;
			const basePath = `/${sample.script}-${sample.slug}/`;
			log('serving the baseline');
			await served(baselineDir, port + 1, async (url) => {
				base.articlePage = { path: basePath, weight: await pageWeight(launched, url + basePath) };
				if (!options['skip-search']) base.search = await measureSearch(launched, url, BASELINE_SEARCH, queries);
			});
		}
	} catch (error) {
		log(`no browser, no served figures: ${(error as Error).message}`);
	} finally {
		await browser?.close();
	}

	// 6. Growth: one more raw file, ingested the way an archivist adds one, then a rebuild.
	let growth: BenchRecord['growth'];
	if (extra) {
		log(`growth: ingesting ${extra} and rebuilding`);
		const { outcomes: added, seconds: growthIngestSeconds } = await ingest([extra]);
		const rebuild = await timed('npx', ['astro', 'build'], site);
		growth = {
			file: extra,
			outcome: added.map((o) => o.status).join(', '),
			ingestSeconds: round(growthIngestSeconds, 2),
			rebuildSeconds: round(rebuild.seconds),
			rebuildCpuSeconds: rebuild.cpuSeconds && round(rebuild.cpuSeconds),
			rebuildPeakMB: rebuild.peakMB,
			rebuildTreePeakMB: rebuild.treePeakMB,
			phases: buildPhases(rebuild.lines),
		};
	}

	const record: BenchRecord = {
		date: new Date().toISOString().slice(0, 10),
		machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB`,
		node: process.version,
		loadAverage: { start: round(loadStart, 2), end: round(loadavg()[0]!, 2) },
		corpus,
		n: files.length,
		ingest: {
			seconds: round(ingestSeconds, 2),
			perSecond: Math.round(files.length / ingestSeconds),
			written,
			notWritten: outcomes.length - written,
			harnessPeakMB: ingestPeakMB,
		},
		build: { seconds: round(build.seconds), cpuSeconds: build.cpuSeconds && round(build.cpuSeconds), peakMB: build.peakMB, treePeakMB: build.treePeakMB, phases },
		editionConversion: {
			seconds: round(conversionSeconds, 2),
			articles: articles.length,
			characters: articles.reduce((n, a) => n + a.title.length + a.body.length, 0),
		},
		pipelineSeconds: round(ingestSeconds + build.seconds),
		dist,
		pagefind,
		articlePage,
		search,
		growth,
		baseline,
	};
	const table = markdown(record);
	console.log(table);
	mkdirSync(join(repo, 'reports'), { recursive: true });
	writeFileSync(join(repo, 'reports', `bench-${record.n}.json`), `${JSON.stringify(record, null, 2)}\n`);
	writeFileSync(join(repo, 'reports', `bench-${record.n}.md`), `${table}\n`);
	log(`wrote reports/bench-${record.n}.json and .md`);
} finally {
	cleanUp();
}
