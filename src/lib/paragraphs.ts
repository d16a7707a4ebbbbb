import { mdxToMdast } from 'satteri';
import type { ParagraphAnchors } from './paragraph-ids';

/**
 * Paragraph permalinks: every paragraph of an article body gets a stable id
 * (`paragraph-ids.ts`) and ends with a `¶` link to itself (shown on hover and
 * focus), so a reader can cite one paragraph. Anchors the site published
 * before (the positional `p-N`) stay as empty alias elements at the start of
 * the paragraph they now resolve to, so they work without JavaScript.
 *
 * The body paragraphs are the MDX body's paragraphs outside captions, read
 * from the MDX source (parsed as the site's MDX does) so the permalink
 * registry, which has no rendered HTML, finds the same ones; in the rendered
 * HTML they are the bare `<p>` elements outside `<figure>`, in the same order.
 */

interface Node {
	type: string;
	name?: string | null;
	value?: string;
	children?: Node[];
}

/** The text of each body paragraph of an MDX article body, in document order, in the article's script. */
export function bodyParagraphs(body: string): string[] {
	const tree = mdxToMdast(body, { features: { gfm: true, frontmatter: true } }) as unknown as Node;
	const paragraphs: string[] = [];
	const textOf = (node: Node): string => (node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(''));
	const walk = (node: Node) => {
		if (node.name === 'Caption') return;
		if (node.type === 'paragraph') paragraphs.push(textOf(node));
		else for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	return paragraphs;
}


/**
 * Gives the body paragraphs of rendered body HTML their ids, alias elements
 * and `¶` links. `paragraphs` must list every body paragraph, in order: a
 * count that differs means the HTML and the MDX disagree, and is an error.
 */
export function anchorParagraphs(html: string, paragraphs: readonly ParagraphAnchors[]): string {
	let n = 0;
	let inFigure = 0;
	let open: ParagraphAnchors | undefined;
	const anchored = html.replace(/<(\/?)(p|figure)\b([^>]*)>/gu, (tag, close: string, name: string, attrs: string) => {
		if (name === 'figure') {
			inFigure += close ? -1 : 1;
			return tag;
		}
		if (inFigure > 0) return tag;
		if (!close) {
			if (attrs.trim()) return tag;
			open = paragraphs[n++];
			if (!open) return tag;
			const aliases = open.aliases.map((alias) => `<span class="para-alias" id="${alias}"></span>`).join('');
			return `<p id="${open.id}">${aliases}`;
		}
		if (!open) return tag;
		const { id } = open;
		open = undefined;
		// 第N段 reads the same in both scripts.
		return ` <a class="para-link" href="#${id}" aria-label="第${n}段">¶</a></p>`;
	});
	if (n !== paragraphs.length) throw new Error(`the body has ${n} paragraphs, its MDX ${paragraphs.length}`);
	return anchored;
}
