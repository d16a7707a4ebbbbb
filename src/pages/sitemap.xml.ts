import type { APIRoute } from 'astro';
import { sitemapXml } from '../lib/sitemap';
import { sitemapPaths } from '../site/routes';

/** Every page in both editions (`siteRoutes`); redirects (former slugs), the search page, feeds, the 404 page and the raw files are left out. */
export const GET: APIRoute = async ({ site }) =>
	new Response(sitemapXml(await sitemapPaths(), site), { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
