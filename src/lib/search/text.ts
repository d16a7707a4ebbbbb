import { mdxToMdast } from 'satteri';
import type { ArticleFrontmatter } from '../../schemas/article';
import { splitArticleFile } from '../article-file';

/**
 * The searchable plain text of an article: what a reader sees of it, in its
 * own script. Both the index and the recall test's substring truth use this.
 */

interface Node {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'mdxJsxFlowElement', 'listItem', 'blockquote']);

/** The body text of an MDX article (parsed like the site does), one line per block. */
export function bodyText(source: string): string {
	const tree = mdxToMdast(source, { features: { gfm: true, frontmatter: true } }) as unknown as Node;
	let out = '';
	const walk = (node: Node) => {
		if (node.type === 'yaml') return;
		if (node.type === 'text') out += node.value ?? '';
		// A lost number: a word break, so the words either side are not joined.
		if (node.name === 'Gap') out += ' ';
		for (const child of node.children ?? []) walk(child);
		if (node.name === 'Caption') {
			const credit = node.attributes?.find((a) => a.name === 'credit')?.value;
			if (typeof credit === 'string') out += ` ${credit}`;
		}
		if (BLOCKS.has(node.type) && !out.endsWith('\n')) out += '\n';
	};
	walk(tree);
	return out.trim();
}

/** The frontmatter of an MDX article, validated. */
export const frontmatter = (source: string): ArticleFrontmatter => splitArticleFile(source).data;

type SearchableData = Pick<ArticleFrontmatter, 'kicker' | 'title' | 'subtitle' | 'publisher' | 'authors' | 'editors'>;

/** Everything a search looks in (kicker, title, subtitle, publisher, bylines, then the body), and where the body starts (excerpts prefer the body). */
export function searchableParts(data: SearchableData, body: string): { text: string; bodyAt: number } {
	const people = [...data.authors, ...data.editors].map((p) => p.name).join('、');
	const head = [data.kicker, data.title, data.subtitle, data.publisher, people].filter(Boolean).join('\n');
	return { text: `${head}\n${body}`, bodyAt: head.length + 1 };
}
