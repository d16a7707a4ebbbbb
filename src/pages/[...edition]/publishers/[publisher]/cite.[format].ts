import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../../../lib/citation-export';
import type { Edition } from '../../../../lib/edition';
import { type Article, publisherPages } from '../../../../site/articles';
import { citationFileResponse, withFormats } from '../../../../site/exports';

/** Citation files of every article of a publisher (all its pages), newest first: `/publishers/<slug>/cite.bib`, `.ris`, `.json`. */
export const getStaticPaths = (async () =>
	withFormats((await publisherPages()).filter((p) => p.props.page.number === 1).map(({ params, props }) => ({ params, props: { edition: props.edition, articles: props.group.items } })))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => citationFileResponse(props.format as ExportFormat, props.articles as Article[], props.edition as Edition, site);
