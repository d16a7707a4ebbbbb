import { Converter } from 'opencc-js/t2cn';

/**
 * Script folding for search. Index and query are both folded to Simplified
 * with the same small converter (opencc-js `t2cn`, about 52 KB gzipped, so
 * the browser can fold queries too), and ASCII letters are lowercased.
 *
 * The fold keeps the UTF-16 length, so a position found in the folded text is
 * the same position in the original text and in either edition's text. When
 * the phrase dictionary would change the length (it never does on the
 * archive today), the text is folded one character at a time instead.
 */
const t2cn = Converter({ from: 't', to: 'cn' });

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

/** The text in Simplified script, same length, same case. */
export const toSimplifiedSameLength = sameLength(t2cn);

/** The search fold: Simplified script, ASCII lowercase, same length as `text`. */
export function fold(text: string): string {
	return lowerAscii(toSimplifiedSameLength(text));
}
