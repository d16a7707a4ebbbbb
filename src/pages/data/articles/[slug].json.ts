import type { APIRoute, GetStaticPaths } from 'astro';
import { type Article, getArticles } from '../../../site/articles';
import { articleDataResponse } from '../../../site/exports';

/** One article's open-data record: `/data/articles/<slug>.json`, the same object as its line in /data/articles.jsonl. */
export const getStaticPaths = (async () => (await getArticles()).map((article) => ({ params: { slug: article.data.slug }, props: { article } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => articleDataResponse(props.article as Article, site);
