import type { Draft } from '../types.ts';
import { endsWithTerminal } from '../text/chars.ts';
import { isHeadlineLike } from './extract-title.ts';

/**
 * Stage 11 — a headline (and kicker) that page layout dropped into the middle
 * of the body. The tell: a sentence breaks off without punctuation, one to
 * three headline-like lines follow, and then the sentence resumes. The lines
 * are taken out (the sentence is rejoined by `rejoinBrokenLines`); a line
 * that reads like a column label (…观察, …综述) becomes the kicker.
 */
const KICKER = /(观察|觀察|综述|綜述|纪实|紀實|专访|專訪|特写|特寫|速递|速遞|聚焦|调查|調查|手记|手記|述评|述評|巡礼|巡禮|探访|探訪|系列报道|系列報導|视点|視點|关注|關注)$/u;

export function extractDisplacedHeadline(draft: Draft): Draft {
	const lines = draft.lines;
	for (let i = 0; i + 2 < lines.length; i++) {
		const before = lines[i]!;
		if (endsWithTerminal(before) || isHeadlineLike(before)) continue;
		let end = i + 1;
		while (end < lines.length && end - i <= 3 && isHeadlineLike(lines[end]!)) end++;
		const displaced = lines.slice(i + 1, end);
		if (displaced.length === 0 || end >= lines.length || isHeadlineLike(lines[end]!)) continue;

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
