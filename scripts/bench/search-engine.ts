/**
 * One-off search measurements for docs/benchmarks.md (not part of `npm test`).
 *
 *   npx tsx scripts/bench/search-engine.ts                 # the archive: ours vs stock Pagefind, bytes and times
 *   npx tsx scripts/bench/search-engine.ts /tmp/corpus 10000   # a large index: N raw files spread over the corpus
 *
 * Builds bundles into a temp folder, serves them on 127.0.0.1 and runs
 * Pagefind's own pagefind.js in Node (main thread). Corpus text never leaves /tmp.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { searchRecords, writeSearchIndex } from '../../src/search/build/index';
import { loadHits, PAGE_SIZE, runSearch } from '../../src/search/browser/client';
import { fold } from '../../src/lib/fold';
import type { SearchRecord } from '../../src/search/shared/record';
import { loadPagefind, removeDir, type Runtime, tempDir } from '../search/runtime';
import { loadQueries } from '../search/query-set';
import { corpusRecords } from './corpus-records';

const queries = loadQueries(undefined, { syntax: false });

const dirSize = (dir: string): { files: number; bytes: number } => {
	let files = 0;
	let bytes = 0;
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) {
			const s = dirSize(p);
			files += s.files;
			bytes += s.bytes;
		} else {
			files++;
			bytes += statSync(p).size;
		}
	}
	return { files, bytes };
};
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const pct = (n: number) => `${(100 * n).toFixed(1)}%`;
const quantile = (xs: number[], q: number) => {
	const s = xs.toSorted((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};

function truthOf(records: SearchRecord[]) {
	return (q: string) => new Set(records.filter((r) => r.folded.includes(fold(q))).map((r) => r.url));
}

/** Recall and precision (micro-averaged) of `results` against `truth` over the query set. */
function score(rows: { truth: Set<string>; got: Set<string> }[]) {
	let tp = 0;
	let t = 0;
	let g = 0;
	let full = 0;
	for (const { truth, got } of rows) {
		const hit = [...truth].filter((u) => got.has(u)).length;
		tp += hit;
		t += truth.size;
		g += got.size;
		if (hit === truth.size) full++;
	}
	return { recall: t ? tp / t : 1, precision: g ? tp / g : 1, fullRecallQueries: full, queries: rows.length };
}

/** A stock Pagefind bundle: each article as an HTML page in its own script and `lang`, Pagefind's own zh splitting. */
async function writeStockIndex(records: SearchRecord[], out: string, forceLanguage?: string) {
	const { index } = await pagefind.createIndex(forceLanguage ? { forceLanguage } : {});
	for (const r of records) {
		const text = r.meta.script === 'hant' ? r.meta.text_hant : r.meta.text_hans;
		const lang = r.meta.script === 'hant' ? 'zh-Hant' : 'zh-Hans';
		const paras = text.split('\n').map((l) => `<p>${l.replace(/[<&]/g, (c) => (c === '<' ? '&lt;' : '&amp;'))}</p>`);
		const content = `<!doctype html><html lang="${lang}"><head><title>${r.meta.slug}</title></head><body><main data-pagefind-body>${paras.join('')}</main></body></html>`;
		await index!.addHTMLFile({ url: r.url, content });
	}
	await index!.writeFiles({ outputPath: out });
	await pagefind.close();
}

/** Runs every query through a stock bundle as a reader of the given page language would. */
async function stockResults(bundle: string, lang: string | undefined, qs: string[]) {
	const g = globalThis as { document?: unknown };
	if (lang) g.document = { currentScript: null, querySelector: () => ({ getAttribute: () => lang }) };
	const rt = await loadPagefind(bundle);
	const out = new Map<string, Set<string>>();
	for (const q of qs) {
		const res = await rt.pagefind.search(q);
		const data = await Promise.all((res?.results ?? []).map((r) => r.data()));
		out.set(q, new Set(data.map((d) => d.url)));
	}
	await rt.close();
	delete g.document;
	return out;
}

/** Bytes and time to the first page of results: cold (fresh runtime per query) and warm (one runtime, all queries). */
async function timings(bundle: string, qs: string[]) {
	const pagefindJs = statSync(join(bundle, 'pagefind.js')).size;
	const served = (rt: Runtime) => [...rt.served.values()].reduce((a, b) => a + b, 0);
	const firstPage = async (rt: Runtime, q: string) => {
		const outcome = await runSearch(rt.pagefind, q);
		await loadHits(outcome, 0, PAGE_SIZE);
		return outcome.results.length;
	};
	const cold: { ms: number; bytes: number }[] = [];
	for (const q of qs) {
		const rt = await loadPagefind(bundle);
		const t0 = performance.now();
		await firstPage(rt, q);
		cold.push({ ms: performance.now() - t0, bytes: pagefindJs + served(rt) });
		await rt.close();
	}
	const rt = await loadPagefind(bundle);
	await firstPage(rt, '上海'); // warm up: entry, wasm, metadata
	const warm: { ms: number; bytes: number; results: number }[] = [];
	for (const q of qs) {
		const before = served(rt);
		const t0 = performance.now();
		const results = await firstPage(rt, q);
		warm.push({ ms: performance.now() - t0, bytes: served(rt) - before, results });
	}
	await rt.close();
	return { cold, warm };
}

function summarize(name: string, xs: number[], fmt: (n: number) => string) {
	return `| ${name} | ${fmt(quantile(xs, 0.5))} | ${fmt(quantile(xs, 0.9))} | ${fmt(Math.max(...xs))} |`;
}

async function main() {
	const [corpus, limitArg] = process.argv.slice(2);
	const dir = await tempDir();
	try {
		let t0 = performance.now();
		const records = corpus ? corpusRecords(corpus, Number(limitArg) || Infinity) : await searchRecords();
		if (corpus) console.log(`corpus: ${records.length} articles in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
		const chars = records.reduce((n, r) => n + r.folded.length, 0);
		console.log(`articles: ${records.length}, searchable characters: ${chars}`);

		t0 = performance.now();
		// BENCH_BUNDLE: reuse (or keep) our bundle there, to measure again without rebuilding.
		const ours = process.env.BENCH_BUNDLE ?? join(dir, 'ours');
		if (!existsSync(join(ours, 'pagefind.js'))) await writeSearchIndex(records, ours);
		const size = dirSize(ours);
		const frag = dirSize(join(ours, 'fragment'));
		const idx = dirSize(join(ours, 'index'));
		console.log(`our index: built in ${((performance.now() - t0) / 1000).toFixed(1)} s; bundle ${size.files} files ${kb(size.bytes)}; index chunks ${idx.files} (${kb(idx.bytes)}), fragments ${frag.files} (${kb(frag.bytes)})`);

		const truth = truthOf(records);
		const rows: [string, ReturnType<typeof score>][] = [];
		// BENCH_SKIP_QUALITY=1: timings only (quality already measured on this bundle).
		if (!process.env.BENCH_SKIP_QUALITY) {
			// Quality: ours (the index's answer, and the fetched articles checked), and stock Pagefind.
			// BENCH_FETCH_MAX=n: fetch and check the articles of queries with at most n results only.
			const fetchMax = Number(process.env.BENCH_FETCH_MAX) || Infinity;
			const rt = await loadPagefind(ours);
			const oursRows: { truth: Set<string>; got: Set<string> }[] = [];
			let exactCounts = 0;
			for (const q of queries) {
				const t = truth(q);
				const outcome = await runSearch(rt.pagefind, q);
				if (outcome.results.length === t.size) exactCounts++;
				else console.log(`COUNT ${q}: index says ${outcome.results.length}, text has ${t.size}`);
				if (outcome.results.length > fetchMax) continue;
				const got = new Set((await loadHits(outcome, 0, outcome.results.length)).map((h) => h.url));
				oursRows.push({ truth: t, got });
				const missed = [...t].filter((u) => !got.has(u));
				if (missed.length) console.log(`MISSED ${q}: ${missed.length} of ${t.size}, e.g. ${missed.slice(0, 3).join(' ')}`);
			}
			await rt.close();
			console.log(`index answers (counts before fetching any article) equal to the substring truth: ${exactCounts}/${queries.length} queries`);
			rows.push([`ours (fold + own bigrams, exact phrases), fetched and checked (${oursRows.length} queries)`, score(oursRows)]);

			if (!corpus) {
				const stock = join(dir, 'stock');
				await writeStockIndex(records, stock);
				for (const [edition, lang] of [
					['简 edition page (lang zh-hans)', 'zh-hans'],
					['繁 edition page (lang zh-hant)', 'zh-hant'],
				] as const) {
					const got = await stockResults(stock, lang, queries);
					rows.push([`stock Pagefind, ${edition}`, score(queries.map((q) => ({ truth: truth(q), got: got.get(q)! })))]);
				}
				const forced = join(dir, 'stock-zh');
				await writeStockIndex(records, forced, 'zh');
				const got = await stockResults(forced, undefined, queries);
				rows.push(['stock Pagefind, forceLanguage zh (one index)', score(queries.map((q) => ({ truth: truth(q), got: got.get(q)! })))]);
				// Per-query misses of stock Pagefind on the 简 page, for the closing note.
				const hansGot = await stockResults(stock, 'zh-hans', queries);
				const misses = queries.filter((q) => [...truth(q)].some((u) => !hansGot.get(q)!.has(u)));
				console.log(`stock (简 page) misses on ${misses.length} queries, e.g. ${misses.slice(0, 12).join(' ')}`);
			}

			console.log(`\nquality over ${queries.length} queries (each written in both scripts), ${queries.filter((q) => truth(q).size).length} with matches:\n`);
			console.log('| index | recall | precision | queries with full recall |\n|---|---|---|---|');
			for (const [name, s] of rows) console.log(`| ${name} | ${pct(s.recall)} | ${pct(s.precision)} | ${s.fullRecallQueries}/${s.queries} |`);
		}

		// BENCH_EVERY=k: time every k-th query only.
		const every = Number(process.env.BENCH_EVERY) || 1;
		const timed = queries.filter((_, i) => i % every === 0);
		console.log(`\ntimed queries (${timed.length}): ${timed.join(' ')}`);
		const { cold, warm } = await timings(ours, timed);
		console.log('\nper query, over the query set (median | p90 | max):\n');
		console.log('| measure | median | p90 | max |\n|---|---|---|---|');
		console.log(summarize('cold: bytes (pagefind.js, wasm, entry, metadata, index chunks, first page of fragments)', cold.map((c) => c.bytes), kb));
		console.log(summarize(`cold: time to the count and the first ${PAGE_SIZE} results (ms)`, cold.map((c) => c.ms), (n) => n.toFixed(0)));
		console.log(summarize('warm: bytes', warm.map((w) => w.bytes), kb));
		console.log(summarize(`warm: time to the count and the first ${PAGE_SIZE} results (ms)`, warm.map((w) => w.ms), (n) => n.toFixed(0)));
		console.log(summarize('results per query', warm.map((w) => w.results), (n) => String(n)));
	} finally {
		await removeDir(dir);
	}
}

await main();
