import type { Draft } from '../types.ts';
import { PRIVATE_USE } from '../text/markers.ts';

/**
 * Stage 2 — normalize characters: line endings, stray control and
 * private-use characters, fullwidth Latin letters and digits (ＶＩＰ → VIP,
 * ２０１２ → 2012), and odd spaces. Fullwidth punctuation is kept: it is
 * correct in Chinese text.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/gu;

export function normalize(draft: Draft): Draft {
	const repaired = [...draft.repaired];
	let text = draft.text.normalize('NFC').replace(/\r\n?/gu, '\n');

	const controls = text.match(CONTROL) ?? [];
	const privateUse = text.match(PRIVATE_USE) ?? [];
	text = text.replace(CONTROL, '').replace(PRIVATE_USE, '');
	if (controls.length + privateUse.length > 0) {
		repaired.push({
			kind: 'control-characters',
			from: `${controls.length + privateUse.length} invisible control character(s): ${[...new Set([...controls, ...privateUse])].map((c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`).join(' ')}`,
			to: '',
			by: 'never text: control and private-use characters carry no content',
		});
	}

	const fullwidth = new Set(text.match(FULLWIDTH_ALNUM) ?? []);
	if (fullwidth.size > 0) {
		text = text.replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
		repaired.push({ kind: 'fullwidth', from: [...fullwidth].join(''), to: [...fullwidth].map((ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).join(''), by: 'fullwidth Latin letters and digits fold to halfwidth' });
	}

	text = text
		.replace(ODD_SPACE, ' ')
		.replace(/\t/gu, ' ')
		.split('\n')
		.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
		.join('\n');
	return { ...draft, text, repaired };
}
