import { changeCounter, type ChangeCounter } from './conversion-changes.ts';

const NOT_HAN = /\P{Script=Han}+/gu;
const SAMPLE_SIZE = 20000;

/** The first `size` Han characters of the text, run together. */
export function hanSample(text: string, size = SAMPLE_SIZE): string {
	const han = text.replace(NOT_HAN, '');
	// Fewer UTF-16 units than `size` means fewer characters too: the common case needs no split into code points.
	return han.length <= size ? han : Array.from(han).slice(0, size).join('');
}

/** Counters for the same conversions as the fold's `toSimplified` (t → cn) and its reverse (cn → t); the reverse is built on first use. */
const traditionalOnly = changeCounter({ from: 't', to: 'cn', config: 't2s' });
let simplifiedOnly: ChangeCounter | undefined;

/** Which script the text is written in, by how much each conversion would change it. */
export function detectScript(text: string): { script: 'hans' | 'hant'; evidence: string } {
	simplifiedOnly ??= changeCounter({ from: 'cn', to: 't', config: 's2t' });
	const sample = hanSample(text);
	const traditional = traditionalOnly.changed(sample);
	const simplified = simplifiedOnly.changed(sample);
	const script = traditional > simplified ? 'hant' : 'hans';
	return {
		script,
		evidence: `${traditional} of ${sample.length} Han characters are Traditional-only, ${simplified} Simplified-only`,
	};
}
