import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as OpenCC from 'opencc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { searchRecords, writeSearchIndex } from '../../src/search/build/index';
import { loadHits, queryFacets, runSearch } from '../../src/search/browser/client';
import { FILTERS } from '../../src/search/shared/filters';
import { compareRecordsNewestFirst, type SearchRecord } from '../../src/search/shared/record';
import { loadQueries, loadRangeQueries, queryTruth } from '../../scripts/search/query-set';
import { isSingleTerm, parseQuery } from '../../src/search/shared/query';
import { dateRange } from '../../src/search/shared/range';
import { loadPagefind, removeDir, type Runtime, tempDir } from '../../scripts/search/runtime';

/**
 * Search quality: the real index, built from the real articles by the module
 * the Astro integration uses, searched with Pagefind's own pagefind.js.
 *
 * For every query, written in both scripts, the results must be exactly the
 * articles whose searchable text contains the query after 简/繁 folding
 * (substring truth, computed from the articles by `queryTruth`; for the
 * syntax, each group's terms, none of the excluded, and for a date range the
 * article's date): Pagefind's answer from the index alone (its count, before
 * any article is fetched) and the checked results alike. The figures go to
 * reports/search-quality.json.
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

const truth = (q: string) => queryTruth(records, q);
const newestFirst = (urls: string[]) =>
	urls.map((u) => records.find((r) => r.url === u)!).toSorted(compareRecordsNewestFirst).map((r) => r.url);

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

	it('finds exactly the articles containing each query, in either script, newest first', async () => {
		const rows: { query: string; expected: number; results: number }[] = [];
		for (const q of queries) {
			const expected = truth(q);
			const outcome = await runSearch(runtime.pagefind, q, { order: 'newest' });
			// The index alone answers exactly: the count is right before any article is fetched.
			expect(outcome.results.length, `count for ${q}`).toBe(expected.length);
			const got = (await loadHits(outcome, 0, outcome.results.length)).map((h) => h.url);
			rows.push({ query: q, expected: expected.length, results: got.length });
			expect(got.toSorted(), `results for ${q}`).toEqual(expected);
			expect(got, `order for ${q}`).toEqual(newestFirst(expected));
		}
		const sum = (k: 'expected' | 'results') => rows.reduce((n, r) => n + r[k], 0);
		const report = {
			queries: rows.length,
			withMatches: rows.filter((r) => r.expected > 0).length,
			recall: sum('expected') === 0 ? 1 : rows.reduce((n, r) => n + Math.min(r.results, r.expected), 0) / sum('expected'),
			precision: sum('results') === 0 ? 1 : sum('expected') / sum('results'),
			rows,
		};
		await mkdir('reports', { recursive: true });
		await writeFile('reports/search-quality.json', `${JSON.stringify(report, null, '\t')}\n`);
		console.log(`search quality: ${report.queries} queries (${report.withMatches} with matches), recall ${report.recall}, precision ${report.precision}`);
	}, 120_000);

	it('has syntax queries whose answer differs from the plain words’', () => {
		const syntax = loadQueries().filter((q) => !loadQueries(undefined, { syntax: false }).includes(q));
		expect(syntax.length).toBeGreaterThan(20);
		// Each operator changes some answer, so a search that ignored it would fail.
		const plain = (q: string) => truth(q.replace(/"|-(?=\S)|\bOR\b/gu, ''));
		for (const q of ['"政府 上海"', '长三角 -上海', '嘉兴 OR 金华']) {
			expect(syntax).toContain(q);
			expect(truth(q), q).not.toEqual(plain(q));
			expect(truth(q).length, q).toBeGreaterThan(0);
		}
	});

	it('finds exactly the articles of each query in its date range, in either script, newest and oldest first', async () => {
		const ranged = loadRangeQueries();
		expect(ranged.length).toBeGreaterThan(6);
		// The ranges cut: some keep some of the query's articles and leave out others.
		expect(ranged.some((r) => queryTruth(records, r.q, r).length > 0 && queryTruth(records, r.q, r).length < truth(r.q).length)).toBe(true);
		for (const r of ranged) {
			const expected = queryTruth(records, r.q, r);
			const label = `${r.q} ${r.from}–${r.to}`;
			const outcome = await runSearch(runtime.pagefind, r.q, { order: 'newest', range: dateRange(r.from, r.to) });
			expect(outcome.results.length, `count for ${label}`).toBe(expected.length);
			const got = (await loadHits(outcome, 0, outcome.results.length)).map((h) => h.url);
			expect(got, `results for ${label}`).toEqual(newestFirst(expected));
			const oldest = await runSearch(runtime.pagefind, r.q, { order: 'oldest', range: dateRange(r.from, r.to) });
			expect((await loadHits(oldest, 0, oldest.results.length)).map((h) => h.url), `oldest for ${label}`).toEqual(newestFirst(expected).toReversed());
		}
	}, 120_000);

	it('downloads results without the index tokens, with everything the page shows', async () => {
		const outcome = await runSearch(runtime.pagefind, '长三角');
		const data = await Promise.all(outcome.results.map((r) => r.data() as Promise<{ url: string; content: string; meta: Record<string, string> }>));
		expect(data.length).toBeGreaterThan(0);
		for (const d of data) {
			const record = records.find((r) => r.url === d.url)!;
			expect(d.content, d.url).toBe('');
			expect(d.meta.text_hans, d.url).toBe(record.meta.text_hans);
			expect(d.meta.text_hant, d.url).toBe(record.meta.text_hant);
		}
	});

	it('indexes only the tokens: the words of an article’s text are no Pagefind words', async () => {
		// Pagefind indexes every meta field's words (runs between spaces); the texts it is not given must not be among them.
		// The Han characters that open each body paragraph (a run between spaces, as Pagefind splits words; a query's last
		// word matches as a prefix, so a few are enough), where no title or publisher holds them.
		const given = records.flatMap((r) => [r.meta.title_hans, r.meta.title_hant, r.meta.publisher_hans, r.meta.publisher_hant]);
		const words = records
			.flatMap((r) => r.meta.text_hans.slice(Number(r.meta.body_at)).split(/\s+/u))
			.map((run) => run.match(/^\p{Script=Han}{4,}/u)?.[0].slice(0, 6) ?? '')
			.filter((word) => word && !given.some((g) => g.includes(word)));
		expect(words.length).toBeGreaterThan(10);
		for (const word of words) expect((await runtime.pagefind.search(word))?.results.length ?? 0, word).toBe(0);
	});

	it('counts the articles of each publisher, year and tag among the results exactly', async () => {
		await runtime.pagefind.filters();
		for (const q of queries.filter((q) => isSingleTerm(parseQuery(q)) && truth(q).length > 0)) {
			const outcome = await runSearch(runtime.pagefind, q);
			const facets = await queryFacets(runtime.pagefind, outcome.query);
			expect(facets?.exact).toBe(true);
			const matching = records.filter((r) => truth(q).includes(r.url));
			for (const f of FILTERS) {
				const counts: Record<string, number> = {};
				for (const r of matching) for (const v of r.filters[f]) counts[v] = (counts[v] ?? 0) + 1;
				const nonzero = Object.fromEntries(Object.entries(facets!.counts[f] ?? {}).filter(([, n]) => n > 0));
				expect(nonzero, `${f} counts for ${q}`).toEqual(counts);
			}
		}
	}, 120_000);
});
