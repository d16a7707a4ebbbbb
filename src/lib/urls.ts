import type { Edition } from './edition';

/**
 * The URL scheme. The 简体 edition keeps the unprefixed paths the site always
 * had (`/articles/<slug>/`); the 繁體 edition lives under `/zh-hant/`. Every
 * path ends in a slash (`trailingSlash: 'always'`).
 */
export const EDITION_PREFIX: Record<Edition, string> = { hans: '', hant: '/zh-hant' };

/** The `[...edition]` route parameter for an edition: `undefined` is the unprefixed 简体 edition. */
export function editionParam(edition: Edition): string | undefined {
	return edition === 'hant' ? 'zh-hant' : undefined;
}

/** `path` (starting with `/`) in the given edition. */
export function inEdition(edition: Edition, path: string): string {
	return EDITION_PREFIX[edition] + path;
}

/** The same page in another edition: strips the prefix of the current one. */
export function switchEdition(path: string, to: Edition): string {
	const bare = path.startsWith('/zh-hant/') ? path.slice('/zh-hant'.length) : path;
	return inEdition(to, bare);
}

export const homePath = (e: Edition) => inEdition(e, '/');
export const articlePath = (e: Edition, slug: string) => inEdition(e, `/articles/${slug}/`);
/** The list of every article; page 1 is `/articles/`, then `/articles/page/2/`… */
export const listPath = (e: Edition, page = 1) => inEdition(e, page > 1 ? `/articles/page/${page}/` : '/articles/');
export const archivePath = (e: Edition) => inEdition(e, '/archive/');
export const yearPath = (e: Edition, year: number | string) => inEdition(e, `/archive/${year}/`);
/** The id of a month's section on its year's page (`m-09`); articles known only to the year are under `m-unknown`. */
export const monthAnchor = (month?: number) => (month ? `m-${String(month).padStart(2, '0')}` : 'm-unknown');
/** A month is a section of its year's page. */
export const monthPath = (e: Edition, year: number, month?: number) => `${yearPath(e, year)}#${monthAnchor(month)}`;
export const publishersPath = (e: Edition) => inEdition(e, '/publishers/');
export const publisherPath = (e: Edition, slug: string, page = 1) =>
	inEdition(e, page > 1 ? `/publishers/${slug}/page/${page}/` : `/publishers/${slug}/`);
/** The search page (`?q=…`). */
export const searchPath = (e: Edition) => inEdition(e, '/search/');
export const feedPath = (e: Edition) => inEdition(e, '/rss.xml');
/**
 * The raw file an article was cleaned from, served decoded as UTF-8 text.
 * The URL always ends in `.txt`: static hosts pick the type by extension, and
 * a saved web page served as `.html` would run its scripts on the archive's origin.
 */
export const rawPath = (rawFile: string) => {
	const name = rawFile.split('/').at(-1)!;
	return `/raw/${name.toLowerCase().endsWith('.txt') ? name : `${name}.txt`}`;
};

/** An absolute URL on the site. */
export function absolute(path: string, site: URL | string | undefined): string {
	return new URL(path, site ?? 'http://localhost:4321').href;
}
export const tagsPath = (e: Edition) => inEdition(e, '/tags/');
/** A tag's articles; page 1 is `/tags/<slug>/`, then `/tags/<slug>/page/2/`… */
export const tagPath = (e: Edition, slug: string, page = 1) => inEdition(e, page > 1 ? `/tags/${slug}/page/${page}/` : `/tags/${slug}/`);

/**
 * A page's citation file in one format (`bib`, `ris`, `json`), next to the
 * page: `/articles/<slug>/cite.bib`, `/tags/<slug>/cite.ris`,
 * `/zh-hant/publishers/<slug>/cite.json`… (`pagePath` ends in `/`).
 */
export const citeFilePath = (pagePath: string, format: string) => `${pagePath}cite.${format}`;
/** The open data page (licence, formats, links), in each edition. */
export const dataPagePath = (e: Edition) => inEdition(e, '/data/');
/** Open data, one copy for both editions: every article as JSON Lines, its JSON Schema, and one article's record. */
export const articlesDataPath = '/data/articles.jsonl';
export const articlesSchemaPath = '/data/articles.schema.json';
export const articleDataPath = (slug: string) => `/data/articles/${slug}.json`;
