/**
 * Inline markers. The cleaner works on plain strings, so spans it must keep
 * apart from ordinary text (garbled bytes, lost numbers, repairs) travel
 * through the stages as private-use characters. The normalize stage removes
 * any private-use characters from the input, so these can never be forged by
 * a raw file. Only the document builder turns them into MDX elements.
 */
export const GARBLED_OPEN = '\uE010';
export const GARBLED_CLOSE = '\uE011';
export const GAP = '\uE012';
export const REPAIR_OPEN = '\uE013';
export const REPAIR_MID = '\uE014';
export const REPAIR_CLOSE = '\uE015';

export const PRIVATE_USE = /[\uE000-\uF8FF]/gu;

export const markGarbled = (text: string): string => `${GARBLED_OPEN}${text}${GARBLED_CLOSE}`;
/** A repaired span remembers what stood there before, so the page can show it. */
export const markRepaired = (from: string, to: string): string => `${REPAIR_OPEN}${from}${REPAIR_MID}${to}${REPAIR_CLOSE}`;

const MARKED_SPAN = new RegExp(`${GARBLED_OPEN}[^${GARBLED_CLOSE}]*${GARBLED_CLOSE}|${REPAIR_OPEN}[^${REPAIR_MID}]*${REPAIR_MID}|${REPAIR_CLOSE}|${GAP}`, 'gu');

/**
 * The text a reader sees, with each unreadable span (garbled, gap) as □,
 * the conventional mark for a missing character in Chinese typesetting.
 */
export function readableText(text: string): string {
	return text.replace(MARKED_SPAN, (m) => (m.startsWith(REPAIR_OPEN) || m === REPAIR_CLOSE ? '' : '□'));
}

/** What `mapUnmarked` leaves alone. One object serves every call: `matchAll` iterates a copy, so its `lastIndex` never moves. */
const PROTECTED_SPAN = new RegExp(`${GARBLED_OPEN}[^${GARBLED_CLOSE}]*${GARBLED_CLOSE}|${REPAIR_OPEN}[^${REPAIR_MID}]*${REPAIR_MID}|${GAP}`, 'gu');

/** Splits text into runs, so stages can edit ordinary text without touching marked spans. */
export function mapUnmarked(text: string, edit: (plain: string) => string): string {
	let out = '';
	let last = 0;
	for (const m of text.matchAll(PROTECTED_SPAN)) {
		out += edit(text.slice(last, m.index)) + m[0];
		last = m.index + m[0].length;
	}
	return out + edit(text.slice(last));
}

/** The text as it stood in the source: garbled characters as they are, repairs as repaired, no gap marks. */
export function sourceText(text: string): string {
	return text.replace(MARKED_SPAN, (m) => (m.startsWith(GARBLED_OPEN) ? m.slice(1, -1) : m === GAP || m === REPAIR_CLOSE || m.startsWith(REPAIR_OPEN) ? '' : m));
}
