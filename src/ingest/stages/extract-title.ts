import type { Draft } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { endsWithTerminal, hanCount } from '../text/chars.ts';
import { readableText } from '../text/markers.ts';
import { isHeadlineLike } from '../text/line-kinds.ts';

/**
 * Stage 8 — find the headline in the text, in order of preference:
 *   1. an explicit 原标题/原標題 line (a short line right after it is the subtitle);
 *   2. a headline displaced by page layout into the middle of the body (see
 *      `extractDisplacedHeadline`, which runs once the lines are final);
 *   3. a headline standing alone on the first line (short, no sentence punctuation).
 * Deriving a title from the text, the last resort, happens in `inferMetadata`.
 */
const ORIGINAL_TITLE = /^(?:原标题|原題|原标)[:：]\s*/u;

/** Stage 8a — the 原标题 line and the subtitle under it; they may stand before the dateline. */
export function extractOriginalTitle(draft: Draft): Draft {
	const lines = [...draft.lines];
	const index = lines.findIndex((line) => ORIGINAL_TITLE.test(foldForMatching(line)));
	if (index >= 0) {
		const line = lines[index]!;
		const prefix = ORIGINAL_TITLE.exec(foldForMatching(line))![0];
		const title = line.slice(prefix.length).trim();
		const removed = [...draft.removed, { kind: 'title', text: line }];
		let subtitle: string | undefined;
		const next = lines[index + 1];
		if (next !== undefined && isHeadlineLike(next)) {
			subtitle = next.trim();
			removed.push({ kind: 'subtitle', text: next });
			lines.splice(index + 1, 1);
		}
		lines.splice(index, 1);
		return {
			...draft,
			lines,
			removed,
			found: { ...draft.found, title: { text: title, method: '原标题 line', confidence: 'high' }, subtitle },
		};
	}
	return draft;
}

/**
 * A first line may be a longer headline than a subheading (transcripts run to
 * 90 characters): up to 100, commas allowed, no full stop. It may end in a
 * question or exclamation mark, or close a quotation it opened (…：「…」),
 * as headlines do; those marks are part of the headline and are kept.
 */
function isLeadingHeadline(line: string): boolean {
	const plain = readableText(line).trim();
	if (isHeadlineLike(line)) return true;
	if (plain.length > 100 || hanCount(plain) < 3 || /[。；;]/u.test(plain)) return false;
	return !endsWithTerminal(plain) || HEADLINE_END.test(plain);
}

/** The marks a headline may end with: ？！ (one or more), or a quotation closed on the same line. */
const HEADLINE_END = /[？！?!]+$|^[^「“『]*[「“『][^」”』]*[」”』]$/u;

/**
 * The rest of a dateline's line (新华社南京3月18日电 记者从…) is the story's lead,
 * never a headline. (A line that also stands alone in the text may be a headline.)
 */
function followsDateline(draft: Draft, line: string): boolean {
	const text = `\n${draft.text}\n`;
	return !text.includes(`\n${line}\n`) && draft.removed.some((removal) => removal.kind === 'dateline' && text.includes(`\n${removal.text}${line}\n`));
}

/** Stage 8b — after the dateline is gone: a headline standing alone on the first line. */
export function extractLeadingHeadline(draft: Draft): Draft {
	if (draft.found.title) return draft;
	const lines = draft.lines;
	const first = lines[0];
	if (first !== undefined && lines.length > 1 && isLeadingHeadline(first) && !followsDateline(draft, first)) {
		// Transcripts repeat a long headline split over the next lines: those repeats go too (reported).
		const title = first.trim();
		let end = 1;
		while (end + 1 < lines.length && isHeadlineLike(lines[end]!) && title.includes(lines[end]!.trim())) end++;
		return {
			...draft,
			lines: lines.slice(end),
			removed: [...draft.removed, { kind: 'title', text: first }, ...lines.slice(1, end).map((text) => ({ kind: 'title:repeated', text }))],
			found: { ...draft.found, title: { text: title, method: 'headline on the first line', confidence: 'medium' } },
		};
	}
	return draft;
}

/** The same headline again, perhaps without its final mark: page layouts print it above the text and again at its top. */
function repeatsHeadline(line: string, title: string): boolean {
	const bare = (text: string) => readableText(text).trim().replace(/[？！?!。]+$/u, '').replace(/\s+/gu, ' ');
	return bare(line) !== '' && bare(line) === bare(title);
}

/**
 * Stage 8d — once the headline is known, however it was found (原标题 line,
 * first line, a page's own metadata): the body's first line is dropped when
 * it only repeats the headline (reported), so the headline is not printed twice.
 */
export function dropRepeatedHeadline(draft: Draft): Draft {
	const title = draft.found.title?.text;
	const first = draft.lines[0];
	if (title === undefined || first === undefined || draft.lines.length < 2 || !repeatsHeadline(first, title)) return draft;
	return { ...draft, lines: draft.lines.slice(1), removed: [...draft.removed, { kind: 'title:repeated', text: first }] };
}

/**
 * Stage 8c — a deck under the headline: a headline-like line that opens the
 * body, when no other line in the article reads as a subheading. (In a
 * roundup, where several do, the first is the first item's heading.) It is
 * the subtitle, shown with the headline, never a heading of the body.
 */
export function extractSubtitle(draft: Draft): Draft {
	const [first, second] = draft.lines;
	if (!draft.found.title || draft.found.subtitle !== undefined || first === undefined || second === undefined) return draft;
	if (!isHeadlineLike(first) || isHeadlineLike(second) || draft.lines.slice(2).some((line) => isHeadlineLike(line))) return draft;
	return {
		...draft,
		lines: draft.lines.slice(1),
		removed: [...draft.removed, { kind: 'subtitle', text: first }],
		found: { ...draft.found, subtitle: first.trim() },
	};
}
