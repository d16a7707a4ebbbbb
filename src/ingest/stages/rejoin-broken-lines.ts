import type { Draft } from '../types.ts';
import { endsWithTerminal } from '../text/chars.ts';
import { readableText } from '../text/markers.ts';
import { isHeadlineLike } from './extract-title.ts';
import { isCaptionStart, isPhotoCredit } from './segment-blocks.ts';

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
		if (previous !== undefined && isBroken(previous) && (!startsNewBlock(line) || continuesClause(previous, line))) {
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

/**
 * A fragment of running text: long enough, or holding a clause break, and not
 * ending in a colon (which introduces what follows: 全文如下： / 此致).
 */
const isBroken = (line: string): boolean => {
	const plain = readableText(line).trim();
	const fragmentOfProse = plain.length >= 40 || (plain.length >= 12 && /[，,、]/u.test(plain));
	return fragmentOfProse && !endsWithTerminal(plain) && !/[：:]$/u.test(plain) && !isHeadlineLike(line) && !isCaptionStart(line) && !isPhotoCredit(line);
};
/** Lines that begin something of their own: headings, captions, list items (1. / 第一， / （一） / 一、). */
const LIST_ITEM = /^(\d+[.、．]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/u;
const startsNewBlock = (line: string): boolean => isHeadlineLike(line) || isCaptionStart(line) || isPhotoCredit(line) || LIST_ITEM.test(line.trim());
/** After a comma the sentence goes on: the next line continues it even when it is short enough to look like a heading. */
const continuesClause = (previous: string, line: string): boolean =>
	/[，,、]$/u.test(readableText(previous).trim()) && !isCaptionStart(line) && !isPhotoCredit(line) && !LIST_ITEM.test(line.trim());
