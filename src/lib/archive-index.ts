import type { ArticleFrontmatter } from '../schemas/article.ts';
import { sortNewestFirst } from './order.ts';
import { neighboursInTime, relatedArticles, type RelatedLink } from './related.ts';

/**
 * What the pages need to know about the whole archive, worked out once per
 * build from every article (`src/integrations/archive-index.ts` reads the
 * files and serves this to the pages as a virtual module). Plain data keyed by
 * slug, so it crosses a process boundary as JSON.
 */
export interface ArchiveIndex {
	/** Each article's related articles, best first (`src/lib/related.ts`). */
	related: Record<string, RelatedLink[]>;
	/** Each dated article's neighbours in time: the slugs of the articles just older and just newer. */
	neighbours: Record<string, { older?: string; newer?: string }>;
}

/** One article as the index reads it: its frontmatter and the plain text of its body. */
export interface IndexedArticle {
	data: ArticleFrontmatter;
	/** The body as a reader sees it (`articleText`). */
	text: string;
}

/** The index of an archive, from its articles in any order. */
export function archiveIndexOf(articles: readonly IndexedArticle[]): ArchiveIndex {
	// Related scores are summed in the archive's order: the same order on every build gives the same last bits.
	const sorted = sortNewestFirst(articles);
	const links = relatedArticles(sorted.map(({ data, text }) => ({ slug: data.slug, tags: data.tags, text: `${data.title}\n${text}` })));
	const inTime = neighboursInTime(sorted.map(({ data }) => data));
	const neighbours: ArchiveIndex['neighbours'] = {};
	for (const { data } of sorted) {
		const { previous, next } = inTime(data.slug);
		if (previous || next) neighbours[data.slug] = { older: previous?.slug, newer: next?.slug };
	}
	return { related: Object.fromEntries(links), neighbours };
}
