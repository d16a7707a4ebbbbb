import { type CollectionEntry, getCollection } from 'astro:content';
import { sortNewestFirst } from './order';

export type Article = CollectionEntry<'articles'>;

/** Every article in the archive, newest first. */
export async function getArticles(): Promise<Article[]> {
	return sortNewestFirst(await getCollection('articles'));
}

/** A route under `/articles/[slug]/`: an article, or a former slug redirecting to one. */
export type ArticleRoute =
	| { params: { slug: string }; props: { article: Article; redirectTo?: undefined } }
	| { params: { slug: string }; props: { article?: undefined; redirectTo: string } };

/**
 * Every article page, plus a redirect for each former slug (`aliases`) that
 * is not some article's current slug.
 */
export async function getArticleRoutes(): Promise<ArticleRoute[]> {
	const articles = await getArticles();
	const current = new Set(articles.map((a) => a.data.slug));
	const routes: ArticleRoute[] = articles.map((article) => ({
		params: { slug: article.data.slug },
		props: { article },
	}));
	const aliased = new Set<string>();
	for (const { data } of articles) {
		for (const alias of data.aliases) {
			if (current.has(alias) || aliased.has(alias)) continue;
			aliased.add(alias);
			routes.push({ params: { slug: alias }, props: { redirectTo: data.slug } });
		}
	}
	return routes;
}
