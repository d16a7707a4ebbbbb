import type { APIRoute, GetStaticPaths } from 'astro';
import type { ExportFormat } from '../../lib/citation-export';
import type { Edition } from '../../lib/edition';
import type { Article } from '../../site/articles';
import { citationFileResponse, listingCiteRoutes } from '../../site/exports';

/**
 * The citation files of every listing, for the whole list (all its pages), next to its first page:
 * `/articles/cite.bib`, `/archive/2020/cite.ris`, `/tags/<slug>/cite.json`, `/publishers/<slug>/cite.bib`,
 * in both editions, and at a listing's former path (content/redirects.yaml), since a file cannot redirect.
 */
export const getStaticPaths = (() => listingCiteRoutes()) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => citationFileResponse(props.format as ExportFormat, props.articles as Article[], props.edition as Edition, site);
