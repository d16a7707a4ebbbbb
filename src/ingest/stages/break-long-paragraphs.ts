import type { Block, Draft } from '../types.ts';
import { GARBLED_CLOSE, GARBLED_OPEN, readableText, REPAIR_CLOSE, REPAIR_OPEN } from '../text/markers.ts';

/**
 * After segmenting blocks — text whose source lost its paragraph breaks
 * (flattened text runs to thousands of characters) is broken at sentence
 * ends, never inside a quotation or a marked span, into pieces of a readable
 * length; the page and the report say that these breaks are not the
 * source's. Lost breaks are certain when the whole article is one paragraph
 * longer than LONG, or when a paragraph is longer than any layout prints
 * whole (UNBROKEN); a long paragraph among others is the source's own.
 */
const LONG = 600;
const UNBROKEN = 1200;
const TARGET = 220;
/** A last piece shorter than this joins the one before it. */
const MIN_PIECE = 80;

const SENTENCE_END = '。！？!?…';
const OPENS = '“「『（(《';
const CLOSES = '”」』）)》';

/** A quotation still open after this many characters was never closed (scraped text drops closing marks): stop honouring it. */
const LONGEST_QUOTE = 400;

/** Where `text` may be broken: after a sentence end (and any quotation mark closing with it), outside quotations and marked spans. */
function sentenceEnds(text: string): number[] {
	const ends: number[] = [];
	let depth = 0;
	let openedAt = 0;
	let marked = false;
	for (let i = 0; i < text.length; i++) {
		const ch = text[i]!;
		if (depth > 0 && i - openedAt > LONGEST_QUOTE) depth = 0;
		if (ch === GARBLED_OPEN || ch === REPAIR_OPEN) marked = true;
		else if (ch === GARBLED_CLOSE || ch === REPAIR_CLOSE) marked = false;
		else if (OPENS.includes(ch)) {
			if (depth === 0) openedAt = i;
			depth++;
		} else if (CLOSES.includes(ch)) depth = Math.max(0, depth - 1);
		else if (!marked && depth === 0 && SENTENCE_END.includes(ch) && !SENTENCE_END.includes(text[i + 1] ?? '')) ends.push(i + 1);
	}
	return ends;
}

export function breakAtSentences(text: string): string[] {
	const pieces: string[] = [];
	let start = 0;
	for (const end of sentenceEnds(text)) {
		if (readableText(text.slice(start, end)).length >= TARGET && readableText(text.slice(end)).trim().length >= MIN_PIECE) {
			pieces.push(text.slice(start, end).trim());
			start = end;
		}
	}
	pieces.push(text.slice(start).trim());
	return pieces.filter((piece) => piece !== '');
}

export function breakLongParagraphs(draft: Draft): Draft {
	let longest = 0;
	let broken = 0;
	let pieces = 0;
	const limit = draft.blocks.filter((block) => block.type === 'paragraph').length === 1 ? LONG : UNBROKEN;
	const blocks = draft.blocks.flatMap((block): Block[] => {
		if (block.type !== 'paragraph' || readableText(block.text).length <= limit) return [block];
		const parts = breakAtSentences(block.text);
		if (parts.length === 1) return [block];
		longest = Math.max(longest, readableText(block.text).length);
		broken++;
		pieces += parts.length;
		return parts.map((text) => ({ type: 'paragraph', text }));
	});
	if (broken === 0) return draft;
	return {
		...draft,
		blocks,
		flags: [...draft.flags, { kind: 'metadata', text: '', note: `分段：原文有 ${broken} 段未分段（最长 ${longest} 字），本馆在句末分为 ${pieces} 段，并非原文分段` }],
	};
}
