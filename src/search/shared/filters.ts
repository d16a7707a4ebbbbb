/**
 * The Pagefind filters every article carries, so the search page can filter
 * and count by them from the index alone: `publisher` (both editions'
 * spellings, `简\t繁`, so either edition can label it; the URL names it by its
 * Simplified spelling), `year` (`YYYY`) and `tag` (tag ids). An unknown
 * publisher or year is `unknown`.
 */
export const FILTERS = ['publisher', 'year', 'tag'] as const;
export type Filter = (typeof FILTERS)[number];

export const UNKNOWN = 'unknown';

/** A publisher's filter value from its spellings in both editions. */
export const publisherFilter = (hans: string, hant: string): string => (hans ? `${hans}\t${hant}` : UNKNOWN);

/** How a filter value is written in the page's URL and form. */
export const urlValue = (filter: Filter, value: string): string => (filter === 'publisher' ? value.split('\t')[0]! : value);

/** A publisher filter value's spelling in one edition. */
export const publisherName = (value: string, script: 'hans' | 'hant'): string => {
	const [hans, hant] = value.split('\t');
	return (script === 'hant' ? hant : hans) || hans!;
};
