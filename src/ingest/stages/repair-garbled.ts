import type { Draft, StageContext } from '../types.ts';
import { markRepaired } from '../text/markers.ts';
import { stripPinyinAnnotations } from './strip-pinyin.ts';
import { normalize } from './normalize.ts';

/**
 * Stage 4 — repair garbled spans whose correct text an editor has given.
 * The override quotes the raw file as it stands (pinyin and all), so it is
 * put through the same pinyin stripping as the text before it is looked up.
 * An override that no longer matches is reported, never silently ignored.
 */
export function repairGarbledFromOverrides(draft: Draft, { override }: StageContext): Draft {
	let text = draft.text;
	const repaired = [...draft.repaired];
	const flags = [...draft.flags];
	for (const { raw, correct } of override.repairs ?? []) {
		// The quote goes through the same character stages as the text (control and private-use characters out, pinyin out…).
		const from = stripPinyinAnnotations(normalize({ ...draft, text: raw, repaired: [] }).text).text;
		const at = text.indexOf(from);
		if (at < 0) {
			flags.push({ kind: 'metadata', text: raw, note: '编辑提供的乱码修正在原文中找不到，请核对' });
			continue;
		}
		const [start, end] = trimCommonEdges(from, correct);
		const wrongPart = from.slice(start, from.length - end);
		const rightPart = correct.slice(start, correct.length - end);
		text = text.slice(0, at + start) + markRepaired(wrongPart, rightPart) + text.slice(at + from.length - end);
		repaired.push({ kind: 'garbled', from: wrongPart, to: rightPart, by: 'editorial override' });
	}
	return { ...draft, text, repaired, flags };
}

/** How many characters the two strings share at the start and at the end, so only the differing middle is marked. */
function trimCommonEdges(a: string, b: string): [number, number] {
	let start = 0;
	while (start < a.length && start < b.length && a[start] === b[start]) start++;
	let end = 0;
	while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
	return [start, end];
}
