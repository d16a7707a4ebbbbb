import type { Draft } from '../types.ts';
import { PRIVATE_USE } from '../text/markers.ts';

/**
 * Stage 2 — normalize characters: line endings, stray control and
 * private-use characters, fullwidth Latin letters and digits (ＶＩＰ → VIP,
 * ２０１２ → 2012), fullwidth marks and ideographic spaces inside numbers
 * (2．7万 → 2.7万, 2，000 → 2,000, 100　万元 → 100万元), and odd spaces.
 * Other fullwidth punctuation is kept: it is correct in Chinese text.
 *
 * Noncharacters (U+FFFE, U+FDD0…) and lone surrogates are never text, but
 * they stand where some character was: they become U+FFFD, which *flag
 * garbled* then marks on the page, so the spot stays visible and nothing is
 * silently dropped. (Left in, they would stop the build: the frontmatter's
 * YAML reader refuses them.)
 */
const NONCHARACTER = /\p{Noncharacter_Code_Point}/gu;
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\u202a-\u202e\u2060\u2066-\u2069\ufeff]/gu;
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/gu;
const ODD_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f]/gu;
/**
 * Inside a number: a fullwidth decimal point between digits, a fullwidth
 * comma before exactly three digits (a thousands group), and an ideographic
 * space between a number and its unit. A space before any other character
 * is left alone: headlines and lists separate their parts that way
 * (…3死　3人失蹤, 12.24　土象).
 */
const NUMBER_MARKS: readonly (readonly [RegExp, string])[] = [
	[/(?<=\d)．(?=\d)/gu, '.'],
	[/(?<=\d)，(?=\d{3}(?!\d))/gu, ','],
	[/(?<=\d)\u3000+(?=[万亿千百元%％倍])/gu, ''],
];

export function normalize(draft: Draft): Draft {
	const repaired = [...draft.repaired];
	const notText = [...new Set(draft.text.match(NONCHARACTER) ?? [])];
	const wellFormed = draft.text.toWellFormed();
	const loneSurrogates = wellFormed === draft.text ? 0 : [...draft.text].filter((c) => /^[\uD800-\uDFFF]$/u.test(c)).length;
	let text = wellFormed.replace(NONCHARACTER, '\uFFFD').normalize('NFC').replace(/\r\n?/gu, '\n');
	if (notText.length + loneSurrogates > 0) {
		repaired.push({
			kind: 'noncharacters',
			from: [...notText.map(codePoint), ...(loneSurrogates ? [`${loneSurrogates} lone surrogate(s)`] : [])].join(' '),
			to: 'U+FFFD',
			by: 'never text: noncharacters and lone surrogates stand for a lost character, shown as garbled',
		});
	}

	const controls = text.match(CONTROL) ?? [];
	const privateUse = text.match(PRIVATE_USE) ?? [];
	text = text.replace(CONTROL, '').replace(PRIVATE_USE, '');
	if (controls.length + privateUse.length > 0) {
		repaired.push({
			kind: 'control-characters',
			from: `${controls.length + privateUse.length} invisible control character(s): ${[...new Set([...controls, ...privateUse])].map(codePoint).join(' ')}`,
			to: '',
			by: 'never text: control and private-use characters carry no content',
		});
	}

	const fullwidth = new Set(text.match(FULLWIDTH_ALNUM) ?? []);
	if (fullwidth.size > 0) {
		text = text.replace(FULLWIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
		repaired.push({ kind: 'fullwidth', from: [...fullwidth].join(''), to: [...fullwidth].map((ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0)).join(''), by: 'fullwidth Latin letters and digits fold to halfwidth' });
	}

	let numberMarks = 0;
	for (const [mark, replacement] of NUMBER_MARKS) {
		text = text.replace(mark, () => (numberMarks++, replacement));
	}
	if (numberMarks > 0) {
		repaired.push({ kind: 'number-marks', from: `${numberMarks} fullwidth mark(s) or ideographic space(s) inside numbers`, to: '. , or nothing', by: 'a number is written with ASCII marks, as its digits are' });
	}

	text = text
		.replace(ODD_SPACE, ' ')
		.replace(/\t/gu, ' ')
		.split('\n')
		.map((line) => line.replace(/^[\s\u3000]+|[\s\u3000]+$/gu, ''))
		.join('\n');
	return { ...draft, text, repaired };
}

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
