import { parseHTML } from 'linkedom';

/**
 * Markup to text lines. A page's markup never reaches the article: only text
 * nodes are read, one line per block element, `<br>` a line break. Elements
 * that hold no readable text, or code, go before anything reads the page.
 * The walk is iterative, so a deeply nested page cannot overflow the stack.
 */

/** Elements whose content is code, embedded documents or non-text media: removed before the article is looked for. */
export const NON_TEXT_ELEMENTS = 'script, style, iframe, frame, frameset, noscript, template, object, embed, applet, svg, math, canvas, audio, video, map, select, textarea, button, input, dialog';

const BLOCK = new Set(
	'address article aside blockquote body caption center dd details dir div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html legend li main menu nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
/** ASCII whitespace collapses as in a browser; the ideographic space (U+3000) is text and stays. */
const HTML_SPACE = /[ \t\n\r\f\u00A0]+/gu;

/** The text lines of a node, in document order. */
export function textLines(root: Node): string[] {
	const lines: string[] = [];
	let line = '';
	const breakLine = () => {
		const trimmed = line.replace(/^ +| +$/gu, '');
		if (trimmed) lines.push(trimmed);
		line = '';
	};
	const stack: { node: Node; pre: boolean; exit?: boolean }[] = [{ node: root, pre: false }];
	while (stack.length > 0) {
		const { node, pre, exit } = stack.pop()!;
		if (node.nodeType === 3) {
			const text = node.nodeValue ?? '';
			if (pre) text.split('\n').forEach((part, i) => (i > 0 && breakLine(), (line += part.replace(/[\t\r\f]/gu, ' '))));
			else line += line.endsWith(' ') ? text.replace(HTML_SPACE, ' ').replace(/^ /u, '') : text.replace(HTML_SPACE, ' ');
			continue;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) continue;
		const name = node.nodeType === 1 ? (node as Element).localName : '';
		if (exit) {
			if (BLOCK.has(name)) breakLine();
			else if (name === 'td' || name === 'th') line += ' ';
			continue;
		}
		if (name === 'br') {
			breakLine();
			continue;
		}
		if (BLOCK.has(name)) breakLine();
		stack.push({ node, pre, exit: true });
		const children = node.childNodes;
		const childPre = pre || name === 'pre';
		for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, pre: childPre });
	}
	breakLine();
	return lines;
}

/** The text lines of an HTML fragment (Readability's article content). */
export function fragmentLines(html: string): string[] {
	const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
	document.querySelectorAll(NON_TEXT_ELEMENTS).forEach((element) => element.remove());
	return textLines(document.body);
}

/** How deeply elements nest below a node (iteratively; browsers stop nesting at 512). */
export function nestingDepth(root: Node, limit: number): number {
	let deepest = 0;
	const stack: [Node, number][] = [[root, 0]];
	while (stack.length > 0) {
		const [node, depth] = stack.pop()!;
		if (depth > deepest) deepest = depth;
		if (deepest > limit) return deepest;
		for (const child of node.childNodes) if (child.nodeType === 1) stack.push([child, depth + 1]);
	}
	return deepest;
}

/** The share of a fragment's text that is link text: a list or index page is mostly links. */
export function linkTextShare(html: string): number {
	const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
	const all = (document.body.textContent ?? '').replace(/\s/gu, '').length;
	const links = [...document.querySelectorAll('a')].reduce((sum, a) => sum + (a.textContent ?? '').replace(/\s/gu, '').length, 0);
	return all === 0 ? 0 : links / all;
}
