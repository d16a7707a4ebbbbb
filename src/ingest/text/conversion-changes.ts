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
 * Most characters are settled by two array reads (`firstSteps`,
 * `pairFilter`), so only those that may begin a longer entry with the next
 * character walk the trie.
 */
// The typings leave out `normalizationChain`, which the converter applies first.
type Config = { normalizationChain?: readonly OpenCC.DictGroup[]; conversionChain: readonly OpenCC.DictGroup[] };

/** A dictionary's [source, replacement] pairs (dictionaries come as `a b|c d` strings or as pairs). */
const entries = (dict: OpenCC.DictLike): (readonly [string, string])[] =>
	typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ') as [string, string]) : [...dict];

/**
 * What the trie does at a position, by the character there (`firstSteps`):
 * how that character alone is matched, and whether longer entries start with it.
 */
export const FirstStep = {
	/** No entry is the character alone. */
	None: 0,
	/** The character alone is replaced by itself. */
	Same: 1,
	/** The character alone is replaced by another single character. */
	Changed: 2,
	/** The character alone is replaced by something other than one character: walk the trie. */
	Walk: 3,
	/** A flag beside the above: longer entries start with the character, so the next character decides (`pairFilter`). */
	Longer: 4,
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
		// A one-character text can only match a one-character entry.
		const replacement = trie.matchPrefix(character, 0)?.value;
		const alone = replacement === undefined ? FirstStep.None : [...replacement].length !== 1 ? FirstStep.Walk : replacement === character ? FirstStep.Same : FirstStep.Changed;
		steps[first] = alone | (startsLonger.has(first) ? FirstStep.Longer : 0);
	}
	return steps;
}

const PAIR_BITS = 20;
const pairHash = (first: number, second: number): number => Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b) >>> (32 - PAIR_BITS);

/**
 * The first two code points of every entry longer than one character, as a
 * bitset of their hashes (128 KB): a compact stand-in for the trie's second
 * level, which is scattered over the heap and, read between the cleaner's
 * other work, cost a cache miss or more per character. A pair it does not
 * have begins no entry; one it has may (then the trie is walked).
 */
export function pairFilter(sources: Iterable<string>): Uint32Array {
	const bits = new Uint32Array(1 << (PAIR_BITS - 5));
	for (const source of sources) {
		const first = source.codePointAt(0);
		const second = first === undefined ? undefined : source.codePointAt(String.fromCodePoint(first).length);
		if (first === undefined || second === undefined) continue;
		const hash = pairHash(first, second);
		bits[hash >>> 5]! |= 1 << (hash & 31);
	}
	return bits;
}

/** False only when no entry of the filter's begins with these two code points. */
export function mayBegin(bits: Uint32Array, first: number, second: number): boolean {
	const hash = pairHash(first, second);
	return (bits[hash >>> 5]! & (1 << (hash & 31))) !== 0;
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
	const sources = config.conversionChain[0]!.flatMap(entries).map(([source]) => source);
	const steps = firstSteps(trie, sources);
	const pairs = pairFilter(sources);
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
				const width = codePoint > 0xffff ? 2 : 1;
				let step: number = steps[codePoint] ?? FirstStep.None;
				// Longer entries start with this character, but none goes on with the next one: the character alone is the match.
				if (step & FirstStep.Longer && !(i + width < text.length && mayBegin(pairs, codePoint, text.codePointAt(i + width)!))) step &= ~FirstStep.Longer;
				if (step < FirstStep.Walk) {
					if (step === FirstStep.Changed) changed++;
					i += width;
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
