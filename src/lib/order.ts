import type { ArticleFrontmatter } from '../schemas/article';
import { compareDatesNewestFirst } from './dates';

type Sortable = Pick<ArticleFrontmatter, 'date' | 'slug'>;

/** Newest first; articles of the same date in a stable order, by slug. */
export function compareArticlesNewestFirst(a: Sortable, b: Sortable): number {
	return compareDatesNewestFirst(a.date, b.date) || a.slug.localeCompare(b.slug);
}

/** A sorted copy, newest first. */
export function sortNewestFirst<T extends { data: Sortable }>(entries: readonly T[]): T[] {
	return [...entries].sort((a, b) => compareArticlesNewestFirst(a.data, b.data));
}
