import { matchesAll, type ParsedQuery, parseQuery } from '../shared/query';
import { type Filter, FILTERS, UNKNOWN } from '../shared/filters';
import type { SearchMeta } from '../shared/record';

/** Pagefind's filter counts: filter → value → articles. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The part of Pagefind's `pagefind.js` API the search uses. */
export interface PagefindApi {
	search(term: string, options?: { filters?: Record<string, string> }): Promise<PagefindResponse | null>;
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
}

/** One result on the page: an article that contains every term. */
export interface Hit {
	url: string;
	meta: SearchMeta;
	/** The article's searchable text, folded (from `meta.text_hans`; see `fold.ts`). */
	folded: string;
}

export interface SearchOutcome {
	query: ParsedQuery;
	/** Every article containing every term (and passing the filters), in the order asked for. */
	results: PagefindResult[];
	/** The filter values among the results, when no filter is chosen and filter indexes are loaded (else see `queryFacets`). */
	facets: Facets | undefined;
}

/**
 * For each filter value, how many articles containing the query have it,
 * whatever filters are chosen. Pagefind counts one term at a time, so for a
 * query of several terms the counts are only an upper bound (`exact: false`):
 * a value counted zero for some term has no results.
 */
export interface Facets {
	counts: FilterCounts;
	exact: boolean;
}

/** `meta.text_hans` is the t→cn conversion of the text; ASCII-lowercased, it is the fold. */
const foldedFromMeta = (meta: SearchMeta) => meta.text_hans.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Finds every article containing every term. Each term is one Pagefind
 * exact-phrase search (see `tokens.ts`), answered from the index alone, so the
 * count and the filter counts are exact before any article is downloaded;
 * the articles of one page of results are then fetched with `loadHits`.
 *
 * Results come in the index's order, newest first (the order the records were
 * added in); `oldest` reverses it and keeps undated articles last;
 * `relevance` orders them by Pagefind's ranking of their tokens.
 */
export async function runSearch(pagefind: PagefindApi, input: string, options: SearchOptions = {}): Promise<SearchOutcome> {
	const query = parseQuery(input);
	if (!query.exact.length) return { query, results: [], facets: undefined };
	const filters = Object.fromEntries(Object.entries(options.filters ?? {}).filter(([, v]) => v)) as Record<string, string>;
	const responses = await Promise.all(query.exact.map((term) => pagefind.search(term, { filters })));
	const [first, ...rest] = responses.map((r) => r?.results ?? []);
	const inAll = rest.map((results) => new Set(results.map((r) => r.id)));
	let results = first!.filter((r) => inAll.every((ids) => ids.has(r.id)));

	if (options.order === 'oldest') {
		const undated = await pagefind.search(query.exact[0]!, { filters: { ...filters, year: UNKNOWN } });
		const undatedIds = new Set(undated?.results.map((r) => r.id));
		results = [...results.filter((r) => !undatedIds.has(r.id)).reverse(), ...results.filter((r) => undatedIds.has(r.id))];
	} else if (options.order === 'relevance' && results.length > 1) {
		const ranked = await pagefind.search(query.ranked, { filters });
		const rank = new Map(ranked?.results.map((r, i) => [r.id, i]));
		results = results.toSorted((a, b) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity));
	}

	const facets = Object.keys(filters).length ? undefined : facetsOf(responses.map((r) => r?.filters ?? {}));
	return { query, results, facets };
}

/** The facets of a query whatever filters are chosen (call after `pagefind.filters()` has loaded the filter indexes). */
export async function queryFacets(pagefind: PagefindApi, query: ParsedQuery): Promise<Facets | undefined> {
	const responses = await Promise.all(query.exact.map((term) => pagefind.search(term)));
	return facetsOf(responses.map((r) => r?.filters ?? {}));
}

/** The facets of a query from each term's counts (the smallest count of each value); undefined before filter indexes load. */
function facetsOf(perTerm: FilterCounts[]): Facets | undefined {
	if (!perTerm.every((counts) => Object.keys(counts).length > 0)) return undefined;
	const counts: FilterCounts = {};
	for (const f of FILTERS) {
		counts[f] = {};
		for (const value of Object.keys(perTerm[0]![f] ?? {})) {
			counts[f][value] = Math.min(...perTerm.map((c) => c[f]?.[value] ?? 0));
		}
	}
	return { counts, exact: perTerm.length === 1 };
}

/**
 * Fetches the articles of `results[from, to)` and checks each really contains
 * every term (Pagefind's exact search promises it; what is shown is checked).
 * An article that fails the check is left out and reported to the console.
 */
export async function loadHits(outcome: SearchOutcome, from: number, to: number): Promise<Hit[]> {
	const data = await Promise.all(outcome.results.slice(from, to).map((r) => r.data()));
	const hits: Hit[] = [];
	for (const d of data) {
		const meta = d.meta as unknown as SearchMeta;
		const folded = foldedFromMeta(meta);
		if (matchesAll(folded, outcome.query.folded)) hits.push({ url: d.url, meta, folded });
		else console.warn(`search: ${d.url} does not contain ${outcome.query.folded.join(' ')}`);
	}
	return hits;
}
