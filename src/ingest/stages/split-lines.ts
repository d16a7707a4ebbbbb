import type { Draft } from '../types.ts';

/**
 * A sentence end (。！？…, perhaps closing a quote) followed by
 * ideographic-space indents: where a flattened source marked its paragraphs
 * (…。　　据报导，…). A closing bracket is not a sentence end here: name
 * lists separate entries the same way (王凯（河南）　王凯（解放军）).
 */
const INDENTED_PARAGRAPH = /(?<=[。！？!?…]["”」』]?)\u3000+(?=\S)/gu;

/**
 * Stage 6 — split the text into its non-empty lines, the line stages work on
 * these: at line breaks, and at the paragraph marks of text whose line
 * breaks were lost.
 */
export function splitLines(draft: Draft): Draft {
	const marks = draft.text.match(INDENTED_PARAGRAPH)?.length ?? 0;
	const lines = draft.text
		.replace(INDENTED_PARAGRAPH, '\n')
		.split('\n')
		.filter((line) => line.trim() !== '');
	const repaired =
		marks > 0
			? [...draft.repaired, { kind: 'paragraph-marks', from: `${marks} sentence end(s) followed by an ideographic-space indent`, to: `${marks} paragraph break(s)`, by: 'the source marks its paragraphs this way' }]
			: draft.repaired;
	return { ...draft, lines, repaired };
}
