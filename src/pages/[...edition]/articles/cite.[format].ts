import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../../lib/citation-export';
import type { Edition } from '../../../lib/edition';
import { editionPaths, getArticles } from '../../../site/articles';
import { citationFileResponse, withFormats } from '../../../site/exports';

/** Citation files of every article, newest first: `/articles/cite.bib`, `.ris`, `.json`, in both editions. */
export const getStaticPaths = (() => withFormats(editionPaths())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => citationFileResponse(props.format as ExportFormat, await getArticles(), props.edition as Edition, site);
