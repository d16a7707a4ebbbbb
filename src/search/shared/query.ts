import { fold } from '../../lib/fold';
import { termTokens } from './tokens';

/**
 * The search syntax, read by `parseQuery`:
 * - words separated by whitespace: a result contains every one (each is an
 *   exact substring after 简/繁 folding);
 * - `"…"` (ASCII or fullwidth quotes): a phrase, whitespace included (a run
 *   of whitespace in the phrase matches any run in the text), so it can
 *   also hold a leading `-` or the word `OR`;
 * - `-word`, `-"…"`: results must not contain it;
 * - `A OR B` (`OR` in capitals, between two words or phrases): either will
 *   do; `OR` binds tighter than the implicit AND, so `甲 乙 OR 丙` is
 *   甲 AND (乙 OR 丙).
 * Malformed input is read as plain text: a quote without its pair is
 * dropped and the rest read as words, a lone `-` is a punctuation mark
 * (which searches nothing), and an `OR` without a word or phrase on both
 * sides is the word "OR".
 */

/** One searchable term: as typed, folded, and its Pagefind query. */
export interface Term {
	/** As typed (a phrase without its quotes, whitespace collapsed). */
	typed: string;
	/** Folded (Simplified, ASCII lowercase); a result contains it (see `contains`). */
	folded: string;
	/**
	 * Pagefind's exact-phrase query of the term's tokens (`"bigram bigram …"`):
	 * its results are exactly the articles containing the term.
	 */
	exact: string;
}

/** A parsed search. */
export interface ParsedQuery {
	/** The query as typed, whitespace collapsed, for messages and links. */
	typed: string;
	/** What a result must contain: every group, each by one of its terms at least (AND of ORs). Empty when there is nothing to search. */
	groups: Term[][];
	/** Terms a result must not contain. */
	excluded: Term[];
	/** Every wanted term folded, for excerpts and highlighting. */
	folded: string[];
	/** Every wanted term's tokens in one query, for Pagefind's relevance ranking of the same articles. */
	ranked: string;
}

/** Whether a parsed query is one term and nothing else (Pagefind's filter counts of its search are then exact). */
export const isSingleTerm = (query: ParsedQuery): boolean =>
	query.groups.length === 1 && query.groups[0]!.length === 1 && query.excluded.length === 0;

const QUOTES = /["\uff02]/u;
const OR = 'OR';

/** A piece of the query before grouping: a word, a phrase, or the OR operator. */
interface Piece {
	kind: 'word' | 'phrase' | 'or';
	text: string;
	negated: boolean;
}

/** Splits the query into words, phrases and ORs (see the syntax above). */
function pieces(input: string): Piece[] {
	const out: Piece[] = [];
	const chars = [...input];
	let i = 0;
	while (i < chars.length) {
		if (/\s/u.test(chars[i]!)) {
			i++;
			continue;
		}
		const negated = chars[i] === '-' && i + 1 < chars.length && !/\s/u.test(chars[i + 1]!);
		const start = negated ? i + 1 : i;
		const close = QUOTES.test(chars[start]!) ? chars.findIndex((c, j) => j > start && QUOTES.test(c)) : -1;
		if (close > 0) {
			out.push({ kind: 'phrase', text: chars.slice(start + 1, close).join(''), negated });
			i = close + 1;
			continue;
		}
		// A word runs to the next whitespace or quote; an unpaired quote is skipped.
		let end = start;
		if (QUOTES.test(chars[end]!)) end++;
		const from = end;
		while (end < chars.length && !/\s/u.test(chars[end]!) && !(end > from && QUOTES.test(chars[end]!) && hasPair(chars, end))) end++;
		const text = chars.slice(from, end).join('').replace(new RegExp(QUOTES.source, 'gu'), '');
		if (text === OR && !negated) out.push({ kind: 'or', text, negated });
		else if (text) out.push({ kind: 'word', text, negated });
		i = end;
	}
	return out;
}

/** Whether the quote at `at` has a closing quote after it. */
const hasPair = (chars: string[], at: number) => chars.some((c, j) => j > at && QUOTES.test(c));

/** A folded term's Pagefind query, or undefined when it has nothing to search (a lone punctuation mark). */
function termOf(typed: string): Term | undefined {
	const text = typed.trim().replace(/\s+/gu, ' ');
	const folded = fold(text);
	const tokens = termTokens(folded);
	return tokens.length ? { typed: text, folded, exact: `"${tokens.join(' ')}"` } : undefined;
}

export function parseQuery(input: string): ParsedQuery {
	const list = pieces(input.normalize('NFC'));
	const wanted: Piece[][] = [];
	const unwanted: Piece[] = [];
	const isAtom = (p: Piece | undefined) => p !== undefined && p.kind !== 'or' && !p.negated;
	for (let i = 0; i < list.length; i++) {
		const piece = list[i]!;
		if (piece.kind === 'or') {
			// Repeated ORs count as one; an OR needs a wanted word or phrase on each side, else it is the word.
			let next = i + 1;
			while (list[next]?.kind === 'or') next++;
			if (isAtom(list[i - 1]) && isAtom(list[next])) {
				wanted.at(-1)!.push(list[next]!);
				i = next;
			} else wanted.push([{ ...piece, kind: 'word' }]);
		} else if (piece.negated) unwanted.push(piece);
		else wanted.push([piece]);
	}
	const terms = (ps: Piece[]) => uniqueTerms(ps.map((p) => termOf(p.text)).filter((t) => t !== undefined));
	const groups = uniqueGroups(wanted.map(terms).filter((g) => g.length > 0));
	const excluded = terms(unwanted);
	const folded = uniqueStrings(groups.flat().map((t) => t.folded));
	return {
		typed: input.normalize('NFC').trim().replace(/\s+/gu, ' '),
		groups,
		excluded,
		folded,
		ranked: uniqueStrings(groups.flat().flatMap((t) => termTokens(t.folded))).join(' '),
	};
}

const uniqueStrings = (xs: string[]) => [...new Set(xs)];
const uniqueTerms = (terms: Term[]) => terms.filter((t, i) => terms.findIndex((u) => u.folded === t.folded) === i);
const groupKey = (group: Term[]) => group.map((t) => t.folded).sort().join('\0');
const uniqueGroups = (groups: Term[][]) => groups.filter((g, i) => groups.findIndex((h) => groupKey(h) === groupKey(g)) === i);

/** Whether the query uses more than plain words (phrases with spaces, exclusions or OR), so "containing" would misdescribe it. */
export const usesOperators = (query: ParsedQuery): boolean =>
	query.excluded.length > 0 || query.groups.some((g) => g.length > 1 || /\s/u.test(g[0]!.folded));

/** The `[start, end)` of each occurrence of a folded term in folded text (a space in the term matches any run of whitespace). */
export function occurrences(foldedText: string, term: string): [number, number][] {
	const found: [number, number][] = [];
	if (!term) return found;
	if (!term.includes(' ')) {
		for (let at = foldedText.indexOf(term); at >= 0; at = foldedText.indexOf(term, at + 1)) found.push([at, at + term.length]);
		return found;
	}
	const pattern = new RegExp(term.split(' ').map(escapeRegExp).join('\\s+'), 'gu');
	for (const m of foldedText.matchAll(pattern)) found.push([m.index, m.index + m[0].length]);
	return found;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether folded text contains a folded term. */
export const contains = (foldedText: string, term: string): boolean => occurrences(foldedText, term).length > 0;

/** Whether folded text is a match for the query: something of every group, nothing excluded (a check on what Pagefind returns). */
export function matchesQuery(foldedText: string, query: ParsedQuery): boolean {
	return (
		query.groups.length > 0 &&
		query.groups.every((group) => group.some((t) => contains(foldedText, t.folded))) &&
		!query.excluded.some((t) => contains(foldedText, t.folded))
	);
}

/** Every `[start, end)` where a folded term occurs in folded text, sorted, overlaps merged. */
export function matchRanges(foldedText: string, folded: readonly string[]): [number, number][] {
	const ranges = folded.flatMap((term) => occurrences(foldedText, term));
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
