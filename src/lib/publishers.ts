import type { ArticleFrontmatter } from '../schemas/article';
import { slugWords } from './slug';

/** One publisher and its articles, in the order given. */
export interface PublisherGroup<T> {
	/** URL segment: the name in toneless pinyin, e.g. `jingji-ribao`; `unknown` when no publisher is known. */
	slug: string;
	/** The name as printed in the first article that names it; empty when unknown. */
	name: string;
	items: T[];
}

/** Slugs already made: a few hundred publishers name thousands of articles, and pinyin is slow. */
const slugs = new Map<string, string>();

/** The URL segment for a publisher name (pinyin, as article slugs are made). */
export function publisherSlug(name: string): string {
	let slug = slugs.get(name);
	if (slug === undefined) {
		slug = slugWords(name).join('-') || 'unknown';
		slugs.set(name, slug);
	}
	return slug;
}

/**
 * Articles grouped by publisher, most articles first, then by name. Names
 * that differ only in script (经济日报 / 經濟日報) share one group, because the
 * pinyin slug folds them together.
 */
export function groupByPublisher<T extends { data: Pick<ArticleFrontmatter, 'publisher'> }>(entries: readonly T[]): PublisherGroup<T>[] {
	const groups = new Map<string, PublisherGroup<T>>();
	for (const entry of entries) {
		const name = entry.data.publisher.trim();
		const slug = name ? publisherSlug(name) : 'unknown';
		const group = groups.get(slug) ?? { slug, name, items: [] };
		group.items.push(entry);
		groups.set(slug, group);
	}
	return [...groups.values()].sort((a, b) => b.items.length - a.items.length || a.slug.localeCompare(b.slug));
}
