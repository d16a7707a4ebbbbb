import type { APIRoute, GetStaticPaths } from 'astro';
import { groupByDate } from '../../../../lib/archive';
import type { ExportFormat } from '../../../../lib/citation-export';
import { EDITIONS, type Edition } from '../../../../lib/edition';
import { editionParam } from '../../../../lib/urls';
import { type Article, getArticles } from '../../../../site/articles';
import { citationFileResponse, withFormats } from '../../../../site/exports';

/** Citation files of a year's articles, newest first: `/archive/2020/cite.bib`, `.ris`, `.json`. */
export const getStaticPaths = (async () => {
	const { years } = groupByDate(await getArticles());
	return withFormats(
		EDITIONS.flatMap((edition) =>
			years.map((group) => ({ params: { edition: editionParam(edition), year: String(group.year) }, props: { edition, articles: group.months.flatMap((m) => m.items) } })),
		),
	);
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => citationFileResponse(props.format as ExportFormat, props.articles as Article[], props.edition as Edition, site);
