import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { parseQuery } from '../../src/search/shared/query';
import type { SearchRecord } from '../../src/search/shared/record';

/**
 * The committed search-quality query set (`test/search/queries.json`), every
 * query as written and in both scripts. Keys starting with `$` are comments;
 * groups starting with `syntax:` use the search syntax (phrases, exclusions,
 * OR, malformed input); `date ranges` pairs queries with a range.
 * Shared by the recall test, the e2e search tests and the search benchmarks.
 */
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

const SYNTAX = 'syntax:';
const RANGES = 'date ranges';

/** A query with a date range, bounds as the URL writes them (`YYYY` or `YYYY-MM`, '' for none). */
export interface RangeQuery {
	q: string;
	from: string;
	to: string;
}

const readSet = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
const inBothScripts = (q: string) => [q, toHans(q), toHant(q)];

/**
 * Every query of the set in both scripts; without `syntax`, only the plain
 * words (what the benchmarks compare over time and with stock Pagefind).
 */
export function loadQueries(path = 'test/search/queries.json', { syntax = true } = {}): string[] {
	const written = Object.entries(readSet(path)).flatMap(([group, qs]) =>
		group.startsWith('$') || group === RANGES || (!syntax && group.startsWith(SYNTAX)) ? [] : (qs as string[]),
	);
	return [...new Set(written.flatMap(inBothScripts))];
}

/** The set's queries with a date range, each query in both scripts. */
export function loadRangeQueries(path = 'test/search/queries.json'): RangeQuery[] {
	const ranges = (readSet(path)[RANGES] ?? []) as RangeQuery[];
	return ranges.flatMap((r) => [...new Set(inBothScripts(r.q))].map((q) => ({ ...r, q })));
}

/**
 * The truth for a query: the URLs of the records matching it, sorted,
 * computed from each record's folded text by plain substring tests (a space
 * in a phrase matches any run of whitespace: the text's runs are collapsed),
 * and for a range from each record's date, whose whole span (a year, or a
 * month) must lie inside the range (bounds in the wrong order swapped). The query's structure comes from
 * `parseQuery`, whose reading of the syntax `query.test.ts` checks.
 */
export function queryTruth(records: readonly SearchRecord[], q: string, range: Omit<RangeQuery, 'q'> = { from: '', to: '' }): string[] {
	const { groups, excluded } = parseQuery(q);
	const first = (bound: string) => bound && (bound.length === 4 ? `${bound}-01` : bound);
	const last = (bound: string) => bound && (bound.length === 4 ? `${bound}-12` : bound);
	// Bounds in the wrong order are swapped.
	const swap = range.from && range.to && first(range.from) > last(range.to);
	const lower = first(swap ? range.to : range.from);
	const upper = last(swap ? range.from : range.to);
	const inRange = (date: string) => {
		if (!lower && !upper) return true;
		if (!date) return false;
		const month = date.slice(0, 7);
		return (!lower || lower <= first(month)) && (!upper || last(month) <= upper);
	};
	return records
		.filter((r) => {
			const text = r.folded.trim().replace(/\s+/gu, ' ');
			return (
				groups.length > 0 &&
				groups.every((g) => g.some((t) => text.includes(t.folded))) &&
				!excluded.some((t) => text.includes(t.folded)) &&
				inRange(r.meta.date)
			);
		})
		.map((r) => r.url)
		.sort();
}
