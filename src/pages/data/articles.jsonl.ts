import type { APIRoute } from 'astro';
import { getArticles } from '../../site/articles';
import { articlesDataResponse } from '../../site/exports';

/** Every article's open-data record, one JSON object a line, newest first (`lib/open-data.ts`; schema: /data/articles.schema.json). */
export const GET: APIRoute = async ({ site }) => articlesDataResponse(await getArticles(), site);
