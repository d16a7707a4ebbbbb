import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, articlesBySlug } from '../../../site/articles';
import { articleDataResponse } from '../../../site/exports';
import { articleRecordKey } from '../../../site/page-keys';

/** One article's open-data record: `/data/articles/<slug>.json`, the same object as its line in /data/articles.jsonl (a former slug serves it too). */
export const getStaticPaths = (async () => [...(await articlesBySlug())].map(([slug, article]) => ({ params: { slug }, props: { article }, cacheKey: articleRecordKey(article) }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => articleDataResponse(props.article as Article, site);
