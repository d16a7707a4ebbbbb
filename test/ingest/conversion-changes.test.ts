import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { changeCounter, firstSteps, FirstStep, mayBegin, pairFilter } from '../../src/ingest/text/conversion-changes.ts';

/** The count the long way: convert, then compare code point by code point. */
function changedByConverting(convert: (text: string) => string, text: string): number {
	const converted = Array.from(convert(text));
	const original = Array.from(text);
	return original.filter((ch, i) => i < converted.length && converted[i] !== ch).length;
}

const directions = [
	{ from: 't', to: 'cn', config: 't2s' },
	{ from: 'cn', to: 't', config: 's2t' },
] as const;

// Phrases (后来 / 皇后, 乾隆 / 乾燥), plain characters of both scripts, a compatibility ideograph (U+F900),
// an ideographic description sequence, a character outside the BMP, and text with nothing to convert.
const texts = ['后来皇后说', '乾隆年间天气乾燥', '國家发展和改革委員會', '\uF900車輛', '⿰木木林', '𠀀发展', 'abc', ''];

describe('changeCounter', () => {
	for (const direction of directions) {
		const counter = changeCounter(direction);
		const convert = OpenCC.Converter({ from: direction.from, to: direction.to });
		it(`counts what the ${direction.config} converter changes`, () => {
			for (const text of texts) expect(counter.changed(text), text).toBe(changedByConverting(convert, text));
		});
	}

	for (const direction of directions) {
		const counter = changeCounter(direction);
		const convert = OpenCC.Converter({ from: direction.from, to: direction.to });
		// Every dictionary entry's source, run together: phrases overlap their neighbours, so greedy matches start everywhere.
		const config = (OpenCC.Locale.configs as unknown as Record<string, { conversionChain: OpenCC.DictLike[][] }>)[direction.config]!;
		const sources = config.conversionChain[0]!.flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')[0]!) : dict.map(([source]) => source)));
		it(`counts what the ${direction.config} converter changes over all ${sources.length} of its entries run together`, () => {
			for (let i = 0; i < sources.length; i += 500) {
				const text = sources.slice(i, i + 500).join('');
				expect(counter.changed(text), `entries ${i}…`).toBe(changedByConverting(convert, text));
			}
		});
	}

	it('refuses a configuration it cannot walk in one step', () => {
		expect(() => changeCounter({ from: 'cn', to: 'tw', config: 's2tw' })).toThrow(/single conversion step/u);
	});
});

describe('firstSteps', () => {
	const entries: [string, string][] = [
		['a', 'b'],
		['c', 'c'],
		['de', 'x'],
		['d', 'y'],
		['f', 'gh'],
		['𠀀', '𠀁'],
		['g', ''],
		['hi', 'j'],
	];
	const trie = new OpenCC.Trie();
	trie.loadDict(entries);
	const steps = firstSteps(trie, entries.map(([source]) => source));
	const step = (character: string) => steps[character.codePointAt(0)!] ?? FirstStep.None;

	it('says how a character alone is matched: changed, the same, or not at all', () => {
		expect(step('a')).toBe(FirstStep.Changed);
		expect(step('c')).toBe(FirstStep.Same);
		expect(step('𠀀')).toBe(FirstStep.Changed);
		expect(step('b')).toBe(FirstStep.None);
		expect(step('z')).toBe(FirstStep.None);
	});

	it('walks from a character whose replacement is not one character', () => {
		expect(step('f')).toBe(FirstStep.Walk);
		expect(step('g')).toBe(FirstStep.Walk);
	});

	it('flags a character that begins a longer entry, with or without an entry of its own', () => {
		expect(step('d')).toBe(FirstStep.Changed | FirstStep.Longer);
		expect(step('h')).toBe(FirstStep.None | FirstStep.Longer);
		expect(step('e')).toBe(FirstStep.None);
	});
});

describe('pairFilter', () => {
	const sources = ['de', 'd', 'hij', '𠀀𠀁x', 'k'];
	const bits = pairFilter(sources);
	const begins = (pair: string) => {
		const [first, second] = [...pair].map((ch) => ch.codePointAt(0)!);
		return mayBegin(bits, first!, second!);
	};

	it('has the first two characters of every longer entry', () => {
		for (const pair of ['de', 'hi', '𠀀𠀁']) expect(begins(pair), pair).toBe(true);
	});

	it('leaves out pairs that begin no entry (a filter this small has no collisions)', () => {
		const absent = ['ed', 'dd', 'ih', 'kk', '𠀁𠀀', 'xy', '发展'];
		expect(absent.filter(begins)).toEqual([]);
	});

	it('has every pair of every dictionary of both directions', () => {
		for (const config of ['t2s', 's2t']) {
			const dicts = (OpenCC.Locale.configs as unknown as Record<string, { conversionChain: OpenCC.DictLike[][] }>)[config]!.conversionChain[0]!;
			const longer = dicts.flatMap((dict) => (typeof dict === 'string' ? dict.split('|').map((line) => line.split(' ')[0]!) : dict.map(([source]) => source))).filter((source) => [...source].length > 1);
			const all = pairFilter(longer);
			expect(longer.filter((source) => !mayBegin(all, source.codePointAt(0)!, [...source][1]!.codePointAt(0)!)), config).toEqual([]);
		}
	});
});
