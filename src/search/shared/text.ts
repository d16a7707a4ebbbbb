import type { ArticleFrontmatter } from '../../schemas/article';

/**
 * What a search looks in: an article's headline lines, publisher and bylines,
 * then its body text (`articleText` in `src/lib/article-file.ts`).
 */

type SearchableData = Pick<ArticleFrontmatter, 'kicker' | 'title' | 'subtitle' | 'publisher' | 'authors' | 'editors'>;

/** Everything a search looks in (kicker, title, subtitle, publisher, bylines, then the body), and where the body starts (excerpts prefer the body). */
export function searchableParts(data: SearchableData, body: string): { text: string; bodyAt: number } {
	const people = [...data.authors, ...data.editors].map((p) => p.name).join('、');
	const head = [data.kicker, data.title, data.subtitle, data.publisher, people].filter(Boolean).join('\n');
	return { text: `${head}\n${body}`, bodyAt: head.length + 1 };
}
