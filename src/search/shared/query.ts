import { fold } from '../../lib/fold';
import { termTokens } from './tokens';

/** A parsed search: the terms a result must all contain, folded, and their Pagefind queries. */
export interface ParsedQuery {
	/** The terms as typed (whitespace separates terms). */
	terms: string[];
	/** The searchable terms folded (Simplified, ASCII lowercase); each must occur in a result. */
	folded: string[];
	/**
	 * One Pagefind exact-phrase query per folded term (`"bigram bigram …"`):
	 * its results are exactly the articles containing the term. Empty when
	 * there is nothing to search.
	 */
	exact: string[];
	/** Every term's tokens in one query, for Pagefind's relevance ranking of the same articles. */
	ranked: string;
}

export function parseQuery(input: string): ParsedQuery {
	const terms = input.normalize('NFC').split(/\s+/u).filter(Boolean);
	const folded = [...new Set(terms.map(fold))].filter((term) => termTokens(term).length > 0);
	const tokens = folded.map(termTokens);
	return {
		terms,
		folded,
		exact: tokens.map((t) => `"${t.join(' ')}"`),
		ranked: [...new Set(tokens.flat())].join(' '),
	};
}

/** Whether folded text really contains every folded term (a check on what Pagefind returns). */
export function matchesAll(foldedText: string, folded: readonly string[]): boolean {
	return folded.length > 0 && folded.every((term) => foldedText.includes(term));
}

/** Every `[start, end)` where a folded term occurs in folded text, sorted, overlaps merged. */
export function matchRanges(foldedText: string, folded: readonly string[]): [number, number][] {
	const ranges: [number, number][] = [];
	for (const term of folded) {
		if (!term) continue;
		for (let at = foldedText.indexOf(term); at >= 0; at = foldedText.indexOf(term, at + 1)) {
			ranges.push([at, at + term.length]);
		}
	}
	ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
	const merged: [number, number][] = [];
	for (const r of ranges) {
		const last = merged.at(-1);
		if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
		else merged.push([r[0], r[1]]);
	}
	return merged;
}

/** A piece of an excerpt: plain text, or a matched term to highlight. */
export interface ExcerptPart {
	text: string;
	mark: boolean;
}

/**
 * An excerpt of `text` (any edition of the article: same length as its fold)
 * around the first match at or after `from` (the body), else the first match
 * before it, about `size` characters, with matches marked.
 * Line breaks become spaces; an ellipsis shows where the text was cut.
 */
export function excerpt(text: string, foldedText: string, folded: readonly string[], size = 90, from = 0): ExcerptPart[] {
	const ranges = matchRanges(foldedText, folded);
	const first = (ranges.find(([a]) => a >= from) ?? ranges[0])?.[0] ?? from;
	let start = Math.max(0, first - Math.floor(size / 3));
	// Start at a line start when one is close before the match.
	const lineStart = text.lastIndexOf('\n', first - 1) + 1;
	if (lineStart > start && lineStart <= first) start = lineStart;
	const end = Math.min(text.length, start + size);
	const parts: ExcerptPart[] = [];
	const push = (s: string, mark: boolean) => {
		if (s) parts.push({ text: s.replace(/\s*\n\s*/gu, ' '), mark });
	};
	if (start > 0) push('…', false);
	let at = start;
	for (const [a, b] of ranges) {
		if (b <= start || a >= end) continue;
		const from = Math.max(a, start);
		const to = Math.min(b, end);
		push(text.slice(at, from), false);
		push(text.slice(from, to), true);
		at = to;
	}
	push(text.slice(at, end), false);
	if (end < text.length) push('…', false);
	return parts;
}
