import { parseHTML } from 'linkedom';
import iconv from 'iconv-lite';
import { decode } from '../../src/ingest/stages/decode.ts';

/**
 * A saved page's visible text, one line per block, the way a reader sees it:
 * the base the eval's reference text is cut from (between the truth's
 * `starts` and `ends` markers).
 */

/** Elements that start a new line: the HTML block and list elements, table cells, line breaks. */
const LINE_BREAKING = new Set(
	'address article aside blockquote br dd details dialog div dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section summary table tbody td tfoot th thead tr ul'.split(' '),
);
/** Elements whose text a reader never sees. */
const INVISIBLE = new Set('head script style noscript template iframe svg object canvas select textarea'.split(' '));

const WHITESPACE = /[\s\u00a0]+/gu;

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * Decodes a page: as UTF-8 when its bytes are valid UTF-8 (a browser's "save
 * page" writes UTF-8 but keeps the original `charset=gb2312` meta, and Chinese
 * GBK text is practically never valid UTF-8 by chance), else by its declared
 * charset (`<meta charset>` or http-equiv), else as the ingest decodes any file.
 */
export function decodePage(bytes: Uint8Array): string {
	try {
		return STRICT_UTF8.decode(bytes).replace(/^\uFEFF/u, '');
	} catch {
		// Not UTF-8: the declared charset decides.
	}
	const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
	const declared = /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/iu.exec(head)?.[1]?.toLowerCase();
	if (declared && iconv.encodingExists(declared)) {
		// GB2312 and GBK pages routinely use characters only GB18030 has names for.
		const charset = /^(gb2312|gbk|x-gbk)$/u.test(declared) ? 'gb18030' : declared;
		return iconv.decode(Buffer.from(bytes), charset);
	}
	return decode(bytes).text;
}

interface Walkable {
	nodeType: number;
	nodeName: string;
	textContent: string | null;
	childNodes: ArrayLike<Walkable>;
	getAttribute?: (name: string) => string | null;
	hasAttribute?: (name: string) => boolean;
}

const isHidden = (element: Walkable): boolean =>
	Boolean(element.hasAttribute?.('hidden')) || /display\s*:\s*none|visibility\s*:\s*hidden/iu.test(element.getAttribute?.('style') ?? '');

/** The visible text of an HTML document, one trimmed line per block, empty lines dropped. */
export function visibleLines(html: string): string[] {
	// A browser ignores a stray `</body>` or `</html>` (server-side includes leave them mid-page) and keeps
	// rendering what follows; linkedom would drop it, so they go before parsing.
	const { document } = parseHTML(html.replace(/<\/(?:body|html)\s*>/giu, ''));
	const lines: string[] = [];
	let current = '';
	const flush = () => {
		const line = current.replace(WHITESPACE, ' ').trim();
		if (line) lines.push(line);
		current = '';
	};
	const walk = (node: Walkable) => {
		if (node.nodeType === 3) {
			current += node.textContent ?? '';
			return;
		}
		if (node.nodeType !== 1 && node.nodeType !== 9 && node.nodeType !== 11) return;
		const name = node.nodeName.toLowerCase();
		if (INVISIBLE.has(name) || (node.nodeType === 1 && isHidden(node))) return;
		const breaks = LINE_BREAKING.has(name);
		if (breaks) flush();
		for (const child of Array.from(node.childNodes)) walk(child);
		if (breaks) flush();
	};
	walk((document.body ?? document.documentElement) as unknown as Walkable);
	flush();
	return lines;
}

/** The lines of a text file, trimmed, empty lines dropped. */
export const textLines = (text: string): string[] =>
	text
		.split(/\r\n?|\n/u)
		.map((line) => line.replace(WHITESPACE, ' ').trim())
		.filter(Boolean);

/** The visible lines of any file the eval reads: a page by its DOM, anything else as text. */
export const fileLines = (bytes: Uint8Array, file: string): string[] =>
	/\.html?$/iu.test(file) ? visibleLines(decodePage(bytes)) : textLines(decode(bytes).text);
