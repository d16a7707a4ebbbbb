import { describe, expect, it } from 'vitest';
import * as OpenCC from 'opencc-js';
import { changeCounter } from '../../src/ingest/text/conversion-changes.ts';

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

	it('refuses a configuration it cannot walk in one step', () => {
		expect(() => changeCounter({ from: 'cn', to: 'tw', config: 's2tw' })).toThrow(/single conversion step/u);
	});
});
