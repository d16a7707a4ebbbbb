import type { ArticleFrontmatter } from '../../schemas/article';
import { dateTimeAttribute } from '../dates';
import { fold, toSimplifiedSameLength } from './fold';
import { bodyText, frontmatter, searchableParts } from './text';
import { indexTokens } from './tokens';

/**
 * What the search page gets for one article (Pagefind `meta`, all strings).
 * Text comes in both editions, the same length as its fold, so a match found
 * in the fold is at the same place in either edition.
 */
export interface SearchMeta {
	/** Pagefind's own title field (the original script). */
	title: string;
	slug: string;
	script: ArticleFrontmatter['script'];
	title_hans: string;
	title_hant: string;
	publisher_hans: string;
	publisher_hant: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` at the date's precision; empty when unknown. */
	date: string;
	/** Tag ids, comma-separated. */
	tags: string;
	text_hans: string;
	text_hant: string;
	/** Where the body starts in the text (before it: title, publisher, bylines). */
	body_at: string;
}

export interface SearchRecord {
	url: string;
	content: string;
	language: 'zh';
	meta: SearchMeta & Record<string, string>;
	/** The folded searchable text (not sent to Pagefind; for tests and measurements). */
	folded: string;
}

/** Converts Simplified text to Traditional without changing its length (build time only). */
export type ToTraditional = (text: string) => string;

/** The record of an MDX article. */
export function searchRecord(source: string, toTraditional: ToTraditional, url: (slug: string) => string): SearchRecord {
	return searchRecordOf(frontmatter(source), bodyText(source), toTraditional, url);
}

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
	const hans = (s: string) => toSimplifiedSameLength(s);
	const hant = (s: string) => (data.script === 'hant' ? s : toTraditional(s));
	const folded = fold(text);
	return {
		url: url(data.slug),
		content: indexTokens(folded).join(' '),
		language: 'zh',
		folded,
		meta: {
			title: data.title,
			slug: data.slug,
			script: data.script,
			title_hans: hans(data.title),
			title_hant: hant(data.title),
			publisher_hans: hans(data.publisher),
			// Metadata may be in either script whatever the article's script (e.g. 金华日报 on a 繁 article).
			publisher_hant: toTraditional(hans(data.publisher)),
			date: dateTimeAttribute(data.date) ?? '',
			tags: data.tags.join(','),
			text_hans: hans(text),
			text_hant: hant(text),
			body_at: String(bodyAt),
		},
	};
}
