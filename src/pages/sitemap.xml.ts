import type { APIRoute } from 'astro';
import { groupByDate } from '../lib/archive';
import { getArticles, publisherPages, tagPages } from '../site/articles';
import { paginate } from '../lib/paginate';
import { archivePath, articlePath, homePath, listPath, publisherPath, publishersPath, switchEdition, tagPath, tagsPath, yearPath } from '../lib/urls';

/**
 * Every page of the 简体 edition with its 繁體 alternate (and vice versa):
 * one `<url>` per page and edition, each listing both as `xhtml:link`.
 * Redirects (former slugs), the 404 page and the raw files are left out.
 */
export const GET: APIRoute = async ({ site }) => {
	const articles = await getArticles();
	const hans = [
		homePath('hans'),
		...paginate(articles).map((p) => listPath('hans', p.number)),
		archivePath('hans'),
		...groupByDate(articles).years.map((y) => yearPath('hans', y.year)),
		publishersPath('hans'),
		...(await publisherPages())
			.filter((p) => p.props.edition === 'hans')
			.map((p) => publisherPath('hans', p.props.group.slug, p.props.page.number)),
		tagsPath('hans'),
		...(await tagPages())
			.filter((p) => p.props.edition === 'hans')
			.map((p) => tagPath('hans', p.props.group.tag.slug, p.props.page.number)),
		...articles.map((a) => articlePath('hans', a.data.slug)),
	];
	const abs = (path: string) => new URL(path, site).href;
	const entry = (path: string) => {
		const alt = (lang: string, p: string) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${abs(p)}"/>`;
		return `<url><loc>${abs(path)}</loc>${alt('zh-Hans', switchEdition(path, 'hans'))}${alt('zh-Hant', switchEdition(path, 'hant'))}</url>`;
	};
	const urls = hans.flatMap((p) => [entry(p), entry(switchEdition(p, 'hant'))]);
	const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
	return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
