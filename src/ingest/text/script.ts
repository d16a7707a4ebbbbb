import { changeCounter, type ChangeCounter } from './conversion-changes.ts';

const HAN = /\p{Script=Han}/gu;

/** Counters for the same conversions as the fold's `toSimplified` (t → cn) and its reverse (cn → t); the reverse is built on first use. */
const traditionalOnly = changeCounter({ from: 't', to: 'cn', config: 't2s' });
let simplifiedOnly: ChangeCounter | undefined;

/** Which script the text is written in, by how much each conversion would change it. */
export function detectScript(text: string): { script: 'hans' | 'hant'; evidence: string } {
	simplifiedOnly ??= changeCounter({ from: 'cn', to: 't', config: 's2t' });
	const sample = (text.match(HAN) ?? []).slice(0, 20000).join('');
	const traditional = traditionalOnly.changed(sample);
	const simplified = simplifiedOnly.changed(sample);
	const script = traditional > simplified ? 'hant' : 'hans';
	return {
		script,
		evidence: `${traditional} of ${sample.length} Han characters are Traditional-only, ${simplified} Simplified-only`,
	};
}
