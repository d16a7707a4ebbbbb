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

/** Each character's code and whether it is a letter or digit, worked out once (an index build meets millions of characters). */
const seen = new Map<string, { code: string; letter: boolean }>();
const charInfo = (ch: string) => {
	let info = seen.get(ch);
	if (!info) seen.set(ch, (info = { code: encodeChar(ch), letter: LETTER_OR_DIGIT.test(ch) }));
	return info;
};

/** The index tokens of folded text: its bigrams in text order, then its distinct letters and digits. */
export function indexTokens(folded: string): string[] {
	const tokens: string[] = [];
	const letters = new Set<string>();
	let previous: string | undefined;
	for (const ch of folded.trim().replace(WHITESPACE, ' ')) {
		const { code, letter } = charInfo(ch);
		if (previous !== undefined) tokens.push(previous + code);
		if (letter) letters.add(UNIGRAM + code);
		previous = code;
	}
	return [...tokens, ...[...letters].sort()];
}

/**
 * The Pagefind words of one folded query term (no whitespace): its bigrams,
 * to be matched as a phrase, or the unigram of a one-character letter or
 * digit. Empty for a lone punctuation mark.
 */
export function termTokens(foldedTerm: string): string[] {
	const chars = [...foldedTerm].map(charInfo);
	if (chars.length === 1) return chars[0]!.letter ? [UNIGRAM + chars[0]!.code] : [];
	return chars.slice(1).map(({ code }, i) => chars[i]!.code + code);
}
