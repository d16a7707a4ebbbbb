import type { Draft } from '../types.ts';
import { readableText } from '../text/markers.ts';
import { isCaptionStart, isCreditLine, isHeadlineLike, isListItem, isPhotoCredit, isProseFragment } from '../text/line-kinds.ts';

/**
 * Stage 12 — rejoin words and sentences that page layout broke across lines
 * ("高速公" ⏎ "路为纽带", "上" ⏎ "海外国语大学"). A line is broken when it
 * stops without sentence-ending punctuation and is not a heading; it joins
 * the next line unless that one starts a caption or a heading.
 */
export function rejoinBrokenLines(draft: Draft): Draft {
	const lines: string[] = [];
	const repaired = [...draft.repaired];
	for (const line of draft.lines) {
		const previous = lines.at(-1);
		if (previous !== undefined && isProseFragment(previous) && (!startsNewBlock(line) || continuesClause(previous, line))) {
			lines[lines.length - 1] = previous + line;
			repaired.push({
				kind: 'broken-line',
				from: `${readableText(previous).slice(-8)}⏎${readableText(line).slice(0, 8)}`,
				to: `${readableText(previous).slice(-8)}${readableText(line).slice(0, 8)}`,
				by: 'the line stops mid-sentence and the next one continues it',
			});
		} else {
			lines.push(line);
		}
	}
	return { ...draft, lines, repaired };
}

const startsNewBlock = (line: string): boolean => isHeadlineLike(line) || isCreditLine(line) || isCaptionStart(line) || isPhotoCredit(line) || isListItem(line);
/** After a comma the sentence goes on: the next line continues it even when it is short enough to look like a heading. */
const continuesClause = (previous: string, line: string): boolean =>
	/[，,、]$/u.test(readableText(previous).trim()) && !isCreditLine(line) && !isCaptionStart(line) && !isPhotoCredit(line) && !isListItem(line);
