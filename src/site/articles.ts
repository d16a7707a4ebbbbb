import { join } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { EDITIONS, type Edition } from '../lib/edition';
import { sortNewestFirst } from '../lib/order';
import { paginate } from '../lib/paginate';
import { aliasRedirects } from '../lib/permalinks';
import { groupByPublisher } from '../lib/publishers';
import { expectQrCodes } from '../lib/qr';
import archiveIndex from 'virtual:delta-archive/archive-index';
import { groupByTag, tagsOf } from '../lib/tags';
import { createMatcher, loadTaxonomy, type Tag, type Taxonomy } from '../lib/taxonomy';
import { timelineOf } from '../lib/timeline';
import { articlePath, editionParam } from '../lib/urls';
import { tagPictures } from './pictures';

export type Article = CollectionEntry<'articles'>;

let sorted: { version: string; articles: readonly Article[] } | undefined;

/**
 * Every article in the archive, newest first. Many pages read it, so it is
 * sorted once per version of the collection (every entry's id and content
 * digest: an article edited under `astro dev` makes a new version), and every
 * page gets the same entries.
 */
export async function getArticles(): Promise<readonly Article[]> {
	const entries = await getCollection('articles');
	const version = entries.map((entry) => `${entry.id}\0${entry.digest}`).join('\n');
	if (sorted?.version !== version) sorted = { version, articles: sortNewestFirst(entries) };
	return sorted.articles;
}

/** The articles published just before (older) and after (newer) one, in time. */
export interface Neighbours {
	older?: Article;
	newer?: Article;
}

/** A related article and the tags it shares with this one, rarest first (none: only the text is alike). */
export interface Related {
	article: Article;
	sharedTags: Tag[];
}

/** The taxonomy (`content/taxonomy.yaml`), read once per build. */
export const taxonomy: Taxonomy = loadTaxonomy(join(process.cwd(), 'content', 'taxonomy.yaml'));
export const tagMatcher = createMatcher(taxonomy);

/** Related articles of an article, with the tags each shares with it, from the archive index. */
function relatedOf(slug: string, bySlug: ReadonlyMap<string, Article>): Related[] {
	return (archiveIndex.related[slug] ?? []).map((link) => ({ article: bySlug.get(link.slug)!, sharedTags: tagsOf(taxonomy, link.sharedTags) }));
}

/** The articles just older and newer than one, from the archive index. */
function neighboursOf(slug: string, bySlug: ReadonlyMap<string, Article>): Neighbours {
	const { older, newer } = archiveIndex.neighbours[slug] ?? {};
	return { older: older === undefined ? undefined : bySlug.get(older), newer: newer === undefined ? undefined : bySlug.get(newer) };
}

/** A route under `[...edition]/articles/[slug]/`: an article, or a former slug redirecting to one. */
export type ArticleRoute =
	| { params: { edition: string | undefined; slug: string }; props: { edition: Edition; article: Article; neighbours: Neighbours; tags: Tag[]; related: Related[]; redirectTo?: undefined } }
	| { params: { edition: string | undefined; slug: string }; props: { edition: Edition; article?: undefined; redirectTo: string } };

/**
 * Every article page in both editions, plus a redirect for each former slug
 * (`aliases`) that is not some article's current slug.
 */
export async function getArticleRoutes(): Promise<ArticleRoute[]> {
	const articles = await getArticles();
	const redirects = aliasRedirects(articles.map((a) => a.data));
	const bySlug = new Map(articles.map((a) => [a.data.slug, a]));
	const routes = EDITIONS.flatMap((edition): ArticleRoute[] => [
		...articles.map((article) => ({
			params: { edition: editionParam(edition), slug: article.data.slug },
			props: { edition, article, neighbours: neighboursOf(article.data.slug, bySlug), tags: tagsOf(taxonomy, article.data.tags), related: relatedOf(article.data.slug, bySlug) },
		})),
		...[...redirects].map(([alias, slug]) => ({
			params: { edition: editionParam(edition), slug: alias },
			props: { edition, redirectTo: slug },
		})),
	]);
	// A build renders the article pages in this order, each with the QR code of its permalink
	// (a dev server renders only the pages asked for).
	if (!import.meta.env.DEV) expectQrCodes(routes.flatMap(({ props }) => (props.article ? [articlePath(props.edition, props.article.data.slug)] : [])));
	return routes;
}

/** `getStaticPaths` entries for a page that exists once per edition. */
export function editionPaths() {
	return EDITIONS.map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

/** Every page of every publisher's listing, in both editions (params for `[...edition]/publishers/[publisher]`). */
export async function publisherPages() {
	const groups = groupByPublisher(await getArticles());
	// Each publisher's articles over time, on its first page.
	const timelines = new Map(groups.map((group) => [group.slug, timelineOf(group.items)]));
	return EDITIONS.flatMap((edition) =>
		groups.flatMap((group) =>
			paginate(group.items).map((page) => ({
				params: { edition: editionParam(edition), publisher: group.slug },
				props: { edition, group, page, timeline: page.number === 1 ? timelines.get(group.slug) : undefined },
			})),
		),
	);
}

/** Every page of every tag's listing, in both editions (params for `[...edition]/tags/[tag]`); only tags some article carries. */
export async function tagPages() {
	const articles = await getArticles();
	const groups = groupByTag(taxonomy, articles);
	// Its timeline, co-occurring tags and (a place's) map, on each tag's first page.
	const pictures = tagPictures(taxonomy, groups, articles);
	return EDITIONS.flatMap((edition) =>
		groups.flatMap((group) =>
			paginate(group.items).map((page) => ({
				params: { edition: editionParam(edition), tag: group.tag.slug },
				props: { edition, group, page, pictures: page.number === 1 ? pictures.get(group.tag.id) : undefined },
			})),
		),
	);
}
