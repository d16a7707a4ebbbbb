import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../../../lib/citation-export';
import { EDITIONS, type Edition } from '../../../../lib/edition';
import { editionParam } from '../../../../lib/urls';
import { type Article, articlesBySlug } from '../../../../site/articles';
import { citationFileResponse, withFormats } from '../../../../site/exports';

/**
 * An article's citation files, next to its page: `/articles/<slug>/cite.bib`, `.ris`, `.json`, in both
 * editions; a former slug serves the same files (a file cannot redirect).
 */
export const getStaticPaths = (async () => {
	const bySlug = await articlesBySlug();
	return withFormats(EDITIONS.flatMap((edition) => [...bySlug].map(([slug, article]) => ({ params: { edition: editionParam(edition), slug }, props: { edition, articles: [article] } }))));
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => citationFileResponse(props.format as ExportFormat, props.articles as Article[], props.edition as Edition, site);
