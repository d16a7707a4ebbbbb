import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import type { Edition } from '../../lib/edition';
import { feedOf } from '../../lib/feed';
import { getArticles } from '../../site/articles';
import { staticPaths } from '../../site/routes';

/** An RSS feed per edition: `/rss.xml` (简体) and `/zh-hant/rss.xml` (繁體). */
export const getStaticPaths = (() => staticPaths('[...edition]/rss.xml')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => rss(feedOf(await getArticles(), props.edition as Edition, site));
