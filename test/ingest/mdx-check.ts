import { mdxToJs, mdxToMdast } from 'satteri';
import { MDX_FEATURES } from '../../src/lib/mdx-features.ts';

/**
 * Parses MDX the way the site does (satteri, the compiler behind @astrojs/mdx,
 * with the site's features, `MDX_FEATURES`) and reports what a reader of the page would get.
 */
export interface MdxReport {
	/** All text of the body, in order (text nodes, link text included). */
	text: string;
	/** Each text node's value. */
	texts: string[];
	/** Node types that would run code or evaluate expressions. */
	code: string[];
	/** Names of all JSX elements. */
	jsx: string[];
	/** Node types other than the plain ones an article body may hold. */
	formatting: string[];
	/** URLs of links (GFM turns bare URLs in the text into links). */
	links: string[];
}

interface Node {
	type: string;
	name?: string | null;
	value?: string;
	url?: string;
	children?: Node[];
}

const PLAIN = new Set(['root', 'yaml', 'paragraph', 'heading', 'text', 'mdxJsxFlowElement', 'mdxJsxTextElement', 'link']);
const CODE = new Set(['mdxjsEsm', 'mdxFlowExpression', 'mdxTextExpression', 'html', 'code', 'inlineCode']);

export function inspectMdx(source: string): MdxReport {
	const tree = mdxToMdast(source, { features: MDX_FEATURES }) as unknown as Node;
	const report: MdxReport = { text: '', texts: [], code: [], jsx: [], formatting: [], links: [] };
	const walk = (node: Node) => {
		if (CODE.has(node.type)) report.code.push(`${node.type}: ${node.value ?? ''}`);
		else if (!PLAIN.has(node.type)) report.formatting.push(node.type);
		if (node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') report.jsx.push(node.name ?? '<>');
		if (node.type === 'link') report.links.push(node.url ?? '');
		if (node.type === 'text') {
			report.texts.push(node.value ?? '');
			report.text += node.value ?? '';
		}
		for (const child of node.children ?? []) walk(child);
	};
	walk(tree);
	return report;
}

/** Compiles the MDX to JavaScript as the site would; throws on a syntax error. */
export function compileMdx(source: string): string {
	return mdxToJs(source, { features: MDX_FEATURES }).code;
}

export const ALLOWED_JSX = new Set(['Gap', 'Garbled', 'Repaired', 'Caption']);
