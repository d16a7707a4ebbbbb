import { createHash } from 'node:crypto';
import { fold } from './fold';

/**
 * Paragraph IDs that never move: each body paragraph's anchor is a short hash
 * of its text, so it depends on that paragraph alone, not on its position.
 * A re-ingest that splits, merges or rewrites other paragraphs leaves it as it
 * is. The hash is of the paragraph's key, its text folded to Simplified with
 * ASCII lowercase (`fold`) and only letters and digits kept, so both editions
 * give the same ID and a punctuation repair does not change it.
 *
 * IDs are `p` + 7 base-36 digits (`pk3x9a2b`): a letter first, so the ID is a
 * plain CSS selector, and no hyphen, so it can never be mistaken for one of
 * the positional `p-N` anchors the site published before.
 */

/** How many base-36 digits of the hash an ID keeps: 36⁷ ≈ 7.8 × 10¹⁰ values. */
const HASH_DIGITS = 7;

/** What identifies a paragraph's text: folded, letters and digits only. */
export const paragraphKey = (text: string): string => fold(text).replace(/[^\p{L}\p{N}]/gu, '');

function keyHash(key: string): string {
	const digest = createHash('sha256').update(key).digest();
	// 48 bits are plenty to pick 7 base-36 digits (≈ 36 bits) evenly.
	const n = digest.readUIntBE(0, 6) % 36 ** HASH_DIGITS;
	return n.toString(36).padStart(HASH_DIGITS, '0');
}

/**
 * The ID of each paragraph, in document order: `p` + the hash of its key.
 * Two paragraphs with the same key (a repeated line) or the same hash are told
 * apart by a suffix in document order: the second is `…-2`, the third `…-3`.
 */
export function paragraphIds(texts: readonly string[]): string[] {
	const seen = new Map<string, number>();
	return texts.map((text) => {
		const base = `p${keyHash(paragraphKey(text))}`;
		const count = (seen.get(base) ?? 0) + 1;
		seen.set(base, count);
		return count === 1 ? base : `${base}-${count}`;
	});
}

/** The positional anchor the site gave the n-th paragraph (1-based) before IDs were content hashes. */
export const legacyParagraphId = (n: number): string => `p-${n}`;
