import * as OpenCC from 'opencc-js';

/**
 * How many characters an opencc-js conversion changes, position by position,
 * counted without making the converted text. It walks the text with the same
 * tries, built from the same dictionaries, as `OpenCC.Converter` (greedy
 * longest match, left to right), so the count is the converter's own.
 * Where a match changes the length or the normalization step (compatibility
 * ideographs) would change a character, later positions shift; then the
 * converted text itself is compared (`convert`, built on first need).
 *
 * Most characters are settled by their first step alone (`firstSteps`), so
 * only those that begin a longer entry walk the trie.
 */
// The typings leave out `normalizationChain`, which the converter applies first.
type Config = { normalizationChain?: readonly OpenCC.DictGroup[]; conversionChain: readonly OpenCC.DictGroup[] };

/** A dictionary's [source, replacement] pairs (dictionaries come as `a b|c d` strings or as pairs). */
const entries = (dict: OpenCC.DictLike): (readonly [string, string])[] =>
	typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];

/** What the trie does at a position, by the character there (`firstSteps`). */
export const FirstStep = {
	/** No entry starts with it. */
	None: 0,
	/** Its only entry is itself alone, replaced by itself. */
	Same: 1,
	/** Its only entry is itself alone, replaced by another single character. */
	Changed: 2,
	/** Longer entries start with it, or its replacement is not one character: walk the trie. */
	Walk: 3,
} as const;

/**
 * The first step of the greedy match at each character, by code point,
 * precomputed from the trie's entries: a position whose character no longer
 * entry starts with matches that character alone (or nothing), whatever follows.
 */
export function firstSteps(trie: OpenCC.Trie, sources: Iterable<string>): Uint8Array {
	const starts = new Set<number>();
	const startsLonger = new Set<number>();
	for (const source of sources) {
		const first = source.codePointAt(0);
		if (first === undefined) continue;
		starts.add(first);
		if (source.length > String.fromCodePoint(first).length) startsLonger.add(first);
	}
	const steps = new Uint8Array(Math.max(-1, ...starts) + 1);
	for (const first of starts) {
		const character = String.fromCodePoint(first);
		const replacement = startsLonger.has(first) ? undefined : trie.matchPrefix(character, 0)?.value;
		const single = replacement !== undefined && [...replacement].length === 1;
		steps[first] = !single ? FirstStep.Walk : replacement === character ? FirstStep.Same : FirstStep.Changed;
	}
	return steps;
}

/** Characters the count leaves to the converter: ideographic description characters (the converter copies a description sequence as one unit) and the normalization step's. */
function leftToConverter(normalized: Iterable<string>): RegExp {
	const characters = [...normalized].filter((source) => [...source].length === 1).map((character) => `\\u{${character.codePointAt(0)!.toString(16)}}`);
	return new RegExp(`[\\u{2ff0}-\\u{2fff}${characters.join('')}]`, 'u');
}

export interface ChangeCounter {
	/** Code points of `text` that differ from the converted text's at the same position. */
	changed(text: string): number;
}

export function changeCounter(options: { from: string; to: string; config: string }): ChangeCounter {
	const config = (OpenCC.Locale.configs as Record<string, Config>)[options.config];
	// One trie per group, as the converter chains them; a chain of one is all this shortcut handles.
	if (!config || config.conversionChain.length !== 1) throw new Error(`opencc-js config ${options.config} is not a single conversion step`);
	const trie = new OpenCC.Trie();
	trie.loadDictGroup(config.conversionChain[0]!);
	const steps = firstSteps(trie, config.conversionChain[0]!.flatMap(entries).map(([source]) => source));
	// The normalization dictionaries map single characters; any of them in the text means the slow way.
	const slow = leftToConverter((config.normalizationChain ?? []).flat().flatMap(entries).map(([source]) => source));
	let convert: ((text: string) => string) | undefined;

	const shifted = (text: string): number => {
		convert ??= OpenCC.Converter({ from: options.from, to: options.to } as OpenCC.ConverterOptions);
		const converted = Array.from(convert(text));
		const original = Array.from(text);
		let changed = 0;
		for (let i = 0; i < Math.min(converted.length, original.length); i++) if (converted[i] !== original[i]) changed++;
		return changed;
	};

	return {
		changed(text) {
			if (slow.test(text)) return shifted(text);
			let changed = 0;
			for (let i = 0; i < text.length; ) {
				const codePoint = text.codePointAt(i)!;
				const step = steps[codePoint] ?? FirstStep.None;
				if (step !== FirstStep.Walk) {
					if (step === FirstStep.Changed) changed++;
					i += codePoint > 0xffff ? 2 : 1;
					continue;
				}
				const match = trie.matchPrefix(text, i);
				if (!match) {
					i += text.codePointAt(i)! > 0xffff ? 2 : 1;
					continue;
				}
				// Source and replacement side by side, code point by code point.
				let at = i;
				let k = 0;
				while (at < match.end && k < match.value.length) {
					const source = text.codePointAt(at)!;
					const replacement = match.value.codePointAt(k)!;
					if (source !== replacement) changed++;
					at += source > 0xffff ? 2 : 1;
					k += replacement > 0xffff ? 2 : 1;
				}
				if (at !== match.end || k !== match.value.length) return shifted(text);
				i = match.end;
			}
			return changed;
		},
	};
}
