import type { Draft } from '../types.ts';

/** Stage 6 — split the text into its non-empty lines; the line stages work on these. */
export function splitLines(draft: Draft): Draft {
	return { ...draft, lines: draft.text.split('\n').filter((line) => line.trim() !== '') };
}
