import { pinyin } from 'pinyin-pro';
import type { Draft } from '../types.ts';

/**
 * Stage 3 — strip pinyin annotations that a conversion tool inserted after
 * characters: 長(zhǎng)三角 → 長三角, 會(huì) → 會. An annotation is a single
 * pinyin syllable in parentheses right after a character. It goes when it
 * carries a tone mark, or when it is one of the readings of the character
 * before it (pinyin-pro knows them). Real parentheses such as (上海), (VR)
 * or (安亭) are never a syllable, so they stay.
 */
const TONED = 'āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ';
const SYLLABLE = new RegExp(`^[a-zü${TONED}]{1,6}$`, 'u');
const ANNOTATION = /(.)[(（]([a-zA-Zü\u00c0-\u024f\u1e00-\u1eff]{1,7})[)）]/gu;

const readingsCache = new Map<string, string[]>();
function readingsOf(ch: string): string[] {
	let readings = readingsCache.get(ch);
	if (!readings) {
		readings = /\p{Script=Han}/u.test(ch) ? pinyin(ch, { multiple: true, type: 'array' }) : [];
		readingsCache.set(ch, readings);
	}
	return readings;
}

/** Whether `syllable`, written after `before`, is a pinyin annotation rather than real bracketed text. */
export function isPinyinAnnotation(before: string, syllable: string): boolean {
	if (!SYLLABLE.test(syllable)) return false;
	const toned = [...syllable].some((ch) => TONED.includes(ch));
	if (toned) return true;
	const plain = (s: string) => s.normalize('NFD').replace(/\p{Mn}/gu, '');
	return readingsOf(before).some((reading) => plain(reading) === syllable);
}

/**
 * In garbled spans the byte shift can swallow the opening parenthesis, leaving
 * `?jiǎng)`: a question mark, a toned syllable and a closing parenthesis.
 */
const ORPHANED_ANNOTATION = new RegExp(`([?\uFFFD])([a-zü${TONED}]{0,5}[${TONED}][a-zü]{0,5})[)）]`, 'gu');

export function stripPinyinAnnotations(text: string): { text: string; count: number } {
	let count = 0;
	const stripped = text
		.replace(ANNOTATION, (whole, before: string, syllable: string) => {
			if (!isPinyinAnnotation(before, syllable)) return whole;
			count++;
			return before;
		})
		.replace(ORPHANED_ANNOTATION, (_whole, mark: string) => {
			count++;
			return mark;
		});
	return { text: stripped, count };
}

export function stripPinyin(draft: Draft): Draft {
	const { text, count } = stripPinyinAnnotations(draft.text);
	return { ...draft, text, pinyinStripped: draft.pinyinStripped + count };
}
