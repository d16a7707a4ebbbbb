import type { Matcher } from './taxonomy.ts';

/**
 * In-text links: the first mention of each of an article's tags in the body
 * links to the tag page. Works on mdast (remark) and hast (rehype) trees:
 * only `text` nodes are read, never text inside a heading, a link, code, or
 * an MDX element (captions, repaired and garbled spans render their own
 * markup); a tag is linked at most once per article, at its first mention in
 * document order. Mentions are found with the taxonomy matcher, so they obey
 * the same longest-match rule as tagging (in 上海松江 there is no 上海), in
 * either script. A mention split across two text nodes is not found.
 */

/** The parts of a unist node these functions read. */
export interface TreeNode {
	type: string;
	value?: string;
	children?: TreeNode[];
	/** hast elements */
	tagName?: string;
	[key: string]: unknown;
}

const SKIPPED_TYPES = new Set(['heading', 'link', 'linkReference', 'definition', 'code', 'inlineCode', 'html', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);
const SKIPPED_ELEMENTS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'a', 'code', 'pre', 'script', 'style']);

/** Whether text under this node must never be linked. */
export const isSkipped = (node: TreeNode): boolean => SKIPPED_TYPES.has(node.type) || (node.type === 'element' && SKIPPED_ELEMENTS.has(node.tagName ?? ''));

export interface FirstMention {
	tagId: string;
	/** Child indexes from the root to the text node. */
	path: number[];
	/** The mention's range in that text node's value. */
	start: number;
	end: number;
	text: string;
}

/** The first linkable mention of each of `tagIds`, in document order. */
export function findFirstMentions(tree: TreeNode, matcher: Matcher, tagIds: Iterable<string>): FirstMention[] {
	const wanted = new Set(tagIds);
	const found: FirstMention[] = [];
	const visit = (node: TreeNode, path: number[]): void => {
		if (wanted.size === 0 || isSkipped(node)) return;
		if (node.type === 'text' && typeof node.value === 'string') {
			for (const m of matcher.mentions(node.value)) {
				if (!wanted.delete(m.tagId)) continue;
				found.push({ tagId: m.tagId, path, start: m.start, end: m.end, text: m.text });
			}
			return;
		}
		node.children?.forEach((child, index) => visit(child, [...path, index]));
	};
	visit(tree, []);
	return found;
}

/** Makes the link node wrapping a mention's text. */
export type LinkMaker = (text: string, tagId: string) => TreeNode;

/** An mdast link to the tag page. */
export const mdastTagLink =
	(hrefFor: (tagId: string) => string): LinkMaker =>
	(text, tagId) => ({ type: 'link', url: hrefFor(tagId), children: [{ type: 'text', value: text }], data: { hProperties: { 'data-tag': tagId } } });

/** A hast `<a>` to the tag page. */
export const hastTagLink =
	(hrefFor: (tagId: string) => string): LinkMaker =>
	(text, tagId) => ({ type: 'element', tagName: 'a', properties: { href: hrefFor(tagId), dataTag: tagId }, children: [{ type: 'text', value: text }] });

/**
 * A copy of the tree with the first mention of each tag wrapped in a link
 * (the input is not changed). Use as the body of a remark or rehype plugin:
 * `(tree) => linkFirstMentions(tree, matcher, tags, mdastTagLink(href))`.
 */
export function linkFirstMentions<T extends TreeNode>(tree: T, matcher: Matcher, tagIds: Iterable<string>, makeLink: LinkMaker): T {
	const mentions = findFirstMentions(tree, matcher, tagIds);
	const byNode = new Map<string, FirstMention[]>();
	for (const m of mentions) {
		const key = m.path.join('/');
		byNode.set(key, [...(byNode.get(key) ?? []), m]);
	}
	const rebuild = (node: TreeNode, path: number[]): TreeNode => {
		if (!node.children) return node;
		const children: TreeNode[] = [];
		node.children.forEach((child, index) => {
			const childPath = [...path, index];
			const here = byNode.get(childPath.join('/'));
			if (!here) {
				children.push(rebuild(child, childPath));
				return;
			}
			const value = child.value ?? '';
			// The pieces of a split text node no longer have the original's source position.
			const { position: _position, ...piece } = child;
			let last = 0;
			for (const m of [...here].sort((a, b) => a.start - b.start)) {
				if (m.start > last) children.push({ ...piece, value: value.slice(last, m.start) });
				children.push(makeLink(value.slice(m.start, m.end), m.tagId));
				last = m.end;
			}
			if (last < value.length) children.push({ ...piece, value: value.slice(last) });
		});
		return { ...node, children };
	};
	return rebuild(tree, []) as T;
}
