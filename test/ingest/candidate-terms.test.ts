import { describe, expect, it } from 'vitest';
import { buildTaxonomy, createMatcher } from '../../src/lib/taxonomy.ts';
import { candidateTerms, candidateWords, countText, distinctiveTerms, emptyCounts, hasTwoCharacters, packTerms, unpackTerms } from '../../src/ingest/infer/candidate-terms.ts';

const matcher = createMatcher(
	buildTaxonomy([
		{ id: 'wuxi', slug: 'wuxi', name: '无锡', kind: 'place', aliases: [], excludes: [] },
		{ id: 'yunhe', slug: 'yunhe', name: '大运河', kind: 'initiative', aliases: [], excludes: ['大运河路'] },
	]),
);

describe('candidate terms', () => {
	it('drops what the taxonomy claims, stop words, single characters and numbers', () => {
		const words = candidateWords('无锡积极推进大运河沿线湿地公园建设，2024年新增湿地公园3座，大运河路拓宽。', matcher);
		expect(words).toContain('湿地');
		expect(words).toContain('公园');
		for (const gone of ['无锡', '大运河', '运河', '积极', '推进', '建设', '2024', '2024年', '3', '座', '，']) expect(words).not.toContain(gone);
	});

	it('folds Traditional text, so both scripts count as one term', () => {
		const terms = candidateTerms(['无锡的湿地公园很美。湿地保护。', '無錫濕地公園開放，濕地面積擴大。'], matcher, { minCount: 1 });
		expect(terms.find((t) => t.term === '湿地')).toEqual({ term: '湿地', texts: 2, count: 4 });
		expect(terms.some((t) => /[濕園]/u.test(t.term))).toBe(false);
	});

	it('ranks by the number of texts first, then by count, and honours the limits', () => {
		const texts = ['港口，港口，港口，港口，码头。', '码头，码头。', '码头。'];
		const terms = candidateTerms(texts, matcher, { minCount: 1 });
		expect(terms.slice(0, 2).map((t) => [t.term, t.texts, t.count])).toEqual([['码头', 3, 4], ['港口', 1, 4]]);
		expect(candidateTerms(texts, matcher, { minTexts: 2 }).map((t) => t.term)).toEqual(['码头']);
		expect(candidateTerms(texts, matcher, { minCount: 1, limit: 1 })).toHaveLength(1);
	});

	it('distinctive terms: common in the foreground, rare in the background', () => {
		const fore = emptyCounts();
		const back = emptyCounts();
		for (const text of ['湿地公园开放，天气晴朗。', '湿地保护，天气转凉。', '湿地面积扩大，天气不错。', '港口繁忙。']) countText(fore, text, matcher);
		for (const text of ['天气晴朗。', '天气转凉。', '天气很好。', '天气多变。', '港口吞吐量。']) countText(back, text, matcher);
		expect(fore.texts).toBe(4);
		const terms = distinctiveTerms(fore, back, { minTexts: 1 });
		expect(terms[0]!.term).toBe('湿地');
		expect(terms.map((t) => t.term)).not.toContain('天气');
		expect(distinctiveTerms(fore, back, { minTexts: 4 })).toEqual([]);
	});
});

describe('hasTwoCharacters', () => {
	it('counts characters, not UTF-16 units', () => {
		expect(hasTwoCharacters('湿地')).toBe(true);
		expect(hasTwoCharacters('𠀀')).toBe(false);
		expect(hasTwoCharacters('𠀀地')).toBe(true);
		expect(hasTwoCharacters('地')).toBe(false);
		expect(hasTwoCharacters('')).toBe(false);
		// Two lone surrogates are two characters, as `[...word]` counts them.
		expect(hasTwoCharacters('\uDC00\uD800')).toBe(true);
	});
});

describe('packTerms / unpackTerms', () => {
	it('read back what was packed', () => {
		const terms: [string, number][] = [['湿地', 3], ['公园', 1], ['G60科创走廊', 12]];
		expect(unpackTerms(packTerms(terms))).toEqual(terms);
		expect(unpackTerms(packTerms([]))).toEqual([]);
	});

	it('read a damaged entry as splitting it into lines and fields would', () => {
		const bySplitting = (packed: string) => packed.split('\n').map((line) => [line.split('\t')[0], Number(line.split('\t')[1])]);
		for (const packed of ['a', 'a\t1\t2', 'a\t1\n', '\n', 'a\tx\nb\t2', '\t5']) expect(unpackTerms(packed), JSON.stringify(packed)).toEqual(bySplitting(packed));
	});
});
