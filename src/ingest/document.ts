import type { Root, RootContent, PhrasingContent } from 'mdast';
import type { MdxJsxFlowElement, MdxJsxTextElement } from 'mdast-util-mdx-jsx';
import type { Block } from './types.ts';
import { GAP, GARBLED_CLOSE, GARBLED_OPEN, REPAIR_CLOSE, REPAIR_MID, REPAIR_OPEN } from './text/markers.ts';

/**
 * Builds the body's mdast tree. Article text only ever becomes `text` nodes,
 * so the serializer escapes whatever it holds ({ } < > ` import …); the only
 * elements are the archive's own: <Gap />, <Garbled>, <Repaired>, <Caption>.
 */
const MARKER = new RegExp(`${GAP}|${GARBLED_OPEN}([^${GARBLED_CLOSE}]*)${GARBLED_CLOSE}|${REPAIR_OPEN}([^${REPAIR_MID}]*)${REPAIR_MID}([^${REPAIR_CLOSE}]*)${REPAIR_CLOSE}`, 'gu');

const element = (name: string, attributes: Record<string, string>, children: PhrasingContent[]): MdxJsxTextElement => ({
	type: 'mdxJsxTextElement',
	name,
	attributes: Object.entries(attributes).map(([attrName, value]) => ({ type: 'mdxJsxAttribute', name: attrName, value })),
	children,
});

export function phrasing(text: string): PhrasingContent[] {
	const nodes: PhrasingContent[] = [];
	let last = 0;
	const pushText = (value: string) => value && nodes.push({ type: 'text', value });
	for (const match of text.matchAll(MARKER)) {
		pushText(text.slice(last, match.index));
		if (match[0] === GAP) nodes.push(element('Gap', {}, []));
		else if (match[1] !== undefined) nodes.push(element('Garbled', {}, [{ type: 'text', value: match[1] }]));
		else nodes.push(element('Repaired', { from: match[2]! }, match[3] ? [{ type: 'text', value: match[3] }] : []));
		last = match.index + match[0].length;
	}
	pushText(text.slice(last));
	return nodes;
}

function blockNode(block: Block): RootContent {
	switch (block.type) {
		case 'heading':
			return { type: 'heading', depth: 2, children: phrasing(block.text) };
		case 'caption': {
			const caption: MdxJsxFlowElement = {
				type: 'mdxJsxFlowElement',
				name: 'Caption',
				attributes: block.credit ? [{ type: 'mdxJsxAttribute', name: 'credit', value: block.credit }] : [],
				children: block.text ? [{ type: 'paragraph', children: phrasing(block.text) }] : [],
			};
			return caption;
		}
		case 'paragraph':
			return { type: 'paragraph', children: phrasing(block.text) };
	}
}

export function buildDocument(blocks: Block[]): Root {
	return { type: 'root', children: blocks.map(blockNode) };
}
