import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecords, writeSearchIndex } from '../../src/integrations/search-index';
import { runSearch } from '../../src/lib/search/client';
import { fold } from '../../src/lib/search/fold';
import type { SearchRecord } from '../../src/lib/search/record';
import { loadQueries } from './query-set';
import { loadPagefind, removeDir, type Runtime, tempDir } from './runtime';

/**
 * Search quality: the real index, built from the real articles by the module
 * the Astro integration uses, searched with Pagefind's own pagefind.js.
 *
 * For every query, written in both scripts, the results must include every
 * article whose searchable text contains the query after 简/繁 folding
 * (substring truth, computed here from the articles). Precision is reported
 * in reports/search-quality.json, not asserted.
 */

const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });
/** Every query as written, in Simplified and in Traditional. */
const queries = loadQueries();

let dir: string;
let records: SearchRecord[];
let runtime: Runtime;

beforeAll(async () => {
	dir = await tempDir();
	records = await searchRecords();
	await writeSearchIndex(records, join(dir, 'pagefind'));
	runtime = await loadPagefind(join(dir, 'pagefind'));
}, 60_000);

afterAll(async () => {
	await runtime?.close();
	if (dir) await removeDir(dir);
});

const truth = (q: string) =>
	records
		.filter((r) => r.folded.includes(fold(q)))
		.map((r) => r.url)
		.sort();

describe('search recall against substring truth', () => {
	it('has a query set that exercises both scripts and cross-script matches', () => {
		expect(records.map((r) => r.meta.script)).toEqual(expect.arrayContaining(['hans', 'hant']));
		const found = queries.filter((q) => truth(q).length > 0);
		expect(found.length).toBeGreaterThan(60);
		// A Traditional query that must find a Simplified article, and the reverse.
		const script = (url: string) => records.find((r) => r.url === url)!.meta.script;
		expect(queries.some((q) => q === toHant(q) && q !== toHans(q) && truth(q).some((u) => script(u) === 'hans'))).toBe(true);
		expect(queries.some((q) => q === toHans(q) && q !== toHant(q) && truth(q).some((u) => script(u) === 'hant'))).toBe(true);
	});

	it('finds every article containing each query, in either script (100% recall)', async () => {
		const rows: { query: string; expected: number; candidates: number; results: number }[] = [];
		for (const q of queries) {
			const expected = truth(q);
			const { candidates, hits } = await runSearch(runtime.pagefind, q);
			const got = hits.map((h) => h.url).sort();
			rows.push({ query: q, expected: expected.length, candidates, results: got.length });
			expect(got, `results for ${q}`).toEqual(expect.arrayContaining(expected));
			// Verification drops only articles that do not contain the query.
			expect(got.every((u) => expected.includes(u)), `only real matches for ${q}`).toBe(true);
		}
		const sum = (k: 'expected' | 'candidates' | 'results') => rows.reduce((n, r) => n + r[k], 0);
		const report = {
			queries: rows.length,
			withMatches: rows.filter((r) => r.expected > 0).length,
			recall: sum('expected') === 0 ? 1 : rows.reduce((n, r) => n + Math.min(r.results, r.expected), 0) / sum('expected'),
			precisionBeforeVerification: sum('expected') / sum('candidates'),
			precision: sum('expected') / sum('results'),
			rows,
		};
		await mkdir('reports', { recursive: true });
		await writeFile('reports/search-quality.json', `${JSON.stringify(report, null, '\t')}\n`);
		console.log(
			`search quality: ${report.queries} queries (${report.withMatches} with matches), recall ${report.recall}, ` +
				`precision ${report.precision.toFixed(3)} (Pagefind candidates before verification: ${report.precisionBeforeVerification.toFixed(3)})`,
		);
	}, 120_000);
});
