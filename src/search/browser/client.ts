import { isSingleTerm, matchesQuery, type ParsedQuery, parseQuery, type Term } from '../shared/query';
import { type DateRange, hasRange, inRange, MONTH_FILTER, monthsInRange } from '../shared/range';
import { type Filter, FILTERS, UNKNOWN } from '../shared/filters';
import type { SearchMeta } from '../shared/record';

/** Pagefind's filters of a search: filter → the value, or any of the values. */
export type PagefindFilters = Record<string, string | { any: string[] }>;

/** Pagefind's filter counts: filter → value → articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's `pagefind.js` API the search uses. */
export interface PagefindApi {
	/** A search; `null` is every article (matching the filters), in the index's order. */
	search(term: string | null, options?: { filters?: PagefindFilters }): Promise<PagefindResponse | null>;
	/** Loads every filter index (and makes later searches count by filter). */
	filters(): Promise<FilterCounts>;
}

export interface PagefindResponse {
	results: PagefindResult[];
	/**
	 * Counts over the results, for the filter indexes loaded so far. (Its
	 * `totalFilters` would count before the phrase check, so it is not used.)
	 */
	filters: FilterCounts;
}

export interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}

/** Results shown at once; the page's "more" button shows the next ones. */
export const PAGE_SIZE = 10;

/** Result orders: Pagefind's relevance ranking, or the archive's date order (undated last either way). */
export type Order = 'relevance' | 'newest' | 'oldest';

export interface SearchOptions {
	order?: Order;
	/** Pagefind filter values that results must have. */
	filters?: Partial<Record<Filter, string>>;
	/** The months results must be from (see `range.ts`). */
	range?: DateRange;
}

/** One result on the page: an article that matches the query. */
export interface Hit {
	url: string;
	meta: SearchMeta;
	/** The article's searchable text, folded (from `meta.text_hans`; see `fold.ts`). */
	folded: string;
}

export interface SearchOutcome {
	query: ParsedQuery;
	/** The date range asked for (none when its bounds are empty). */
	range: DateRange;
	/** Every article matching the query (and passing the filters and the range), in the order asked for. */
	results: PagefindResult[];
	/** The filter values among the results, when no filter or range is chosen and filter indexes are loaded (else see `queryFacets`). */
	facets: Facets | undefined;
}

/**
 * For each filter value, how many articles containing the query have it,
 * whatever filters are chosen. Pagefind counts one term at a time, so unless
 * the query is a single term the counts are only an upper bound (`exact:
 * false`): a value counted zero for every term of some group has no results.
 */
export interface Facets {
	counts: FilterCounts;
	exact: boolean;
}

/** `meta.text_hans` is the t→cn conversion of the text; ASCII-lowercased, it is the fold. */
const foldedFromMeta = (meta: SearchMeta) => meta.text_hans.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Finds every article matching the query (see `query.ts`). Each term is one
 * Pagefind exact-phrase search (see `tokens.ts`), answered from the index
 * alone, and the query's AND, OR and exclusions are set operations on their
 * results, so the count and the filter counts are exact before any article
 * is downloaded; the articles of one page of results are then fetched with
 * `loadHits`. A date range is a filter on the index's `month` values inside
 * it (loading the filter indexes).
 *
 * Results come in the index's order, newest first (the order the records were
 * added in, which each search keeps; a union is put back in it by the
 * position of each article in Pagefind's list of every article, which comes
 * with its metadata); `oldest` reverses it and keeps undated articles last;
 * `relevance` orders them by Pagefind's ranking of their tokens.
 */
export async function runSearch(pagefind: PagefindApi, input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
	const query = parseQuery(input);
	const range = options.range ?? { from: '', to: '' };
	const nothing: SearchOutcome = { query, range, results: [], facets: undefined };
	if (!query.groups.length) return nothing;
	const filters: PagefindFilters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v)) as Record<string, string>;
	if (hasRange(range)) {
		const months = monthsInRange(Object.keys((await pagefind.filters())[MONTH_FILTER] ?? {}), range);
		if (!months.length) return nothing;
		filters[MONTH_FILTER] = { any: months };
	}
	const search = (term: Term, extra: PagefindFilters = {}) => pagefind.search(term.exact, { filters: { ...filters, ...extra } });
	const [groups, excluded] = await Promise.all([
		Promise.all(query.groups.map((group) => Promise.all(group.map((term) => search(term))))),
		Promise.all(query.excluded.map((term) => search(term))),
	]);
	const found = (responses: (PagefindResponse | null)[]) => responses.flatMap((r) => r?.results ?? []);
	const groupIds = groups.map((g) => new Set(found(g).map((r) => r.id)));
	const excludedIds = new Set(found(excluded).map((r) => r.id));
	let results = await inIndexOrder(pagefind, groups);
	results = results.filter((r) => groupIds.every((ids) => ids.has(r.id)) && !excludedIds.has(r.id));

	if (options.order === 'oldest') {
		const undated = await Promise.all(query.groups[0]!.map((term) => search(term, { year: UNKNOWN })));
		const undatedIds = new Set(found(undated).map((r) => r.id));
		results = [...results.filter((r) => !undatedIds.has(r.id)).reverse(), ...results.filter((r) => undatedIds.has(r.id))];
	} else if (options.order === 'relevance' && results.length > 1) {
		const ranked = await pagefind.search(query.ranked, { filters });
		const rank = new Map(ranked?.results.map((r, i) => [r.id, i]));
		results = results.toSorted((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
	}

	const facets = Object.keys(filters).length ? undefined : facetsOf(query, groups);
	return { query, range, results, facets };
}

/**
 * The articles of some group, newest first: a one-term group's results as
 * Pagefind gives them (in the index's order), else the first group's union
 * put back in that order.
 */
async function inIndexOrder(pagefind: PagefindApi, groups: (PagefindResponse | null)[][]): Promise<PagefindResult[]> {
	const single = groups.find((g) => g.length === 1);
	if (single) return single[0]?.results ?? [];
	const union = new Map(groups[0]!.flatMap((r) => r?.results ?? []).map((r) => [r.id, r]));
	const order = (await pagefind.search(null))?.results ?? [];
	return order.filter((r) => union.has(r.id)).map((r) => union.get(r.id)!);
}

/** The facets of a query whatever filters are chosen (call after `pagefind.filters()` has loaded the filter indexes). */
export async function queryFacets(pagefind: PagefindApi, query: ParsedQuery): Promise<Facets | undefined> {
	const groups = await Promise.all(query.groups.map((group) => Promise.all(group.map((term) => pagefind.search(term.exact)))));
	return facetsOf(query, groups);
}

/**
 * The facets of a query from each term's counts: a group has at most the
 * sum of its terms' counts, the query at most the smallest of its groups'
 * (exclusions only lower it). Undefined before filter indexes load.
 */
function facetsOf(query: ParsedQuery, groups: (PagefindResponse | null)[][]): Facets | undefined {
	const perTerm = groups.flat().map((r) => r?.filters ?? {});
	if (!perTerm.length || !perTerm.every((counts) => Object.keys(counts).length > 0)) return undefined;
	const counts: FilterCounts = {};
	for (const f of FILTERS) {
		counts[f] = {};
		for (const value of Object.keys(perTerm[0]![f] ?? {})) {
			const groupCount = (g: (PagefindResponse | null)[]) => g.reduce((n, r) => n + (r?.filters[f]?.[value] ?? 0), 0);
			counts[f][value] = Math.min(...groups.map(groupCount));
		}
	}
	return { counts, exact: isSingleTerm(query) };
}

/**
 * Fetches the articles of `results[from, to)` and checks each really matches
 * the query and the range (Pagefind's exact searches promise it; what is
 * shown is checked).
 * An article that fails the check is left out and reported to the console.
 */
export async function loadHits(outcome: SearchOutcome, from: number, to: number): Promise<Hit[]> {
	const data = await Promise.all(outcome.results.slice(from, to).map((r) => r.data()));
	const hits: Hit[] = [];
	for (const d of data) {
		const meta = d.meta as unknown as SearchMeta;
		const folded = foldedFromMeta(meta);
		if (matchesQuery(folded, outcome.query) && (!hasRange(outcome.range) || inRange(meta.date, outcome.range))) hits.push({ url: d.url, meta, folded });
		else console.warn(`search: ${d.url} does not match ${outcome.query.typed}`);
	}
	return hits;
}
