import { highwireDate } from './dates.ts';
import type { ArticleView } from './present.ts';

/**
 * The machine-readable metadata of an article page: JSON-LD `NewsArticle`
 * (search engines), Highwire `citation_*` tags (read by Zotero and Google
 * Scholar) and Open Graph article times. `ArticleHead.astro` only renders them.
 */

/** One `<meta>` element: `name` (Highwire) or `property` (Open Graph). */
export type MetaTag = { name: string; content: string } | { property: string; content: string };

/** The article's JSON-LD, serialized for an inline `<script type="application/ld+json">`. */
export function articleJsonLd(view: ArticleView, url: string, siteName: string): string {
	const jsonLd = {
		'@context': 'https://schema.org',
		'@type': 'NewsArticle',
		headline: view.title,
		...(view.subtitle ? { alternativeHeadline: view.subtitle } : {}),
		description: view.summary,
		inLanguage: view.lang,
		url,
		mainEntityOfPage: url,
		...(view.dateTime ? { datePublished: view.dateTime } : {}),
		...(view.authorList.length ? { author: view.authorList.map((p) => ({ '@type': 'Person', name: p.name })) } : {}),
		...(view.publisherName ? { publisher: { '@type': 'Organization', name: view.publisherName } } : {}),
		isPartOf: { '@type': 'WebSite', name: siteName },
	};
	// `<` cannot end the script element early once escaped.
	return JSON.stringify(jsonLd).replaceAll('<', '\\u003c');
}

/**
 * The Highwire and Open Graph tags of an article, in document order; a tag
 * whose value is unknown is left out.
 *
 * Zotero (its Embedded Metadata translator) saves the page from these as a
 * newspaper article, as the citation files describe it: a Highwire
 * container tag would decide the item type (`citation_journal_title` makes
 * every page a journal article), so there is none; `DC.type` names Zotero's
 * type and `prism.publicationName` the newspaper, which Zotero reads before
 * `og:site_name` (the archive's own name). Title, authors, date, language
 * and URL come from the Highwire tags.
 */
export function articleMetaTags(view: ArticleView, url: string): MetaTag[] {
	const date = highwireDate(view.dateTime);
	return [
		{ name: 'citation_title', content: view.title },
		...view.authorList.map((p) => ({ name: 'citation_author', content: p.name })),
		...(date ? [{ name: 'citation_publication_date', content: date }] : []),
		...(view.publisherName ? [{ name: 'citation_publisher', content: view.publisherName }, { name: 'prism.publicationName', content: view.publisherName }] : []),
		{ name: 'citation_language', content: view.lang },
		{ name: 'citation_public_url', content: url },
		{ name: 'DC.type', content: 'newspaperArticle' },
		...(view.dateTime ? [{ property: 'article:published_time', content: view.dateTime }] : []),
	];
}
