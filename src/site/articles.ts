import { join } from 'node:path';
import { type CollectionEntry, getCollection } from 'astro:content';
import { sortNewestFirst } from '../lib/order';
import { aliasRedirects } from '../lib/permalinks';
import archiveIndex from 'virtual:delta-archive/archive-index';
import { tagsOf } from '../lib/tags';
import { createMatcher, loadTaxonomy, type Tag, type Taxonomy } from '../lib/taxonomy';

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
export function relatedOf(slug: string, bySlug: ReadonlyMap<string, Article>): Related[] {
	return (archiveIndex.related[slug] ?? []).map((link) => ({ article: bySlug.get(link.slug)!, sharedTags: tagsOf(taxonomy, link.sharedTags) }));
}

/** The articles just older and newer than one, from the archive index. */
export function neighboursOf(slug: string, bySlug: ReadonlyMap<string, Article>): Neighbours {
	const { older, newer } = archiveIndex.neighbours[slug] ?? {};
	return { older: older === undefined ? undefined : bySlug.get(older), newer: newer === undefined ? undefined : bySlug.get(newer) };
}

/**
 * Every article under its current slug and each former slug that redirects
 * to it (`aliases`): the files next to an article page (citation files, its
 * open-data record) cannot redirect, so a former slug serves the same ones.
 */
export async function articlesBySlug(): Promise<Map<string, Article>> {
	const articles = await getArticles();
	const bySlug = new Map(articles.map((a) => [a.data.slug, a]));
	for (const [alias, slug] of aliasRedirects(articles.map((a) => a.data))) bySlug.set(alias, bySlug.get(slug)!);
	return bySlug;
}
