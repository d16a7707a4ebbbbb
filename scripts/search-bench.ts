/**
 * One-off search measurements for docs/benchmarks.md (not part of `npm test`).
 *
 *   npx tsx scripts/search-bench.ts                 # the archive: ours vs stock Pagefind, bytes and times
 *   npx tsx scripts/search-bench.ts /tmp/corpus/zh-hans-cctv [limit]   # a large index from raw corpus files
 *
 * Builds bundles into a temp folder, serves them on 127.0.0.1 and runs
 * Pagefind's own pagefind.js in Node (main thread). Corpus text never leaves /tmp.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { clean } from '../src/ingest/pipeline';
import { searchRecords, toTraditionalSameLength, writeSearchIndex } from '../src/integrations/search-index';
import { runSearch } from '../src/lib/search/client';
import { fold } from '../src/lib/search/fold';
import { parseQuery } from '../src/lib/search/query';
import { type SearchRecord, searchRecordOf } from '../src/lib/search/record';
import { loadPagefind, removeDir, tempDir } from '../test/search/runtime';
import { loadQueries } from '../test/search/query-set';

const queries = loadQueries();

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

/** Bytes and times for the query set: cold (fresh runtime per query) and warm (one runtime, all queries). */
async function timings(bundle: string, qs: string[], verify: boolean) {
	const pagefindJs = statSync(join(bundle, 'pagefind.js')).size;
	const cold: { ms: number; bytes: number; msFirst: number }[] = [];
	for (const q of qs) {
		const rt = await loadPagefind(bundle);
		const t0 = performance.now();
		const res = await rt.pagefind.search(parseQuery(q).pagefind);
		const first = res?.results.slice(0, 10) ?? [];
		await Promise.all(first.map((r) => r.data()));
		const msFirst = performance.now() - t0;
		if (verify) await runSearch(rt.pagefind, q);
		const ms = performance.now() - t0;
		cold.push({ ms, msFirst, bytes: pagefindJs + [...rt.served.values()].reduce((a, b) => a + b, 0) });
		await rt.close();
	}
	const rt = await loadPagefind(bundle);
	await runSearch(rt.pagefind, '上海'); // warm up: entry, wasm, metadata
	const warm: { ms: number; bytes: number; candidates: number }[] = [];
	for (const q of qs) {
		const before = [...rt.served.values()].reduce((a, b) => a + b, 0);
		const t0 = performance.now();
		const { candidates } = await runSearch(rt.pagefind, q);
		warm.push({ ms: performance.now() - t0, bytes: [...rt.served.values()].reduce((a, b) => a + b, 0) - before, candidates });
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
		let records: SearchRecord[];
		let t0 = performance.now();
		const cache = process.env.BENCH_RECORDS;
		if (corpus && cache && existsSync(cache)) {
			records = JSON.parse(readFileSync(cache, 'utf8')) as SearchRecord[];
		} else if (corpus) {
			const files = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
			const limit = Number(limitArg) || files.length;
			records = [];
			let rejected = 0;
			for (const f of files.slice(0, limit)) {
				try {
					const { metadata, plainText } = clean(readFileSync(join(corpus, f)), f);
					const slug = f.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
					records.push(searchRecordOf({ ...metadata, slug }, plainText, toTraditionalSameLength, (s) => `/articles/${s}/`));
				} catch {
					rejected++;
				}
			}
			console.log(`corpus: ${records.length} articles cleaned (${rejected} rejected) in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
			if (cache) writeFileSync(cache, JSON.stringify(records));
		} else {
			records = await searchRecords();
		}
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
			// Quality: ours before and after verification, and stock Pagefind.
			const rt = await loadPagefind(ours);
			const oursRows: { truth: Set<string>; got: Set<string> }[] = [];
			const rawRows: { truth: Set<string>; got: Set<string> }[] = [];
			for (const q of queries) {
				const t = truth(q);
				const out = await runSearch(rt.pagefind, q);
				oursRows.push({ truth: t, got: new Set(out.hits.map((h) => h.url)) });
				const raw = await rt.pagefind.search(out.query.pagefind);
				const rawData = await Promise.all((raw?.results ?? []).map((r) => r.data()));
				rawRows.push({ truth: t, got: new Set(rawData.map((d) => d.url)) });
				const missed = [...t].filter((u) => !oursRows.at(-1)!.got.has(u));
				if (missed.length) console.log(`MISSED ${q}: ${missed.length} of ${t.size} (candidates ${out.candidates}), e.g. ${missed.slice(0, 3).join(' ')}`);
			}
			await rt.close();
			rows.push(['ours (fold + own bigrams, verified)', score(oursRows)], ['ours, Pagefind candidates before verification', score(rawRows)]);

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

		// BENCH_EVERY=k: time every k-th query only (a large index verifies thousands of candidates per query).
		const every = Number(process.env.BENCH_EVERY) || 1;
		const timed = queries.filter((_, i) => i % every === 0);
		console.log(`\ntimed queries (${timed.length}): ${timed.join(' ')}`);
		const { cold, warm } = await timings(ours, timed, true);
		console.log('\nper query, over the query set (median | p90 | max):\n');
		console.log('| measure | median | p90 | max |\n|---|---|---|---|');
		console.log(summarize('cold: bytes (pagefind.js, wasm, entry, metadata, index chunks, fragments)', cold.map((c) => c.bytes), kb));
		console.log(summarize('cold: time to first 10 results (ms)', cold.map((c) => c.msFirst), (n) => n.toFixed(0)));
		console.log(summarize('cold: time to all verified results (ms)', cold.map((c) => c.ms), (n) => n.toFixed(0)));
		console.log(summarize('warm: bytes', warm.map((w) => w.bytes), kb));
		console.log(summarize('warm: time to all verified results (ms)', warm.map((w) => w.ms), (n) => n.toFixed(0)));
		console.log(summarize('candidates per query', warm.map((w) => w.candidates), (n) => String(n)));

		const t2cn = readFileSync('node_modules/opencc-js/dist/esm/t2cn.js');
		console.log(`\nopencc-js t2cn (query folding in the browser): ${kb(t2cn.length)}, ${kb(gzipSync(t2cn).length)} gzipped`);
	} finally {
		await removeDir(dir);
	}
}

await main();
