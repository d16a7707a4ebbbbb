/**
 * Our own tokenization, so search never depends on where Pagefind's word
 * splitters cut (jieba at index time, `Intl.Segmenter` at query time, which
 * disagree: CloudCannon/pagefind#1237).
 *
 * Folded text is split into runs of letters, marks and digits (whitespace and
 * punctuation end a run). Each character of a run gives a unigram token and,
 * unless it ends its run, a bigram token with the next character. Tokens are
 * spelled in ASCII (four base-36 digits per code point; unigrams prefixed with
 * `y`, which never starts a bigram), so Pagefind treats each as one opaque
 * word that no splitter or stemmer touches, and no token is a prefix of
 * another, so Pagefind's prefix matching never comes into play.
 *
 * A query run of n ≥ 2 characters needs its n−1 bigrams, a run of one
 * character its unigram; every text containing the query contains them all,
 * so an all-terms search cannot miss it.
 */
const RUN = /[\p{L}\p{M}\p{N}]+/gu;
const UNIGRAM = 'y';

/** A code point as four base-36 digits (36⁴ > 0x10FFFF; the first digit is at most `n`). */
export function encodeChar(ch: string): string {
	return ch.codePointAt(0)!.toString(36).padStart(4, '0');
}

/** The runs of letters, marks and digits in folded text. */
export function runs(folded: string): string[] {
	return folded.match(RUN) ?? [];
}

/** The index tokens of folded text: per character, its unigram and (within a run) its bigram. */
export function indexTokens(folded: string): string[] {
	const tokens: string[] = [];
	for (const run of runs(folded)) {
		const chars = [...run].map(encodeChar);
		for (let i = 0; i < chars.length; i++) {
			tokens.push(UNIGRAM + chars[i]!);
			if (i + 1 < chars.length) tokens.push(chars[i]! + chars[i + 1]!);
		}
	}
	return tokens;
}

/**
 * The Pagefind terms for one folded query term: the bigrams of each run, or
 * the unigram of a one-character run. Empty when the term has no letters or digits.
 */
export function queryTokens(foldedTerm: string): string[] {
	const tokens = new Set<string>();
	for (const run of runs(foldedTerm)) {
		const chars = [...run].map(encodeChar);
		if (chars.length === 1) tokens.add(UNIGRAM + chars[0]!);
		for (let i = 0; i + 1 < chars.length; i++) tokens.add(chars[i]! + chars[i + 1]!);
	}
	return [...tokens];
}
