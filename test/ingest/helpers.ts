import iconv from 'iconv-lite';
import { emptyDraft } from '../../src/ingest/pipeline.ts';
import type { Draft } from '../../src/ingest/types.ts';
import { GAP, GARBLED_CLOSE, GARBLED_OPEN, REPAIR_CLOSE, REPAIR_MID, REPAIR_OPEN } from '../../src/ingest/text/markers.ts';

/** A draft holding `text` (and its lines, for the line stages). */
export function draftOf(text: string, patch: Partial<Draft> = {}): Draft {
	const draft = emptyDraft('test.txt', text);
	return { ...draft, lines: text.split('\n').filter((line) => line.trim() !== ''), ...patch };
}

/** A draft at the line stages: the given lines, already split. */
export function linesDraft(lines: string[], patch: Partial<Draft> = {}): Draft {
	return { ...emptyDraft('test.txt', lines.join('\n')), lines, ...patch };
}


/**
 * Genuinely garbled text: the phrase is encoded as GBK, one byte is dropped
 * (so every following pair is read out of step) and the bytes are decoded as
 * GBK again, the way a scraper that lost a byte would have read them.
 */
export function garbleGbk(phrase: string, dropAt: number): string {
	const bytes = iconv.encode(phrase, 'gbk');
	const damaged = Buffer.concat([bytes.subarray(0, dropAt), bytes.subarray(dropAt + 1)]);
	return iconv.decode(damaged, 'gbk');
}

/** Makes marker characters visible: ⟦garbled⟧, ⟨gap⟩, {from→to}. */
export function showMarkers(text: string): string {
	return text
		.replaceAll(GARBLED_OPEN, '⟦')
		.replaceAll(GARBLED_CLOSE, '⟧')
		.replaceAll(GAP, '⟨gap⟩')
		.replaceAll(REPAIR_OPEN, '{')
		.replaceAll(REPAIR_MID, '→')
		.replaceAll(REPAIR_CLOSE, '}');
}

/** The garbled spans marked in a text. */
export function garbledSpans(text: string): string[] {
	return [...text.matchAll(new RegExp(`${GARBLED_OPEN}([^${GARBLED_CLOSE}]*)${GARBLED_CLOSE}`, 'gu'))].map((m) => m[1]!);
}

/** The text with every marked span taken out (what stands outside the markers). */
export function unmarked(text: string): string {
	return text.replace(new RegExp(`${GARBLED_OPEN}[^${GARBLED_CLOSE}]*${GARBLED_CLOSE}|${REPAIR_OPEN}[^${REPAIR_CLOSE}]*${REPAIR_CLOSE}|${GAP}`, 'gu'), '');
}
