import iconv from 'iconv-lite';
import type { Draft } from '../types.ts';
import { isCommonHan } from '../text/common-han.ts';
import { isHan } from '../text/chars.ts';
import { mapUnmarked, markGarbled, markRepaired } from '../text/markers.ts';

/**
 * Stage 5 — find garbled spans (bytes decoded out of step, characters lost
 * to `?` or U+FFFD), repair a span when the same phrase stands intact
 * elsewhere in the article, and mark every other span so the page shows it.
 */
export const GARBLED_NOTE = '原文此处字符错乱，无法确定原字';

/** Question words, and the A-not-A question form (能不能, 会不会, 有没有, 是不是…). */
const INTERROGATIVE = /[吗嗎呢么麼谁誰哪啥]|什么|什麼|怎|如何|为何|為何|为什么|為什麼|是否|多少|几|幾|难道|難道|岂|豈|可否|能否|何时|何時|何地|何处|何處|多久|多远|多遠|多长|多長|(\p{Script=Han})[不没沒]\1/u;
const SUSPECT_ASCII = /[A-Za-z\\^_`|~@#$&*=<>[\]{}]/u;
const CLOSERS = '”’」』）)】〕》';
const MERGE_DISTANCE = 3;

/** Whether the `?` at `i` is a real question mark: it ends a question, not the middle of a run of odd characters. */
export function isQuestionMark(text: string, i: number): boolean {
	const prev = text[i - 1];
	const next = text[i + 1];
	if (prev === '?' || next === '?' || prev === undefined || prev === '\n') return false;
	if (isHan(prev) && !isCommonHan(prev)) return false;
	const sentenceStart = Math.max(text.lastIndexOf('\n', i - 1), ...['。', '！', '？', '!', '；'].map((p) => text.lastIndexOf(p, i - 1))) + 1;
	const asks = INTERROGATIVE.test(text.slice(sentenceStart, i));
	if (next === undefined || next === '\n' || next === ' ' || CLOSERS.includes(next)) return asks || !isHan(prev) || isCommonHan(prev);
	if (isHan(next) || next === '“' || next === '「') return asks;
	return false;
}

function isAnomaly(text: string, i: number): boolean {
	const ch = text[i];
	return ch === '\uFFFD' || (ch === '?' && !isQuestionMark(text, i));
}

/** A character that belongs to a garbled span when it touches one: a rare Han character or stray ASCII. */
function isSuspect(ch: string | undefined): boolean {
	if (ch === undefined) return false;
	return (isHan(ch) && !isCommonHan(ch)) || SUSPECT_ASCII.test(ch) || ch === '?' || ch === '\uFFFD';
}

/** A URL (printable ASCII only, so the Chinese text after it is not part of it): its `?` starts a query, not damage. */
const URL = /(?:https?|ftp):\/\/[\x21-\x7e]+|www\.[A-Za-z0-9-]+\.[A-Za-z]{2,}[\x21-\x7e]*/gu;

/** The [start, end) ranges of garbled spans in the text. */
export function findGarbledSpans(text: string): [number, number][] {
	const spans: [number, number][] = [];
	const urls = [...text.matchAll(URL)].map((m) => [m.index, m.index + m[0].length] as const);
	const inUrl = (i: number) => urls.some(([start, end]) => i >= start && i < end);
	for (let i = 0; i < text.length; i++) {
		if (!isAnomaly(text, i) || (text[i] === '?' && inUrl(i))) continue;
		let start = i;
		while (start > 0 && isSuspect(text[start - 1]) && text[start - 1] !== '?') start--;
		let end = i + 1;
		for (;;) {
			if (isSuspect(text[end]) && (text[end] !== '?' || isAnomaly(text, end))) {
				end++;
				continue;
			}
			// Bridge up to two ordinary characters when another odd character follows at once.
			const bridge = [1, 2].find((n) => {
				const between = text.slice(end, end + n);
				return between.length === n && [...between].every((c) => isHan(c) || /[A-Za-z]/u.test(c)) && isSuspect(text[end + n]) && (text[end + n] !== '?' || isAnomaly(text, end + n));
			});
			if (bridge === undefined) break;
			end += bridge + 1;
		}
		const previous = spans.at(-1);
		// Spans a few characters apart are one stretch of damage: one flag, not dozens.
		if (previous && start - previous[1] <= MERGE_DISTANCE && !text.slice(previous[1], start).includes('\n')) previous[1] = end;
		else spans.push([start, end]);
		i = end - 1;
	}
	return spans;
}

/**
 * The text that stands intact elsewhere in the article between the same
 * neighbours as the garbled span, when exactly one such text exists and its
 * GBK byte length fits the span. Otherwise undefined: no guessing.
 */
export function findIntactPhrase(text: string, start: number, end: number, wholeArticle = text): string | undefined {
	const before = text.slice(Math.max(0, start - 4), start);
	const after = text.slice(end, end + 4);
	const span = text.slice(start, end);
	const spanBytes = [...span].reduce((n, c) => n + (c.charCodeAt(0) < 0x80 ? 1 : 2), 0);
	// The span itself always holds a `?` or U+FFFD, which the pattern excludes, so it never matches itself.
	const elsewhere = wholeArticle;
	for (let k = Math.min(4, before.length); k >= 1; k--) {
		for (let m = Math.min(4, after.length); m >= 1; m--) {
			if (k + m < 4) continue;
			const left = before.slice(before.length - k);
			const right = after.slice(0, m);
			if (/[\n\uE000-\uF8FF]/u.test(left + right)) continue;
			const pattern = new RegExp(`${escape(left)}([^?\\uFFFD\\n\\uE000-\\uF8FF]{1,${span.length + 2}}?)${escape(right)}`, 'gu');
			const found = new Set([...elsewhere.matchAll(pattern)].map((match) => match[1]!));
			if (found.size !== 1) continue;
			const [phrase] = found as Set<string>;
			const bytes = iconv.encode(phrase!, 'gbk').length;
			if (Math.abs(bytes - spanBytes) <= 2) return phrase;
		}
	}
	return undefined;
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

export function flagGarbled(draft: Draft): Draft {
	const flags = [...draft.flags];
	const repaired = [...draft.repaired];
	const text = mapUnmarked(draft.text, (run) => {
		let out = '';
		let last = 0;
		for (const [start, end] of findGarbledSpans(run)) {
			const span = run.slice(start, end);
			const context = run.slice(Math.max(0, start - 6), Math.min(run.length, end + 6)).replace(/\n/gu, ' ');
			const phrase = findIntactPhrase(run, start, end, draft.text);
			out += run.slice(last, start);
			if (phrase !== undefined) {
				out += markRepaired(span, phrase);
				repaired.push({ kind: 'garbled', from: span, to: phrase, by: 'the same phrase stands intact elsewhere in the article' });
			} else {
				out += markGarbled(span);
				flags.push({ kind: 'garbled', text: span, context, note: GARBLED_NOTE });
			}
			last = end;
		}
		return out + run.slice(last);
	});
	return { ...draft, text, flags, repaired };
}
