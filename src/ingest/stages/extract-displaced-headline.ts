import type { Draft } from '../types.ts';
import { isHeadlineLike, isListItem, isProseFragment } from '../text/line-kinds.ts';
import { readableText } from '../text/markers.ts';
import { foldForMatching } from '../../lib/fold.ts';

/**
 * Stage 11 — a headline (and kicker) that page layout dropped into the middle
 * of the body. The tell: a sentence breaks off without punctuation, one to
 * three headline-like lines follow, and then the sentence resumes. The lines
 * are taken out (the sentence is rejoined by `rejoinBrokenLines`); a line
 * that reads like a column label (…观察, …综述) becomes the kicker.
 */
const KICKER = /(观察|觀察|综述|綜述|纪实|紀實|专访|專訪|特写|特寫|速递|速遞|聚焦|调查|調查|手记|手記|述评|述評|巡礼|巡禮|探访|探訪|系列报道|系列報導|视点|視點|关注|關注)$/u;

/** A headline line: no colon (form fields, salutations), no enumeration comma (a broken list), no list marker, no ideographic space (signatures: 主席　习近平). */
const isDisplacedHeadline = (line: string): boolean => {
	const plain = readableText(line).trim();
	return isHeadlineLike(line) && !/[:：、\s\u3000]/u.test(plain) && !isListItem(line) && !DANGLING.test(plain) && balanced(plain);
};
/** A headline neither starts nor ends on a function word; a line that does is a piece of a sentence. */
const DANGLING = /^[之的地得了着過过]|[之的地得和與与及或在對对為为將将把被從从向於于以而並并且]$/u;
const balanced = (text: string): boolean => [['“', '”'], ['「', '」'], ['(', ')'], ['（', '）'], ['《', '》']].every(([open, close]) => text.split(open!).length === text.split(close!).length);

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Whether a word runs across the line break (中華民國主 ⏎ 管機關 → 主管): then the line continues the sentence, it was not dropped into it. */
function wordSpansBreak(before: string, after: string): boolean {
	const left = readableText(before).trimEnd().slice(-6);
	const joined = left + readableText(after).trimStart().slice(0, 6);
	return [...segmenter.segment(foldForMatching(joined))].some(({ index, segment }) => index < left.length && index + segment.length > left.length);
}
/** The broken sentence resumes: prose that starts with a character, not a list item, and reaches a sentence end. */
const resumesSentence = (line: string): boolean => {
	const plain = readableText(line).trim();
	return /^[\p{Script=Han}A-Za-z0-9]/u.test(plain) && !isListItem(line) && !isHeadlineLike(line) && /[。！？!?]/u.test(plain);
};

export function extractDisplacedHeadline(draft: Draft): Draft {
	const lines = draft.lines;
	for (let i = 0; i + 2 < lines.length; i++) {
		if (!isProseFragment(lines[i]!)) continue;
		let end = i + 1;
		while (end < lines.length && end - i <= 3 && isDisplacedHeadline(lines[end]!)) end++;
		const displaced = lines.slice(i + 1, end);
		if (displaced.length === 0 || end >= lines.length || !resumesSentence(lines[end]!) || wordSpansBreak(lines[i]!, displaced[0]!)) continue;

		const kicker = displaced.find((line) => KICKER.test(line.trim()));
		const [title, subtitle] = displaced.filter((line) => line !== kicker).map((line) => line.trim());
		const removed = [...draft.removed, ...displaced.map((text) => ({ kind: 'layout:displaced-headline', text }))];
		const rest = [...lines.slice(0, i + 1), ...lines.slice(end)];
		if (draft.found.title || title === undefined) return { ...draft, lines: rest, removed };
		return {
			...draft,
			lines: rest,
			removed,
			found: {
				...draft.found,
				title: { text: title, method: 'headline displaced by page layout into the body', confidence: 'medium' },
				subtitle: draft.found.subtitle ?? subtitle,
				kicker: draft.found.kicker ?? kicker?.trim(),
			},
		};
	}
	return draft;
}
