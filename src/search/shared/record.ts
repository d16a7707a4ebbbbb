import type { ArticleFrontmatter } from '../../schemas/article';
import { dateTimeAttribute } from '../../lib/dates';
import { compareArticlesNewestFirst } from '../../lib/order';
import { type Filter, publisherFilter, UNKNOWN } from './filters';
import { fold, foldForMatching } from '../../lib/fold';
import { searchableParts } from './text';
import { indexTokens } from './tokens';
import { MONTH_FILTER, monthFilter } from './range';

/**
 * What the search page gets for one article (Pagefind `meta`, all strings).
 * Text comes in both editions, the same length as its fold, so a match found
 * in the fold is at the same place in either edition.
 */
export interface SearchMeta {
	script: ArticleFrontmatter['script'];
	title_hans: string;
	title_hant: string;
	publisher_hans: string;
	publisher_hant: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the date's precision; empty when unknown. */
	date: string;
	text_hans: string;
	text_hant: string;
	/** Where the body starts in the text (before it: title, publisher, bylines). */
	body_at: string;
}

/** The Pagefind filters of an article (see `filters.ts`), and its month for date ranges (`range.ts`). */
export type SearchFilters = Record<Filter | typeof MONTH_FILTER, string[]>;

export interface SearchRecord {
	url: string;
	content: string;
	language: 'zxx';
	meta: SearchMeta & Record<string, string>;
	filters: SearchFilters & Record<string, string[]>;
	/** The folded searchable text (not sent to Pagefind; for tests and measurements). */
	folded: string;
	/** The article's date and slug (not sent to Pagefind; the archive's order, see `compareRecordsNewestFirst`). */
	order: Pick<ArticleFrontmatter, 'date' | 'slug'>;
}

/** Converts Simplified text to Traditional without changing its length (build time only). */
export type ToTraditional = (text: string) => string;

/** The fields of an article a record needs. */
export type RecordData = Pick<
	ArticleFrontmatter,
	'slug' | 'script' | 'title' | 'kicker' | 'subtitle' | 'publisher' | 'authors' | 'editors' | 'date' | 'tags'
>;

/** The record of an article given its data and plain body text. */
export function searchRecordOf(
	data: RecordData,
	body: string,
	toTraditional: ToTraditional,
	url: (slug: string) => string,
): SearchRecord {
	const { text, bodyAt } = searchableParts(data, body);
	const hans = (s: string) => foldForMatching(s);
	const hant = (s: string) => (data.script === 'hant' ? s : toTraditional(s));
	const folded = fold(text);
	const date = dateTimeAttribute(data.date) ?? '';
	const publisherHans = hans(data.publisher);
	// Metadata may be in either script whatever the article's script (e.g. 金华日报 on a 繁 article).
	const publisherHant = toTraditional(publisherHans);
	return {
		url: url(data.slug),
		content: indexTokens(folded).join(' '),
		language: 'zxx',
		folded,
		order: { date: data.date, slug: data.slug },
		meta: {
			script: data.script,
			title_hans: hans(data.title),
			title_hant: hant(data.title),
			publisher_hans: publisherHans,
			publisher_hant: publisherHant,
			date,
			text_hans: hans(text),
			text_hant: hant(text),
			body_at: String(bodyAt),
		},
		filters: {
			publisher: [publisherFilter(publisherHans, publisherHant)],
			year: [date.slice(0, 4) || UNKNOWN],
			tag: [...data.tags],
			[MONTH_FILTER]: [monthFilter(date)],
		},
	};
}

/**
 * The archive's order, newest first, undated last, as the site lists articles
 * (`src/lib/order.ts`). The index holds its records in this order, so an
 * exact search returns its results by date without a sort index.
 */
export const compareRecordsNewestFirst = (a: SearchRecord, b: SearchRecord): number =>
	compareArticlesNewestFirst(a.order, b.order);
