/**
 * npx tsx scripts/bench/search-options.ts CORPUS [LIMIT]
 *
 * Issue 13's options for search past 20,000 articles, measured on the same
 * records (not part of `npm test`; results in docs/benchmarks.md):
 *
 * - **one index** over every article, as the site builds it;
 * - **one index per year**, newest first, merged in the browser with
 *   Pagefind's `mergeIndex`; searched either all at once (the exact count),
 *   or only the newest years that fill the first page of results in date
 *   order (the count then comes later).
 *
 * For each: the peak memory of Pagefind's indexer (sampled), the metadata
 * every search downloads, and per query the bytes of a cold search with
 * Pagefind's own runtime in Node (its `pagefind.js` gzip'd, as a host sends
 * it, then the entry, metadata, WebAssembly, index chunks and the first page
 * of fragments). The one index's metadata is also split into its parts and
 * re-encoded with short sequential page names, the "smaller metadata"
 * option. BENCH_CLEANED=file caches the cleaned corpus, as in
 * `search-engine.ts`. Corpus text never leaves /tmp.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { decode, encode } from 'cborg';
import { writeSearchIndex } from '../../src/search/build/index';
import { loadHits, PAGE_SIZE, runSearch } from '../../src/search/browser/client';
import type { SearchRecord } from '../../src/search/shared/record';
import { loadQueries } from '../search/query-set';
import { loadPagefind, removeDir, type Runtime, tempDir } from '../search/runtime';
import { corpusRecords } from './corpus-records';

const [corpus, limitArg] = process.argv.slice(2);
if (!corpus) throw new Error('usage: npx tsx scripts/bench/search-options.ts CORPUS [LIMIT]');
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const quantile = (xs: readonly number[], q: number) => xs.toSorted((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))] ?? 0;
const spread = (xs: readonly number[]) => `${kb(quantile(xs, 0.5))} / ${kb(quantile(xs, 0.9))} / ${kb(Math.max(...xs))}`;

/** The largest resident size of Pagefind's indexer while `run` runs, sampled every 250 ms (MB). */
async function indexerPeak(run: () => Promise<void>): Promise<number> {
	let peak = 0;
	const sample = () => {
		try {
			for (const line of execFileSync('ps', ['-C', 'pagefind_extended', '-o', 'rss='], { encoding: 'utf8' }).split('\n')) peak = Math.max(peak, Number(line) || 0);
		} catch {
			// No indexer running at this moment.
		}
	};
	const timer = setInterval(sample, 250);
	try {
		await run();
	} finally {
		clearInterval(timer);
	}
	return Math.round(peak / 1024);
}

/** A bundle's metadata file: its name and its decoded fields (Pagefind 1.6: version, pages, index chunks, filters, sorts). */
function metadata(bundle: string) {
	const file = readdirSync(bundle).find((name) => name.endsWith('.pf_meta'))!;
	const compressed = readFileSync(join(bundle, file));
	// Pagefind prefixes its decompressed files with a 12-byte signature.
	const [, pages, chunks, filters] = decode(gunzipSync(compressed).subarray('pagefind_dcd'.length)) as [string, [string, number, string][], unknown[], unknown[]];
	return { bytes: compressed.length, pages, chunks, filters };
}
const gzipped = (value: unknown) => gzipSync(encode(value), { level: 9 }).length;

/** Gzip bytes a cold search of `query` downloads: `runtime` fresh, `pagefind.js` counted at its gzip size. */
async function coldBytes(runtime: Runtime, query: string, pagefindJs: number): Promise<{ bytes: number; count: number; hits: number }> {
	const outcome = await runSearch(runtime.pagefind, query);
	const hits = await loadHits(outcome, 0, PAGE_SIZE);
	return { bytes: pagefindJs + [...runtime.served.values()].reduce((a, b) => a + b, 0), count: outcome.results.length, hits: hits.length };
}

const records: SearchRecord[] = corpusRecords(corpus, Number(limitArg) || Infinity);
const byYear = Map.groupBy(records, (record) => record.meta.date.slice(0, 4) || 'undated');
// Newest first, the undated last: the order the archive lists them in.
const years = [...byYear.keys()].filter((year) => year !== 'undated').sort().reverse();
if (byYear.has('undated')) years.push('undated');
const dir = await tempDir();
try {
	const one = join(dir, 'one');
	const oneIndex = { peak: await indexerPeak(() => writeSearchIndex(records, one)) };
	const shards: { year: string; dir: string; articles: number; peak: number; meta: number }[] = [];
	for (const year of years) {
		const shard = join(dir, year);
		const peak = await indexerPeak(() => writeSearchIndex(byYear.get(year)!, shard));
		shards.push({ year, dir: shard, articles: byYear.get(year)!.length, peak, meta: metadata(shard).bytes });
	}
	const pagefindJs = gzipSync(readFileSync(join(one, 'pagefind.js'))).length;

	const queries = loadQueries(undefined, { syntax: false });
	const rows: { single: number; merged: number; newestFirst: number; shardsSearched: number; sameCount: boolean }[] = [];
	for (const query of queries) {
		const single = await loadPagefind(one);
		const s = await coldBytes(single, query, pagefindJs);
		await single.close();
		const all = await loadPagefind(shards[0]!.dir, shards.slice(1).map((shard) => shard.dir));
		const m = await coldBytes(all, query, pagefindJs);
		await all.close();
		// The newest years merged, one more while the first page has room: in date order (the index's order) that page is the whole archive's first.
		let newestFirst = m.bytes;
		let searched = shards.length;
		for (let k = 1; k < shards.length; k++) {
			const runtime = await loadPagefind(shards[0]!.dir, shards.slice(1, k).map((shard) => shard.dir));
			const r = await coldBytes(runtime, query, pagefindJs);
			await runtime.close();
			if (r.hits >= PAGE_SIZE) {
				newestFirst = r.bytes;
				searched = k;
				break;
			}
		}
		rows.push({ single: s.bytes, merged: m.bytes, newestFirst, shardsSearched: searched, sameCount: s.count === m.count });
	}

	const meta = metadata(one);
	const sequential = meta.pages.map(([, words, group], i) => [i.toString(36), words, group]);
	const out = [
		`### ${records.length} articles, ${years.length} years, ${queries.length} queries`,
		'',
		'| | one index | one index per year |',
		'|---|---|---|',
		`| indexer peak memory | ${oneIndex.peak} MB | ${Math.max(...shards.map((s) => s.peak))} MB (the largest year) |`,
		`| metadata, gzip | ${kb(meta.bytes)} | ${kb(shards.reduce((n, s) => n + s.meta, 0))} in all (${shards.map((s) => `${s.year}: ${s.articles} articles, ${kb(s.meta)}`).join('; ')}) |`,
		`| cold bytes to the exact count and first page (median / p90 / max) | ${spread(rows.map((r) => r.single))} | ${spread(rows.map((r) => r.merged))} |`,
		`| cold bytes to the first page in date order, the newest years only (median / p90 / max) | – | ${spread(rows.map((r) => r.newestFirst))} (median ${quantile(rows.map((r) => r.shardsSearched), 0.5)} years searched) |`,
		`| queries whose count differs from the one index | – | ${rows.filter((r) => !r.sameCount).length} |`,
		'',
		`The one index's metadata (${kb(meta.bytes)}), its parts gzip'd alone: ${meta.pages.length} pages ${kb(gzipped(meta.pages))}; ` +
			`the same pages named 0, 1, 2… (base 36) instead of by hash ${kb(gzipped(sequential))}, and also without word counts ${kb(gzipped(sequential.map(([name, , group]) => [name, 0, group])))}; ` +
			`${meta.chunks.length} index chunks ${kb(gzipped(meta.chunks))}; filters ${kb(gzipped(meta.filters))}. ` +
			`pagefind.js gzip ${kb(pagefindJs)}.`,
	];
	console.log(out.join('\n'));
} finally {
	await removeDir(dir);
}
