import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold';
import { excerpt, matchesAll, matchRanges, parseQuery } from '../../src/search/shared/query';
import { encodeChar, indexTokens, termTokens } from '../../src/search/shared/tokens';

describe('fold', () => {
	it('folds Traditional to Simplified and ASCII to lowercase, keeping the length', () => {
		expect(fold('G60科創走廊發展')).toBe('g60科创走廊发展');
		expect(fold('长三角一体化')).toBe('长三角一体化');
		const text = '九地市政協共商G60科創走廊更高質量發展';
		expect(fold(text)).toHaveLength(text.length);
	});
});

describe('tokens', () => {
	const bigram = (s: string) => [...s].map(encodeChar).join('');
	const unigram = (s: string) => `y${encodeChar(s)}`;

	it('gives each pair of adjacent characters a bigram, in text order, then each distinct letter or digit a unigram', () => {
		const tokens = indexTokens('科创，g6\n\n创');
		expect(tokens.slice(0, 6)).toEqual([bigram('科创'), bigram('创，'), bigram('，g'), bigram('g6'), bigram('6 '), bigram(' 创')]);
		expect(tokens.slice(6)).toEqual([unigram('科'), unigram('创'), unigram('g'), unigram('6')].sort());
		expect(tokens.every((t) => /^[0-9a-z]+$/.test(t))).toBe(true);
	});

	it('puts the bigrams of every substring at consecutive positions', () => {
		const text = fold('長三角G60科創走廊高質量發展，3.0版');
		const index = indexTokens(text);
		for (const q of ['g60科创', '走廊高质量', '发展', '，3', '3.0版']) {
			const tokens = termTokens(q);
			expect(tokens).toHaveLength([...q].length - 1);
			const at = index.indexOf(tokens[0]!);
			expect(index.slice(at, at + tokens.length), q).toEqual(tokens);
		}
	});

	it('a one-character term is its unigram; a lone punctuation mark is nothing', () => {
		expect(termTokens('沪')).toEqual([unigram('沪')]);
		expect(termTokens('，')).toEqual([]);
		expect(termTokens('3.8')).toEqual([bigram('3.'), bigram('.8')]);
	});

	it('no token is a prefix of another (Pagefind matches prefixes)', () => {
		const all = [...new Set(indexTokens(fold('長三角G60科創走廊3.8萬億 y1')))];
		for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
	});
});

describe('query', () => {
	it('splits terms at whitespace, folds each and makes each an exact phrase', () => {
		const q = parseQuery(' G60  科創走廊 g60 ');
		expect(q.terms).toEqual(['G60', '科創走廊', 'g60']);
		expect(q.folded).toEqual(['g60', '科创走廊']);
		expect(q.exact).toEqual([`"${termTokens('g60').join(' ')}"`, `"${termTokens('科创走廊').join(' ')}"`]);
		expect(q.ranked.split(' ')).toHaveLength(2 + 3);
		expect(parseQuery('  ！ ').exact).toEqual([]);
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
