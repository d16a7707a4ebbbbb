import { type YearGroup, groupByDate } from '../lib/archive';
import { EDITIONS, type Edition } from '../lib/edition';
import { LATEST_ON_HOME, paginate } from '../lib/paginate';
import { aliasRedirects } from '../lib/permalinks';
import { archiveIndexEntries, type IndexEntry, publisherIndexEntries, tagIndexEntries } from '../lib/indexes';
import { labelsFor } from '../lib/labels';
import { articleListing, type ListingView, publisherListing, tagListing } from '../lib/listing';
import { groupByPublisher } from '../lib/publishers';
import { expectQrCodes } from '../lib/qr';
import { rawRedirects } from '../lib/redirects';
import { groupByTag, tagIndex, tagsOf } from '../lib/tags';
import type { Tag } from '../lib/taxonomy';
import { archivePath, articlePath, dataPagePath, editionParam, feedPath, homePath, listPath, publisherPath, publishersPath, rawPath, searchPath, tagPath, tagsPath, yearPath } from '../lib/urls';
import { routeCacheKeys } from './page-keys';
import { archivePictures, type ArchivePictures, type ListingPictures } from './pictures';
import type { TimelinePicture } from '../lib/timeline';
import { type Article, getArticles, type Neighbours, neighboursOf, type Related, relatedOf, taxonomy } from './articles';

/**
 * Every page and file the site builds, worked out once per version of the
 * collection: each page file's `getStaticPaths` takes its own routes
 * (`staticPaths`), and the sitemap lists the pages among them
 * (`sitemapPaths`), so no list of URLs is written twice.
 */

/** `getStaticPaths` params of a page under `[...edition]/`: `edition` is `undefined` for the unprefixed 简体 edition. */
type EditionParams<Names extends string = never> = { edition: string | undefined } & { [Name in Names]: string };

interface Route<Page extends string, Params, Props> {
	/** The page file under `src/pages/` that renders it, without its extension. */
	page: Page;
	/** Its path on the site. */
	path: string;
	/** Whether the sitemap lists it: every page but redirects, the search page, the feeds and the raw files. */
	listed: boolean;
	params: Params;
	props: Props;
	/** A hash of everything the page shows, for Astro's incremental build (`page-keys.ts`); set by `siteRoutes()`. */
	cacheKey?: string;
}


/** A page of a listing of articles (`ListingPage.astro`). */
type Listing = ListingView<Article> & { pictures?: ListingPictures };
export type ArticlePageProps =
	| { edition: Edition; article: Article; neighbours: Neighbours; tags: Tag[]; related: Related[]; redirectTo?: undefined }
	| { edition: Edition; article?: undefined; redirectTo: string };

export type SiteRoute =
	| Route<'[...edition]/index', EditionParams, { edition: Edition; latest: readonly Article[]; count: number; timeline: TimelinePicture }>
	| Route<'[...edition]/articles/index', EditionParams, Listing>
	| Route<'[...edition]/articles/page/[page]', EditionParams<'page'>, Listing>
	| Route<'[...edition]/archive/index', EditionParams, { edition: Edition; years: ReturnType<typeof archiveIndexEntries>; undated: Article[]; timeline: TimelinePicture }>
	| Route<'[...edition]/archive/[year]', EditionParams<'year'>, { edition: Edition; group: YearGroup<Article>; timeline: TimelinePicture }>
	| Route<'[...edition]/publishers/index', EditionParams, { edition: Edition; title: string; entries: IndexEntry[] }>
	| Route<'[...edition]/publishers/[publisher]/index', EditionParams<'publisher'>, Listing>
	| Route<'[...edition]/publishers/[publisher]/page/[page]', EditionParams<'publisher' | 'page'>, Listing>
	| Route<'[...edition]/tags/index', EditionParams, { edition: Edition; title: string; kinds: ReturnType<typeof tagIndexEntries> }>
	| Route<'[...edition]/tags/[tag]/index', EditionParams<'tag'>, Listing>
	| Route<'[...edition]/tags/[tag]/page/[page]', EditionParams<'tag' | 'page'>, Listing>
	| Route<'[...edition]/articles/[slug]/index', EditionParams<'slug'>, ArticlePageProps>
	| Route<'[...edition]/search/index', EditionParams, { edition: Edition }>
	| Route<'[...edition]/data/index', EditionParams, { edition: Edition; count: number }>
	| Route<'[...edition]/rss.xml', EditionParams, { edition: Edition }>
	| Route<'raw/[file]', { file: string }, { path: string; encoding: string }>;

export type PageFile = SiteRoute['page'];
type RouteOf<P extends PageFile> = Extract<SiteRoute, { page: P }>;
type StaticPath<P extends PageFile> = Pick<RouteOf<P>, 'params' | 'props' | 'cacheKey'>;

/** Routes already worked out, per version of the collection (`getArticles` returns the same array for the same version). */
const built = new WeakMap<readonly Article[], SiteRoute[]>();

/** Every route of the site: the pages of each edition (简体 first, in the same order in both), then the raw files. */
export async function siteRoutes(): Promise<SiteRoute[]> {
	const articles = await getArticles();
	let routes = built.get(articles);
	if (!routes) {
		const cacheKey = routeCacheKeys(articles);
		const groups = archiveGroups(articles);
		const pictures = archivePictures(taxonomy, articles, groups);
		routes = [...EDITIONS.flatMap((edition) => editionRoutes(edition, articles, groups, pictures)), ...rawRoutes(articles)].map((route) => ({ ...route, cacheKey: cacheKey(route) }) as SiteRoute);
		built.set(articles, routes);
		// A build renders the article pages in this order, each with the QR code of its permalink
		// (a dev server renders only the pages asked for).
		if (!import.meta.env.DEV) expectQrCodes(routes.flatMap((route) => (route.page === '[...edition]/articles/[slug]/index' && route.props.article ? [route.path] : [])));
	}
	return routes;
}

/** The `getStaticPaths` entries of one page file. */
export async function staticPaths<P extends PageFile>(page: P): Promise<StaticPath<P>[]> {
	const own = (await siteRoutes()).filter((route): route is RouteOf<P> => route.page === page);
	// (TypeScript does not follow one route's params and props together through a generic page name.)
	return own.map((route) => ({ params: route.params, props: route.props, cacheKey: route.cacheKey }) as StaticPath<P>);
}

/** The paths of the 简体 pages the sitemap lists; each has its 繁體 twin at the same path under `/zh-hant/`. */
export async function sitemapPaths(): Promise<string[]> {
	return (await siteRoutes()).filter((route) => route.listed && 'edition' in route.props && route.props.edition === 'hans').map((route) => route.path);
}

/** A listing's pictures go on its first page only. */
const pictureOnFirst = (page: { number: number }, pictures: ListingPictures | undefined) => (page.number === 1 ? pictures : undefined);

/** The archive's groupings, the same in both editions: made once per build. */
function archiveGroups(articles: readonly Article[]) {
	return {
		...groupByDate(articles),
		list: paginate(articles),
		publishers: groupByPublisher(articles),
		tags: groupByTag(taxonomy, articles),
		redirects: aliasRedirects(articles.map((a) => a.data)),
		bySlug: new Map(articles.map((a) => [a.data.slug, a])),
	};
}

function editionRoutes(edition: Edition, articles: readonly Article[], groups: ReturnType<typeof archiveGroups>, pictures: ArchivePictures): SiteRoute[] {
	const t = labelsFor(edition);
	const edition_ = editionParam(edition);
	const { list, years, undated, publishers, tags, redirects, bySlug } = groups;
	const page = <P extends string>(name: P, path: string) => ({ page: name, path, listed: true, params: { edition: edition_ } });
	return [
		{ ...page('[...edition]/index', homePath(edition)), props: { edition, latest: articles.slice(0, LATEST_ON_HOME), count: articles.length, timeline: pictures.archive } },
		{ ...page('[...edition]/articles/index', listPath(edition)), props: articleListing(list[0]!, articles.length, edition) },
		...list.slice(1).map((p) => ({
			...page('[...edition]/articles/page/[page]', listPath(edition, p.number)),
			params: { edition: edition_, page: String(p.number) },
			props: articleListing(p, articles.length, edition),
		})),
		{ ...page('[...edition]/archive/index', archivePath(edition)), props: { edition, years: archiveIndexEntries(years, edition), undated, timeline: pictures.archive } },
		...years.map((group) => ({
			...page('[...edition]/archive/[year]', yearPath(edition, group.year)),
			params: { edition: edition_, year: String(group.year) },
			props: { edition, group, timeline: pictures.years.get(group.year)! },
		})),
		{ ...page('[...edition]/publishers/index', publishersPath(edition)), props: { edition, title: t.publishersTitle, entries: publisherIndexEntries(publishers, edition) } },
		...publishers.flatMap((group) =>
			paginate(group.items).map((p): SiteRoute => {
				const path = publisherPath(edition, group.slug, p.number);
				const props = { ...publisherListing(group, p, edition), pictures: pictureOnFirst(p, { timeline: pictures.publishers.get(group.slug)! }) };
				return p.number === 1
					? { ...page('[...edition]/publishers/[publisher]/index', path), params: { edition: edition_, publisher: group.slug }, props }
					: { ...page('[...edition]/publishers/[publisher]/page/[page]', path), params: { edition: edition_, publisher: group.slug, page: String(p.number) }, props };
			}),
		),
		{ ...page('[...edition]/tags/index', tagsPath(edition)), props: { edition, title: t.tagsTitle, kinds: tagIndexEntries(tagIndex(tags), edition) } },
		...tags.flatMap((group) =>
			paginate(group.items).map((p): SiteRoute => {
				const path = tagPath(edition, group.tag.slug, p.number);
				const props = { ...tagListing(group, p, edition), pictures: pictureOnFirst(p, pictures.tags.get(group.tag.id)) };
				return p.number === 1
					? { ...page('[...edition]/tags/[tag]/index', path), params: { edition: edition_, tag: group.tag.slug }, props }
					: { ...page('[...edition]/tags/[tag]/page/[page]', path), params: { edition: edition_, tag: group.tag.slug, page: String(p.number) }, props };
			}),
		),
		...articles.map((article) => ({
			...page('[...edition]/articles/[slug]/index', articlePath(edition, article.data.slug)),
			params: { edition: edition_, slug: article.data.slug },
			props: { edition, article, neighbours: neighboursOf(article.data.slug, bySlug), tags: tagsOf(taxonomy, article.data.tags), related: relatedOf(article.data.slug, bySlug) },
		})),
		// A former slug (`aliases`) that is not some article's current slug redirects to the article.
		...[...redirects].map(([alias, slug]) => ({
			...page('[...edition]/articles/[slug]/index', articlePath(edition, alias)),
			listed: false,
			params: { edition: edition_, slug: alias },
			props: { edition, redirectTo: slug },
		})),
		{ ...page('[...edition]/search/index', searchPath(edition)), listed: false, props: { edition } },
		{ ...page('[...edition]/data/index', dataPagePath(edition)), props: { edition, count: articles.length } },
		{ ...page('[...edition]/rss.xml', feedPath(edition)), listed: false, props: { edition } },
	];
}

/**
 * Each article's raw file, and each former name recorded in
 * `content/redirects.yaml`, which keeps serving the same text so a link to it
 * never breaks.
 */
function rawRoutes(articles: readonly Article[]): SiteRoute[] {
	const byPath = new Map(articles.map(({ data }) => [rawPath(data.raw.path), data.raw]));
	const formerNames = [...rawRedirects()].flatMap(([former, current]) => (byPath.has(current) ? [[former, byPath.get(current)!] as const] : []));
	return [...byPath, ...formerNames].map(([path, raw]) => ({
		page: 'raw/[file]',
		path,
		listed: false,
		params: { file: path.slice('/raw/'.length) },
		props: { path: raw.path, encoding: raw.encoding },
	}));
}
