import { switchEdition } from './urls';

/**
 * The sitemap of the pages at `paths` (简体, site-absolute) and their 繁體
 * twins: one `<url>` per page and edition, each listing both editions as
 * `xhtml:link` alternates.
 */
export function sitemapXml(paths: readonly string[], site: URL | string | undefined): string {
	const abs = (path: string) => new URL(path, site).href;
	const alternate = (lang: string, path: string) => `<xhtml:link rel="alternate" hreflang="${lang}" href="${abs(path)}"/>`;
	const entry = (path: string) => `<url><loc>${abs(path)}</loc>${alternate('zh-Hans', switchEdition(path, 'hans'))}${alternate('zh-Hant', switchEdition(path, 'hant'))}</url>`;
	const urls = paths.flatMap((path) => [entry(path), entry(switchEdition(path, 'hant'))]);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n${urls.join('\n')}\n</urlset>\n`;
}
