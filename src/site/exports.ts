import { articleCitation } from '../lib/citation';
import { EXPORT_FORMATS, EXPORT_MEDIA_TYPES, type ExportEntry, type ExportFormat, exportFile } from '../lib/citation-export';
import type { Edition } from '../lib/edition';
import { articleRecord, jsonLine, jsonLines } from '../lib/open-data';
import { articleView } from '../lib/present';
import { absolute } from '../lib/urls';
import type { Article } from './articles';

/**
 * The citation files (`cite.bib`, `cite.ris`, `cite.json`) of article pages
 * and listings, and the open data files: the routes' shared parts, so each
 * endpoint only says which articles it exports.
 */

/** Each of a page's `getStaticPaths` entries once per citation format, `format` in its params and props. */
export function withFormats<P extends object, Q extends object>(paths: readonly { params: P; props: Q }[]) {
	return paths.flatMap(({ params, props }) => EXPORT_FORMATS.map((format) => ({ params: { ...params, format }, props: { ...props, format } })));
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
