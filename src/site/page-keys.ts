import { groupByDate, type YearGroup } from '../lib/archive';
import { recordedAnchors } from '../lib/article-paragraphs';
import type { Edition } from '../lib/edition';
import { articlePageKey, listingPageKey, rawFileKey, redirectPageKey, type SiteInputs, summaryPageKey } from '../lib/page-keys';
import { LATEST_ON_HOME, type Page, paginate } from '../lib/paginate';
import { groupByPublisher, type PublisherGroup } from '../lib/publishers';
import { groupByTag, type TagGroup } from '../lib/tags';
import { type Article, type ArticleRoute, getArticles, taxonomy } from './articles';

/**
 * Each page's `cacheKey` for Astro's incremental build (`src/lib/page-keys.ts`
 * says what goes in a key). A page's `getStaticPaths` passes its entries
 * through the function named after it here, which adds the key made from the
 * same data the page renders.
 */

const site: SiteInputs = { taxonomy };

type Keyed<T> = T & { cacheKey: string };
const keyed = <T>(routes: readonly T[], key: (route: T) => string): Keyed<T>[] => routes.map((route) => ({ ...route, cacheKey: key(route) }));

interface EditionRoute {
	props: { edition: Edition };
}

/** Article pages (the article, its anchors, neighbours and related articles) and former slugs' redirects. */
export const withArticleKeys = (routes: readonly ArticleRoute[]) =>
	keyed(routes, ({ params, props }) =>
		props.article
			? articlePageKey(site, {
					edition: props.edition,
					article: { data: props.article.data, body: props.article.body ?? '' },
					recordedAnchors: recordedAnchors(props.article.data),
					neighbours: { older: props.neighbours.older?.data, newer: props.neighbours.newer?.data },
					related: props.related.map(({ article, sharedTags }) => ({ data: article.data, sharedTags: sharedTags.map((tag) => tag.id) })),
				})
			: redirectPageKey(props.edition, params.slug, props.redirectTo),
	);

/** The home page: the number of articles and the latest ones. */
export async function withHomeKeys<T extends EditionRoute>(routes: readonly T[]) {
	const articles = await getArticles();
	return keyed(routes, ({ props }) => listingPageKey(site, props.edition, 'home', articles.length, articles.slice(0, LATEST_ON_HOME)));
}

/** The first page of all articles (`/articles/`): the number of articles, of pages, and the first page's articles. */
export async function withArticleIndexKeys<T extends EditionRoute>(routes: readonly T[]) {
	const articles = await getArticles();
	const first = paginate(articles)[0]!;
	return keyed(routes, ({ props }) => listingPageKey(site, props.edition, 'articles', [articles.length, first.total], first.items));
}

/** Later pages of all articles: the page's number, the number of pages and its articles. */
export const withArticlePageKeys = <T extends { props: { edition: Edition; page: Page<Article> } }>(routes: readonly T[]) =>
	keyed(routes, ({ props: { edition, page } }) => listingPageKey(site, edition, 'articles', [page.number, page.total], page.items));

/** A page of a tag's articles: the tag, its number of articles, the page's number, the number of pages and its articles. */
export const withTagPageKeys = <T extends { props: { edition: Edition; group: TagGroup<Article>; page: Page<Article> } }>(routes: readonly T[]) =>
	keyed(routes, ({ props: { edition, group, page } }) =>
		listingPageKey(site, edition, 'tag', [group.tag.id, group.items.length, page.number, page.total], page.items),
	);

/** A page of a publisher's articles: its slug and name, its number of articles, the page's number, the number of pages and its articles. */
export const withPublisherPageKeys = <T extends { props: { edition: Edition; group: PublisherGroup<Article>; page: Page<Article> } }>(routes: readonly T[]) =>
	keyed(routes, ({ props: { edition, group, page } }) =>
		listingPageKey(site, edition, 'publisher', [group.slug, group.name, group.items.length, page.number, page.total], page.items),
	);

const monthCounts = ({ year, count, months }: YearGroup<Article>) => [year, count, months.map(({ month, items }) => [month ?? null, items.length])];

/** A year of the archive: its months, their counts and every article in it. */
export const withYearKeys = <T extends { props: { edition: Edition; group: YearGroup<Article> } }>(routes: readonly T[]) =>
	keyed(routes, ({ props: { edition, group } }) => listingPageKey(site, edition, 'year', monthCounts(group), group.months.flatMap(({ items }) => items)));

/** The archive's index: every year's and month's count, and the undated articles. */
export async function withArchiveIndexKeys<T extends EditionRoute>(routes: readonly T[]) {
	const { years, undated } = groupByDate(await getArticles());
	return keyed(routes, ({ props }) => listingPageKey(site, props.edition, 'archive', years.map(monthCounts), undated));
}

/** The publishers' index: every publisher's slug, name and count, in order. */
export async function withPublisherIndexKeys<T extends EditionRoute>(routes: readonly T[]) {
	const shown = groupByPublisher(await getArticles()).map(({ slug, name, items }) => [slug, name, items.length]);
	return keyed(routes, ({ props }) => summaryPageKey(site, props.edition, 'publishers', shown));
}

/** The tags' index: every tag some article carries and its count (names and kinds are in the taxonomy). */
export async function withTagIndexKeys<T extends EditionRoute>(routes: readonly T[]) {
	const shown = groupByTag(taxonomy, await getArticles()).map(({ tag, items }) => [tag.id, items.length]);
	return keyed(routes, ({ props }) => summaryPageKey(site, props.edition, 'tags', shown));
}

/** The feed: every article. */
export async function withFeedKeys<T extends EditionRoute>(routes: readonly T[]) {
	const articles = await getArticles();
	return keyed(routes, ({ props }) => listingPageKey(site, props.edition, 'feed', null, articles));
}

/** The search page: nothing of the archive (the index is fetched by the browser). */
export const withSearchPageKeys = <T extends EditionRoute>(routes: readonly T[]) => keyed(routes, ({ props }) => summaryPageKey(site, props.edition, 'search', null));

/** A raw file: its URL and the hash of its bytes (from the frontmatter of the article cleaned from it). */
export async function withRawFileKeys<T extends { params: { file: string }; props: { path: string } }>(routes: readonly T[]) {
	const raws = new Map((await getArticles()).map(({ data }) => [data.raw.path, data.raw]));
	return keyed(routes, ({ params, props }) => rawFileKey(params.file, raws.get(props.path)!));
}
