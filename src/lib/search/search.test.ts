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
	it('gives each character a unigram and, within a run, a bigram, as opaque ASCII words', () => {
		const tokens = indexTokens('科创走廊，g60');
		expect(tokens).toHaveLength(7 + 5);
		expect(tokens.every((t) => /^[0-9a-z]+$/.test(t))).toBe(true);
		expect(tokens.slice(0, 2)).toEqual([`y${encodeChar('科')}`, encodeChar('科') + encodeChar('创')]);
		// No token is a prefix of another (Pagefind matches prefixes).
		const all = [...new Set(indexTokens(fold('長三角G60科創走廊3.8萬億')))];
		for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
	});

	it('every query token of a substring is an index token', () => {
		const text = fold('長三角G60科創走廊高質量發展，3.0版');
		const index = new Set(indexTokens(text));
		for (const q of ['g60科创', '走廊高质量', '发展', '展', '3.0版', '，3']) {
			const tokens = queryTokens(q);
			expect(tokens.length, q).toBeGreaterThan(0);
			for (const t of tokens) expect(index.has(t), q).toBe(true);
		}
	});

	it('a one-character run needs its unigram; punctuation alone needs nothing', () => {
		expect(queryTokens('沪')).toEqual([`y${encodeChar('沪')}`]);
		expect(queryTokens('3.8')).toEqual([`y${encodeChar('3')}`, `y${encodeChar('8')}`]);
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
