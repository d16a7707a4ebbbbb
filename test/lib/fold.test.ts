import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { FOLD_TABLE_PATH, foldTableModule } from '../../scripts/fold-table';
import { decodeCharTable, encodeCharTable } from '../../src/lib/fold-codec';
import { toSimplified } from '../../src/lib/fold';

/** The converter the index used to fold with, and what `toSimplified` must equal. */
const opencc = OpenCC.Converter({ from: 't', to: 'cn' });
const t2s = OpenCC.Locale.configs.t2s as unknown as { normalizationChain: string[][]; conversionChain: string[][] };
const sources = (dict: string) => dict.split('|').map((entry) => entry.split(' ')[0]!);

describe('the compact fold table', () => {
	it('is what scripts/fold-table.ts writes from the installed opencc-js', () => {
		expect(readFileSync(FOLD_TABLE_PATH, 'utf8')).toBe(foldTableModule());
	});

	it('round-trips a character table', () => {
		const pairs: [string, string][] = [
			['乾', '干'],
			['𠵾', '㗲'],
			['萬', '万'],
			['着', '着'],
		];
		expect(decodeCharTable(encodeCharTable(pairs))).toEqual([
			['乾', '干'],
			['萬', '万'],
			['𠵾', '㗲'],
		]);
	});
});

describe('toSimplified', () => {
	it('converts every entry of the t2s preset exactly as opencc-js does', () => {
		const [[compat]] = t2s.normalizationChain as [[string]];
		const [[phrases, characters]] = t2s.conversionChain as [[string, string]];
		const entries = [...sources(compat), ...sources(phrases), ...sources(characters)];
		expect(entries.length).toBeGreaterThan(4000);
		const differ = entries.filter((s) => toSimplified(s) !== opencc(s));
		expect(differ).toEqual([]);
		// In running text too, where phrases compete for the longest match.
		expect(toSimplified(entries.join(''))).toBe(opencc(entries.join('')));
		expect(toSimplified(entries.join('，'))).toBe(opencc(entries.join('，')));
	});

	it('converts every CJK and compatibility character as opencc-js does', () => {
		const ranges = [
			[0x2e80, 0x9fff],
			[0xf900, 0xfaff],
			[0xff00, 0xffef],
			[0x20000, 0x2a6df],
			[0x2f800, 0x2fa1f],
		];
		const differ: string[] = [];
		for (const [first, last] of ranges) {
			let run = '';
			for (let code = first!; code <= last!; code++) {
				const ch = String.fromCodePoint(code);
				if (toSimplified(ch) !== opencc(ch)) differ.push(ch);
				run += ch;
			}
			expect(toSimplified(run)).toBe(opencc(run));
		}
		expect(differ).toEqual([]);
	});
});
