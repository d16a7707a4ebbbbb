import { describe, expect, it } from 'vitest';
import { fold } from './fold';
import { excerpt, matchesAll, matchRanges, parseQuery } from './query';
import { encodeChar, indexTokens, queryTokens } from './tokens';

describe('fold', () => {
	it('folds Traditional to Simplified and ASCII to lowercase, keeping the length', () => {
		expect(fold('G60科創走廊發展')).toBe('g60科创走廊发展');
		expect(fold('长三角一体化')).toBe('长三角一体化');
		const text = '九地市政協共商G60科創走廊更高質量發展';
		expect(fold(text)).toHaveLength(text.length);
	});
});

describe('tokens', () => {
	it('gives one opaque ASCII token per character of each run', () => {
		const tokens = indexTokens('科创走廊，g60');
		expect(tokens).toHaveLength(7);
		expect(tokens.every((t) => /^[0-9a-z]+$/.test(t))).toBe(true);
		expect(tokens[0]).toBe(encodeChar('科') + encodeChar('创'));
		expect(tokens[3]).toBe(`${encodeChar('廊')}z`);
	});

	it('every query bigram of a substring is an index token', () => {
		const text = fold('長三角G60科創走廊高質量發展');
		const index = new Set(indexTokens(text));
		for (const q of ['g60科创', '走廊高质量', '发展']) {
			for (const t of queryTokens(q)) expect(index.has(t), q).toBe(true);
		}
	});

	it('a one-character query is a prefix of the tokens its character starts', () => {
		expect(queryTokens('沪')).toEqual([encodeChar('沪')]);
		expect(indexTokens('沪').some((t) => t.startsWith(encodeChar('沪')))).toBe(true);
		expect(queryTokens('，')).toEqual([]);
	});
});

describe('query', () => {
	it('splits terms at whitespace and folds each', () => {
		const q = parseQuery(' G60  科創走廊 ');
		expect(q.terms).toEqual(['G60', '科創走廊']);
		expect(q.folded).toEqual(['g60', '科创走廊']);
		expect(q.pagefind.split(' ')).toHaveLength(2 + 3);
		expect(parseQuery('  ！ ').pagefind).toBe('');
	});

	it('matches only text containing every term', () => {
		expect(matchesAll('长三角g60科创走廊', ['g60', '走廊'])).toBe(true);
		expect(matchesAll('科学创新走向长廊', ['科创走廊'])).toBe(false);
		expect(matchesAll('anything', [])).toBe(false);
	});

	it('merges overlapping matches', () => {
		expect(matchRanges('一体化，一体', ['一体', '体化'])).toEqual([
			[0, 3],
			[4, 6],
		]);
	});

	it('cuts an excerpt around the first match and marks every match in it', () => {
		const text = `${'甲'.repeat(100)}G60科創走廊${'乙'.repeat(100)}`;
		const parts = excerpt(text, fold(text), ['科创走廊'], 40);
		expect(parts[0]).toEqual({ text: '…', mark: false });
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['科創走廊']);
		expect(parts.at(-1)).toEqual({ text: '…', mark: false });
	});
});

describe('excerpt position', () => {
	it('prefers a match in the body to one in the title', () => {
		const text = '科创走廊观察\n人民日报\n正文开始。这里也说到科创走廊的事。';
		const parts = excerpt(text, fold(text), ['科创走廊'], 12, text.indexOf('正文'));
		expect(parts.map((p) => p.text).join('')).toContain('也说到科创走廊');
		expect(parts.map((p) => p.text).join('')).not.toContain('观察');
	});
});
