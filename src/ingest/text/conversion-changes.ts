import * as OpenCC from 'opencc-js';

/**
 * How many characters an opencc-js conversion changes, position by position,
 * counted without making the converted text. It walks the text with the same
 * tries, built from the same dictionaries, as `OpenCC.Converter` (greedy
 * longest match, left to right), so the count is the converter's own.
 * Where a match changes the length or the normalization step (compatibility
 * ideographs) would change a character, later positions shift; then the
 * converted text itself is compared (`convert`, built on first need).
 */
// The typings leave out `normalizationChain`, which the converter applies first.
type Config = { normalizationChain?: readonly OpenCC.DictGroup[]; conversionChain: readonly OpenCC.DictGroup[] };

/** A dictionary's [source, replacement] pairs (dictionaries come as `a b|c d` strings or as pairs). */
const entries = (dict: OpenCC.DictLike): (readonly [string, string])[] =>
	typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];

const IDS = /[\u2ff0-\u2fff]/u;

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
	// The normalization dictionaries map single characters; any of them in the text means the slow way.
	const normalized = new Set((config.normalizationChain ?? []).flat().flatMap(entries).map(([source]) => source));
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
			// Ideographic description sequences are copied as one unit by the converter; leave them to it.
			if (IDS.test(text)) return shifted(text);
			for (const character of text) if (normalized.has(character)) return shifted(text);
			let changed = 0;
			for (let i = 0; i < text.length; ) {
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
