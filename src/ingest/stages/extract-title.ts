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

/** A first line may be a longer headline than a subheading (transcripts run to 90 characters): up to 100, commas allowed, no sentence end. */
function isLeadingHeadline(line: string): boolean {
	const plain = readableText(line).trim();
	return isHeadlineLike(line) || (plain.length <= 100 && hanCount(plain) >= 3 && !endsWithTerminal(plain) && !/[。；;]/u.test(plain));
}

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
