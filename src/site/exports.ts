import { groupByDate } from '../lib/archive';
import { articleCitation } from '../lib/citation';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, type ExportEntry, type ExportFormat, exportFile } from '../lib/citation-export';
import { EDITIONS, type Edition } from '../lib/edition';
import { articleRecord, jsonLine, jsonLines } from '../lib/open-data';
import { articleView } from '../lib/present';
import { pageRedirects } from '../lib/redirects';
import { absolute, listPath, publisherPath, tagPath, yearPath } from '../lib/urls';
import { groupByPublisher } from '../lib/publishers';
import { groupByTag } from '../lib/tags';
import { type Article, getArticles, taxonomy } from './articles';
import { citationFileKey } from './page-keys';

/**
 * The citation files (`cite.bib`, `cite.ris`, `cite.json`) of article pages
 * and listings, and the open data files: the routes' shared parts, so each
 * endpoint only says which articles it exports.
 */

/** What a citation file route renders: the articles it exports, in order, in one edition. */
export interface CitationFileProps {
	edition: Edition;
	articles: readonly Article[];
}

/** Each of a citation file route's `getStaticPaths` entries once per format, `format` in its params and props, with the file's `cacheKey`. */
export function withFormats<P extends object, Q extends CitationFileProps>(paths: readonly { params: P; props: Q }[]) {
	return paths.flatMap(({ params, props }) =>
		EXPORT_FORMATS.map((format) => ({ params: { ...params, format }, props: { ...props, format }, cacheKey: citationFileKey(props.edition, format, props.articles) })),
	);
}

/**
 * The routes of every listing's citation files (`[...listing]/cite.[format]`): the article list, each
 * year, tag and publisher, in both editions, each with all its articles in the listing's order; a
 * listing's former path (a recorded page redirect) serves the same files.
 */
export async function listingCiteRoutes() {
	const articles = await getArticles();
	const { years } = groupByDate(articles);
	const listings = new Map<string, { edition: Edition; articles: readonly Article[] }>([
		...EDITIONS.map((edition) => [listPath(edition), { edition, articles }] as const),
		...EDITIONS.flatMap((edition) => years.map((y) => [yearPath(edition, y.year), { edition, articles: y.months.flatMap((m) => m.items) }] as const)),
		...EDITIONS.flatMap((edition) => groupByTag(taxonomy, articles).map((group) => [tagPath(edition, group.tag.slug), { edition, articles: group.items }] as const)),
		...EDITIONS.flatMap((edition) => groupByPublisher(articles).map((group) => [publisherPath(edition, group.slug), { edition, articles: group.items }] as const)),
	]);
	for (const [former, current] of Object.entries(pageRedirects())) {
		const listing = listings.get(current);
		if (listing) listings.set(former, listing);
	}
	return withFormats([...listings].map(([path, props]) => ({ params: { listing: path.slice(1, -1) }, props })));
}

/** The citation of each article in one edition, as the article page cites it, keyed by slug. */
function exportEntries(articles: readonly Article[], edition: Edition, site: URL | undefined): ExportEntry[] {
	return articles.map(({ data }) => {
		const view = articleView(data, edition);
		return { key: data.slug, ...articleCitation(view, data.date, absolute(view.href, site)) };
	});
}

/** A citation file of these articles, in the listing's order. (A static build writes the body; the type is for `astro dev`.) */
export function citationFileResponse(format: ExportFormat, articles: readonly Article[], edition: Edition, site: URL | undefined): Response {
	return new Response(exportFile(format, exportEntries(articles, edition, site)), { headers: { 'Content-Type': EXPORT_MEDIA_TYPES[format] } });
}

/** One article's open-data record, as JSON. */
export function articleDataResponse(article: Article, site: URL | undefined): Response {
	return new Response(`${jsonLine(articleRecord(article.data, article.body ?? '', site))}\n`, { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
}

/** Every article's open-data record, as JSON Lines. */
export function articlesDataResponse(articles: readonly Article[], site: URL | undefined): Response {
	return new Response(jsonLines(articles.map((a) => articleRecord(a.data, a.body ?? '', site))), { headers: { 'Content-Type': 'application/jsonl; charset=utf-8' } });
}
