import { pinyin } from 'pinyin-pro';
import type { ArticleDate } from '../schemas/article.ts';
import { parseIsoDate, precisionOf } from './calendar.ts';
import { toSimplified } from './fold.ts';

/**
 * Permalink slugs: the date at its known precision, then the first words of
 * the title in toneless pinyin, e.g. `2019-12-jiudishi-zhengxie-gongshang`
 * (`undated-…` when the date is not certain).
 * Readable, short, and independent of the file name. The ingest assigns a
 * slug once and keeps it in frontmatter; it is never recomputed.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const MAX_WORDS = 4;
const MAX_LENGTH = 60;

export function slugWords(title: string): string[] {
	const simplified = toSimplified(title);
	// Read the whole title at once, so polyphonic characters get their reading in context (长三角 → chang).
	const syllables = pinyin(simplified, { toneType: 'none', type: 'array', v: true });
	const words: string[] = [];
	let at = 0;
	for (const { segment, isWordLike } of segmenter.segment(simplified)) {
		const chars = [...segment];
		const word = chars.map((ch, i) => (/\p{Script=Han}/u.test(ch) ? syllables[at + i] ?? '' : ch.toLowerCase())).join('');
		at += chars.length;
		const ascii = word.normalize('NFD').replace(/[^a-z0-9]/gu, '');
		// Pure numbers (years, counts) say little in a URL that already starts with the date.
		if (!isWordLike || !ascii || /^\d+$/u.test(ascii) || ascii === 'nian') continue;
		words.push(ascii);
		if (words.length === MAX_WORDS) break;
	}
	return words;
}

/**
 * The date part of a slug: the date at its precision when it is certain (an
 * editor's, or read from the article's own date line) and a real calendar
 * date; otherwise `undated`, so a permalink never freezes a guess.
 */
export function slugDate(date: ArticleDate): string {
	const certain = date.confidence === 'editorial' || date.confidence === 'high';
	const parts = parseIsoDate(date.value);
	return certain && parts && precisionOf(parts) === date.precision ? date.value : 'undated';
}

export function makeSlug(date: ArticleDate, title: string): string {
	const words = slugWords(title);
	const base = [slugDate(date), ...words].join('-');
	return base.length <= MAX_LENGTH ? base : base.slice(0, MAX_LENGTH).replace(/-[^-]*$/u, '');
}

/** The first free slug: `base`, then `base-2`, `base-3`… */
export function uniqueSlug(base: string, taken: ReadonlySet<string>): string {
	if (!taken.has(base)) return base;
	for (let n = 2; ; n++) if (!taken.has(`${base}-${n}`)) return `${base}-${n}`;
}
