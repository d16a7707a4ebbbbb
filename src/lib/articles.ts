import { type CollectionEntry, getCollection } from 'astro:content';
import { EDITIONS, type Edition } from './edition';
import { sortNewestFirst } from './order';
import { paginate } from './paginate';
import { aliasRedirects } from './permalinks';
import { groupByPublisher } from './publishers';
import { editionParam } from './urls';

export type Article = CollectionEntry<'articles'>;

/** Every article in the archive, newest first. */
export async function getArticles(): Promise<Article[]> {
	return sortNewestFirst(await getCollection('articles'));
}

/** The articles published just before (older) and after (newer) one, in time. */
export interface Neighbours {
	older?: Article;
	newer?: Article;
}

/** A route under `[...edition]/articles/[slug]/`: an article, or a former slug redirecting to one. */
export type ArticleRoute =
	| { params: { edition: string | undefined; slug: string }; props: { edition: Edition; article: Article; neighbours: Neighbours; redirectTo?: undefined } }
	| { params: { edition: string | undefined; slug: string }; props: { edition: Edition; article?: undefined; redirectTo: string } };

/**
 * Every article page in both editions, plus a redirect for each former slug
 * (`aliases`) that is not some article's current slug.
 */
export async function getArticleRoutes(): Promise<ArticleRoute[]> {
	const articles = await getArticles();
	const redirects = aliasRedirects(articles.map((a) => a.data));
	return EDITIONS.flatMap((edition): ArticleRoute[] => [
		...articles.map((article, i) => ({
			params: { edition: editionParam(edition), slug: article.data.slug },
			props: { edition, article, neighbours: { newer: articles[i - 1], older: articles[i + 1] } },
		})),
		...[...redirects].map(([alias, slug]) => ({
			params: { edition: editionParam(edition), slug: alias },
			props: { edition, redirectTo: slug },
		})),
	]);
}

/** `getStaticPaths` entries for a page that exists once per edition. */
export function editionPaths() {
	return EDITIONS.map((edition) => ({ params: { edition: editionParam(edition) }, props: { edition } }));
}

/** Every page of every publisher's listing, in both editions (params for `[...edition]/publishers/[publisher]`). */
export async function publisherPages() {
	const groups = groupByPublisher(await getArticles());
	return EDITIONS.flatMap((edition) =>
		groups.flatMap((group) =>
			paginate(group.items).map((page) => ({
				params: { edition: editionParam(edition), publisher: group.slug },
				props: { edition, group, page },
			})),
		),
	);
}
