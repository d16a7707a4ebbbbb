import { ConverterFactory } from 'opencc-js/core';
import { decodeCharTable } from './fold-codec.ts';
import { CHARACTERS, PHRASES } from './fold-table.ts';

/**
 * Script folding: the one place Traditional text is folded to Simplified for
 * matching, everywhere — the ingest's rules, tags, slugs, related articles,
 * and search (index and query alike). The converter is opencc-js's `t→cn`
 * (its `t2s` preset: CJK compatibility ideographs normalized, then
 * Traditional phrases and characters, longest match first), never `twp`,
 * which rewrites vocabulary. Rules can therefore be written once, in
 * Simplified, and match both scripts.
 *
 * The preset's data comes from `fold-table.ts` (generated from opencc-js by
 * `scripts/fold-table.ts`, about 14 KB gzipped) and runs on opencc-js's own
 * converter core, so the browser folds queries exactly as the build folds
 * articles without loading opencc-js's 53 KB preset bundle. `fold.test.ts`
 * checks it against `Converter({ from: 't', to: 'cn' })` over every entry.
 *
 * The fold keeps the UTF-16 length, so a position found in the folded text is
 * the same position in the original text and in either edition's text. Where
 * the phrase dictionary would change a clause's length (53 of the shared
 * corpus's 207,786 lines), that clause is folded one character at a time.
 */

/**
 * opencc's normalization step maps each CJK compatibility ideograph to the
 * unified ideograph that is its Unicode NFC form (`fold.test.ts` checks every
 * entry), so it is done with `normalize` rather than a table.
 */
const COMPATIBILITY_IDEOGRAPH = /[\uF900-\uFAFF\u{2F800}-\u{2FA1F}]/gu;
const normalize = (text: string) => text.replace(COMPATIBILITY_IDEOGRAPH, (ch) => ch.normalize('NFC'));
const convert = ConverterFactory([PHRASES, decodeCharTable(CHARACTERS)]);

/**
 * Traditional → Simplified, as opencc-js `Converter({ from: 't', to: 'cn' })`;
 * the length may change (a phrase may fold to another length).
 */
export const toSimplified = (text: string): string => convert(normalize(text));

function lowerAscii(text: string): string {
	return text.replace(/[A-Z]/g, (c) => c.toLowerCase());
}

/**
 * Wraps a converter so it keeps the UTF-16 length: text is converted clause by
 * clause (split at punctuation and whitespace, which the dictionaries never
 * span), and a clause whose conversion would change length is converted one
 * character at a time instead.
 */
export function sameLength(convert: (text: string) => string): (text: string) => string {
	return (text) => {
		const whole = convert(text);
		if (whole.length === text.length) return whole;
		return text.replace(/[^\s\p{P}]+/gu, (clause) => {
			const converted = convert(clause);
			if (converted.length === clause.length) return converted;
			let out = '';
			for (const ch of clause) {
				const one = convert(ch);
				out += one.length === ch.length ? one : ch;
			}
			return out;
		});
	};
}

const simplifiedSameLength = sameLength(toSimplified);

/**
 * The text in Simplified script, same length, same case: positions found in
 * the folded text are positions in the original. The latest folds are
 * remembered, since the ingest's stages fold the same paragraph more than once.
 */
export function foldForMatching(text: string): string {
	const known = recentFolds.get(text);
	if (known !== undefined) return known;
	const folded = simplifiedSameLength(text);
	if (recentFolds.size === RECENT_FOLDS) recentFolds.delete(recentFolds.keys().next().value!);
	recentFolds.set(text, folded);
	return folded;
}

const RECENT_FOLDS = 256;
const recentFolds = new Map<string, string>();

/** The fold for search, tags and related articles: Simplified script, ASCII lowercase, same length as `text`. */
export function fold(text: string): string {
	return lowerAscii(foldForMatching(text));
}
