/**
 * Our own tokenization, so search never depends on where Pagefind's word
 * splitters cut (jieba at index time, `Intl.Segmenter` at query time, which
 * disagree: CloudCannon/pagefind#1237), and so Pagefind's exact-phrase search
 * answers "which articles contain this string" exactly from the index alone.
 *
 * An article's folded text becomes, in order, one bigram token per pair of
 * adjacent characters (punctuation included; a run of whitespace counts as
 * one space), so the bigrams of any substring sit at consecutive word
 * positions, followed by one unigram token for each distinct letter or digit.
 * A query term of n ≥ 2 characters is the phrase of its n−1 bigrams: Pagefind
 * matches a phrase only at consecutive positions, that is, exactly where the
 * text contains the term. A one-character term is its unigram.
 *
 * Tokens are spelled in ASCII (four base-36 digits per code point; unigrams
 * prefixed with `y`, which never starts a bigram), so Pagefind treats each as
 * one opaque word that no splitter or stemmer touches.
 */
const UNIGRAM = 'y';
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const WHITESPACE = /\s+/gu;

/** A code point as four base-36 digits (36⁴ > 0x10FFFF; the first digit is at most `n`). */
export function encodeChar(ch: string): string {
	return ch.codePointAt(0)!.toString(36).padStart(4, '0');
}

const bigrams = (chars: string[]) => chars.slice(1).map((ch, i) => chars[i]! + ch);

/** The index tokens of folded text: its bigrams in text order, then its distinct letters and digits. */
export function indexTokens(folded: string): string[] {
	const chars = [...folded.trim().replace(WHITESPACE, ' ')];
	const letters = new Set(chars.filter((ch) => LETTER_OR_DIGIT.test(ch)).map((ch) => UNIGRAM + encodeChar(ch)));
	return [...bigrams(chars.map(encodeChar)), ...[...letters].sort()];
}

/**
 * The Pagefind words of one folded query term (no whitespace): its bigrams,
 * to be matched as a phrase, or the unigram of a one-character letter or
 * digit. Empty for a lone punctuation mark.
 */
export function termTokens(foldedTerm: string): string[] {
	const chars = [...foldedTerm];
	if (chars.length === 1) return LETTER_OR_DIGIT.test(chars[0]!) ? [UNIGRAM + encodeChar(chars[0]!)] : [];
	return bigrams(chars.map(encodeChar));
}
