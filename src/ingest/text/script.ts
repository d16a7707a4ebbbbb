import * as OpenCC from 'opencc-js';
import { changeCounter, type ChangeCounter } from './conversion-changes.ts';

/**
 * Script folding with opencc-js. `toSimplified` uses the character- and
 * phrase-level converter (never `twp`, which rewrites vocabulary), so
 * matching rules can be written once, in Simplified, and match both scripts.
 */
const traditionalToSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

export const toSimplified = (text: string): string => traditionalToSimplified(text);

/**
 * Folds text to Simplified for matching, keeping every index valid: if the
 * phrase converter changed the length, fold character by character instead.
 */
export function foldForMatching(text: string): string {
	const known = recentFolds.get(text);
	if (known !== undefined) return known;
	const phrases = traditionalToSimplified(text);
	const folded = phrases.length === text.length ? phrases : Array.from(text, foldCharacter).join('');
	if (recentFolds.size === RECENT_FOLDS) recentFolds.delete(recentFolds.keys().next().value!);
	recentFolds.set(text, folded);
	return folded;
}

/** The latest folds: the stages fold the same paragraph more than once (gaps, then tags), and the converter is slow. */
const RECENT_FOLDS = 256;
const recentFolds = new Map<string, string>();

/** One character folded, or kept when its fold has another length; remembered, since the converter is slow per call. */
const characterFolds = new Map<string, string>();
function foldCharacter(ch: string): string {
	let folded = characterFolds.get(ch);
	if (folded === undefined) {
		const one = traditionalToSimplified(ch);
		folded = one.length === ch.length ? one : ch;
		characterFolds.set(ch, folded);
	}
	return folded;
}

const HAN = /\p{Script=Han}/gu;

/** Counters for the same conversions as `toSimplified` (t → cn) and its reverse (cn → t); the reverse is built on first use. */
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
