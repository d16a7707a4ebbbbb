import type { Block, Draft } from '../types.ts';
import { isChineseContext } from '../text/chars.ts';
import { GAP, mapUnmarked, REPAIR_CLOSE } from '../text/markers.ts';

/**
 * Stage 15 — ASCII , ; : ? ! ( ) inside Chinese text become fullwidth.
 * Numbers, Latin text and URLs keep theirs (42.4亿元, 1+8, 3:25, http://…).
 * A mark is "inside Chinese text" when the character on either side of it is
 * Chinese (Han or fullwidth punctuation); parentheses convert as a pair.
 */
const FULLWIDTH: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const ASCII_MARK = /[,;:?!()]/u;
const URL = /(?:https?|ftp):\/\/[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|www\.[A-Za-z0-9.-]+\.[A-Za-z]{2,}\S*/gu;

const chinese = (ch: string | undefined): boolean => isChineseContext(ch) || ch === GAP || ch === REPAIR_CLOSE;

export function fullwidthPunctuation(text: string): { text: string; changed: number } {
	let changed = 0;
	const out = mapUnmarked(text, (run) => {
		// Keep URLs whole: split them out, convert only the text between.
		const pieces: string[] = [];
		let last = 0;
		for (const url of run.matchAll(URL)) {
			pieces.push(convert(run.slice(last, url.index)), url[0]);
			last = url.index + url[0].length;
		}
		pieces.push(convert(run.slice(last)));
		return pieces.join('');
	});

	function convert(run: string): string {
		if (!ASCII_MARK.test(run)) return run;
		const chars = [...run];
		const open: number[] = [];
		for (let i = 0; i < chars.length; i++) {
			const ch = chars[i]!;
			if (!(ch in FULLWIDTH)) continue;
			if (ch === '(') {
				open.push(i);
				continue;
			}
			if (ch === ')') {
				const start = open.pop();
				if (start === undefined) {
					if (chinese(chars[i - 1])) (chars[i] = '）'), changed++;
					continue;
				}
				const inner = chars.slice(start + 1, i).join('');
				if (chinese(chars[start - 1]) || chinese(chars[i + 1]) || /\p{Script=Han}/u.test(inner)) {
					chars[start] = '（';
					chars[i] = '）';
					changed += 2;
				}
				continue;
			}
			const before = chars[i - 1];
			const after = chars[i + 1];
			const betweenDigits = /\d/u.test(before ?? '') && /\d/u.test(after ?? '');
			if (!betweenDigits && (chinese(before) || chinese(after))) {
				chars[i] = FULLWIDTH[ch]!;
				changed++;
			}
		}
		for (const start of open) if (chinese(chars[start - 1]) || chinese(chars[start + 1])) (chars[start] = '（'), changed++;
		return chars.join('');
	}
	return { text: out, changed };
}

export function normalizePunctuation(draft: Draft): Draft {
	let changed = 0;
	const blocks = draft.blocks.map((block): Block => {
		const result = fullwidthPunctuation(block.text);
		changed += result.changed;
		const credit = block.type === 'caption' && block.credit ? fullwidthPunctuation(block.credit) : undefined;
		if (credit) changed += credit.changed;
		return block.type === 'caption' ? { ...block, text: result.text, credit: credit?.text ?? block.credit } : { ...block, text: result.text };
	});
	const repaired = changed > 0 ? [...draft.repaired, { kind: 'punctuation', from: `${changed} ASCII mark(s) , ; : ? ! ( ) inside Chinese text`, to: '，；：？！（）', by: 'Chinese text takes fullwidth punctuation' }] : draft.repaired;
	return { ...draft, blocks, repaired };
}
