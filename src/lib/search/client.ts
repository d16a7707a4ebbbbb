import { matchesAll, type ParsedQuery, parseQuery } from './query';
import type { SearchMeta } from './record';

/** The part of Pagefind's `pagefind.js` API the search uses. */
export interface PagefindApi {
	search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

export interface PagefindResult {
	id: string;
	score: number;
	data(): Promise<{ url: string; meta: Record<string, string> }>;
}

/** One verified result: an article that really contains every term. */
export interface Hit {
	url: string;
	meta: SearchMeta;
	/** The article's searchable text, folded (from `meta.text_hans`; see `fold.ts`). */
	folded: string;
	/** Position in Pagefind's relevance order. */
	rank: number;
}

export interface SearchOutcome {
	query: ParsedQuery;
	/** How many articles Pagefind returned before verification. */
	candidates: number;
	/** The articles that contain every term, by relevance. */
	hits: Hit[];
}

/** `meta.text_hans` is the t→cn conversion of the text; ASCII-lowercased, it is the fold. */
const foldedFromMeta = (meta: SearchMeta) => meta.text_hans.replace(/[A-Z]/g, (c) => c.toLowerCase());

/**
 * Searches: Pagefind finds every article holding all the query's tokens (a
 * superset of the articles containing the query), then each candidate is
 * checked against its folded text, so only real substring matches remain.
 */
export async function runSearch(pagefind: PagefindApi, input: string): Promise<SearchOutcome> {
	const query = parseQuery(input);
	if (!query.pagefind) return { query, candidates: 0, hits: [] };
	const response = await pagefind.search(query.pagefind);
	const results = response?.results ?? [];
	const data = await Promise.all(results.map((r) => r.data()));
	const hits: Hit[] = [];
	data.forEach((d, rank) => {
		const meta = d.meta as unknown as SearchMeta;
		const folded = foldedFromMeta(meta);
		if (matchesAll(folded, query.folded)) hits.push({ url: d.url, meta, folded, rank });
	});
	return { query, candidates: results.length, hits };
}
