/**
 * Our own tokenization, so search never depends on where Pagefind's word
 * splitters cut (jieba at index time, `Intl.Segmenter` at query time, which
 * disagree: CloudCannon/pagefind#1237).
 *
 * Folded text is split into runs of letters, marks and digits (whitespace and
 * punctuation end a run). Each character of a run starts one token: the
 * character and the next one (a bigram), or the character and an end mark
 * when it is the last of its run. Every token is spelled in ASCII (four base-36
 * digits per code point, `z` as the end mark), so Pagefind treats it as one
 * opaque word that no splitter or stemmer touches.
 *
 * A query of n ≥ 2 characters needs its n−1 bigrams; every text containing the
 * query contains them all, so an all-terms search cannot miss it. A query of
 * one character is a prefix of the tokens its character starts (Pagefind
 * matches word prefixes), and every character of a text starts a token.
 */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const END = 'z';

/** A code point as four base-36 digits (36⁴ > 0x10FFFF). */
export function encodeChar(ch: string): string {
	return ch.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** The runs of letters, marks and digits in folded text. */
export function runs(folded: string): string[] {
	return folded.match(RUN) ?? [];
}

/** The index tokens of folded text (one per character of every run). */
export function indexTokens(folded: string): string[] {
	const tokens: string[] = [];
	for (const run of runs(folded)) {
		const chars = [...run];
		for (let i = 0; i < chars.length; i++) {
			tokens.push(encodeChar(chars[i]!) + (i + 1 < chars.length ? encodeChar(chars[i + 1]!) : END));
		}
	}
	return tokens;
}

/**
 * The Pagefind terms for one folded query term: its bigrams, or the one-character
 * prefix. Empty when the term has no letters or digits.
 */
export function queryTokens(foldedTerm: string): string[] {
	const tokens = new Set<string>();
	for (const run of runs(foldedTerm)) {
		const chars = [...run];
		if (chars.length === 1) tokens.add(encodeChar(chars[0]!));
		for (let i = 0; i + 1 < chars.length; i++) tokens.add(encodeChar(chars[i]!) + encodeChar(chars[i + 1]!));
	}
	return [...tokens];
}
