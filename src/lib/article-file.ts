import { mdxToMdast } from 'satteri';
import { parse } from 'yaml';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/u;

/**
 * An article MDX file as the content collection reads it: the frontmatter,
 * validated by the one article schema, and the MDX body after it, trimmed.
 */
export function splitArticleFile(source: string): { data: ArticleFrontmatter; body: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('no frontmatter');
	return { data: articleSchema.parse(parse(match[1]!)), body: source.slice(match[0].length).trim() };
}

interface Node {
	type: string;
	name?: string | null;
	value?: string;
	attributes?: { type: string; name?: string; value?: unknown }[];
	children?: Node[];
}

const BLOCKS = new Set(['paragraph', 'heading', 'mdxJsxFlowElement', 'listItem', 'blockquote']);

/**
 * The plain text of an MDX article or of its body (parsed like the site
 * does), one line per block: what a reader sees of it, in its own script.
 * Search (its index, and the recall test's substring truth) and related
 * articles read this.
 */
export function articleText(source: string): string {
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
