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

/** A body paragraph: its ID and its text, in the article's script. */
export interface Paragraph {
	id: string;
	text: string;
}

/** The paragraphs of an article body, with their IDs. */
export function withIds(texts: readonly string[]): Paragraph[] {
	const ids = paragraphIds(texts);
	return texts.map((text, i) => ({ id: ids[i]!, text }));
}

/**
 * A published anchor as the permalink registry records it: where it leads
 * and the text it must keep leading to.
 */
export interface RecordedAnchor {
	/** The ID of the paragraph the anchor leads to now. */
	id: string;
	/**
	 * The start of that paragraph when the anchor was recorded, in the
	 * article's script: its first sentence, or as many clauses as make it
	 * unique in the article. A re-ingest may split, merge or move paragraphs;
	 * the anchor then leads to the paragraph where this text starts.
	 */
	text: string;
}

/** A quote shorter than this many letters and digits must end a sentence to be enough. */
const MIN_QUOTE_KEY = 16;

/** Where a clause ends: the punctuation or space after it, and whether it ends a sentence. */
const CLAUSE_END = /[\s\p{P}\p{S}]+/gu;
const SENTENCE_END = /[。！？!?；;]/u;

/** The keys of the paragraphs run together, and where each paragraph starts in it. */
function articleKey(paragraphs: readonly Paragraph[]): { key: string; starts: number[] } {
	let key = '';
	const starts = paragraphs.map((p) => {
		const start = key.length;
		key += paragraphKey(p.text);
		return start;
	});
	return { key, starts };
}

const occursOnce = (haystack: string, needle: string) => {
	const first = haystack.indexOf(needle);
	return first >= 0 && haystack.indexOf(needle, first + 1) < 0;
};

/**
 * The text to record for a paragraph (`RecordedAnchor.text`): the shortest
 * start of it, cut at a clause end (where folding never spans), that is unique
 * in the article and is a whole sentence or at least 16 letters and digits;
 * the whole paragraph when no shorter start is unique.
 */
export function anchorQuote(paragraphs: readonly Paragraph[], index: number): string {
	const { key } = articleKey(paragraphs);
	const text = paragraphs[index]!.text;
	for (const end of text.matchAll(CLAUSE_END)) {
		const quote = text.slice(0, end.index);
		const quoteKey = paragraphKey(quote);
		const enough = quoteKey.length >= MIN_QUOTE_KEY || SENTENCE_END.test(end[0]);
		if (quoteKey && enough && occursOnce(key, quoteKey)) return quote;
	}
	return text.trimEnd();
}

/**
 * The paragraph a recorded anchor leads to now: the one it was recorded at,
 * if that paragraph still starts with its text; else the paragraph where its
 * text first starts in the article (a split leads to the first part, a merge
 * to the merged paragraph); `undefined` when the text is gone.
 */
export function resolveAnchor(anchor: RecordedAnchor, paragraphs: readonly Paragraph[]): string | undefined {
	const quoteKey = paragraphKey(anchor.text);
	const same = paragraphs.find((p) => p.id === anchor.id);
	if (same && paragraphKey(same.text).startsWith(quoteKey)) return same.id;
	if (!quoteKey) return undefined;
	const { key, starts } = articleKey(paragraphs);
	const at = key.indexOf(quoteKey);
	if (at < 0) return undefined;
	return paragraphs[starts.findLastIndex((start) => start <= at)]?.id;
}

/** One body paragraph's anchors: its own ID and the former anchors that now lead to it. */
export interface ParagraphAnchors {
	id: string;
	aliases: readonly string[];
}

/** Each paragraph's anchors: its own ID, and every recorded anchor (not itself a paragraph's ID) that resolves to it. */
export function paragraphAnchors(paragraphs: readonly Paragraph[], recorded: Readonly<Record<string, RecordedAnchor>> = {}): ParagraphAnchors[] {
	const aliases = new Map(paragraphs.map((p) => [p.id, [] as string[]]));
	for (const [name, anchor] of Object.entries(recorded)) {
		if (aliases.has(name)) continue;
		const target = resolveAnchor(anchor, paragraphs);
		if (target) aliases.get(target)!.push(name);
	}
	return paragraphs.map((p) => ({ id: p.id, aliases: aliases.get(p.id)! }));
}

/**
 * An article's anchors for the permalink registry: every anchor recorded
 * before, now leading where `resolveAnchor` finds its text (those it cannot
 * find are `lost`), plus each paragraph's own ID; with `positional`, also the
 * `p-N` anchors the article was published with before IDs were content hashes
 * (recorded once, from the paragraphs as they stood then). In paragraph order,
 * each paragraph's own ID first.
 */
export function recordAnchors(
	paragraphs: readonly Paragraph[],
	recorded: Readonly<Record<string, RecordedAnchor>> = {},
	positional = false,
): { anchors: Record<string, RecordedAnchor>; lost: string[] } {
	const next = new Map<string, RecordedAnchor>();
	const lost: string[] = [];
	for (const [name, anchor] of Object.entries(recorded)) {
		const id = resolveAnchor(anchor, paragraphs);
		if (id) next.set(name, { id, text: anchor.text });
		else lost.push(name);
	}
	paragraphs.forEach((p, i) => {
		const fresh = () => ({ id: p.id, text: anchorQuote(paragraphs, i) });
		if (positional && !next.has(legacyParagraphId(i + 1))) next.set(legacyParagraphId(i + 1), fresh());
		if (!next.has(p.id)) next.set(p.id, fresh());
	});
	const order = new Map(paragraphs.map((p, i) => [p.id, i]));
	const sorted = [...next].sort(
		([a, x], [b, y]) =>
			order.get(x.id)! - order.get(y.id)! || Number(a !== x.id) - Number(b !== y.id) || a.localeCompare(b, 'en', { numeric: true }),
	);
	return { anchors: Object.fromEntries(sorted), lost };
}
