import { describe, expect, it } from 'vitest';
import { neighboursInTime, relatedArticles, tagWeights, textTerms, type RelatedInput } from '../../src/lib/related.ts';
import type { ArticleDate } from '../../src/schemas/article.ts';

/* Invented archive: three harbour stories, two about tea, one about a bridge. */
const ARCHIVE: RelatedInput[] = [
	{ slug: 'port-a', tags: ['delta', 'ningbo', 'gang'], text: '宁波舟山港集装箱吞吐量创新高，港口码头加快自动化改造，集装箱航线持续增加。' },
	{ slug: 'port-b', tags: ['delta', 'ningbo', 'gang'], text: '寧波舟山港新開三條集裝箱航線，港口碼頭自動化改造進展順利。' },
	{ slug: 'port-c', tags: ['delta', 'gang'], text: '太仓港开通近洋航线，集装箱吞吐量稳步增长。' },
	{ slug: 'tea-a', tags: ['delta', 'cha'], text: '安吉白茶开采，茶农忙于采摘，茶叶价格保持稳定。' },
	{ slug: 'tea-b', tags: ['delta', 'cha', 'ningbo'], text: '宁波茶文化节开幕，白茶与绿茶同台展示，茶农分享采摘经验。' },
	{ slug: 'bridge', tags: ['delta'], text: '跨海大桥完成主体施工，预计明年通车。' },
];

describe('related articles', () => {
	const related = relatedArticles(ARCHIVE);
	const slugs = (slug: string) => related.get(slug)!.map((l) => l.slug);

	it('ranks by shared tags and similar text: the same story in the other script comes first', () => {
		expect(slugs('port-a')[0]).toBe('port-b');
		expect(slugs('port-a').indexOf('port-c')).toBeLessThan(slugs('port-a').indexOf('tea-b'));
		expect(slugs('tea-a')[0]).toBe('tea-b');
	});

	it('weighs shared tags by rarity: sharing ningbo counts for more than sharing delta', () => {
		const weights = tagWeights(ARCHIVE);
		expect(weights.get('ningbo')!).toBeGreaterThan(weights.get('delta')!);
		// tea-b shares the rare ningbo with port-a; bridge shares only the ubiquitous delta and no text.
		const link = related.get('port-a')!.find((l) => l.slug === 'tea-b')!;
		expect(link.sharedTags).toEqual(['ningbo']);
		expect(link.tagScore).toBeGreaterThan(0);
		expect(slugs('port-a')).not.toContain('bridge');
		// A tag that every article carries weighs nothing; a rarer one shared makes the link.
		const moreTags = ARCHIVE.map((a) => (a.slug === 'bridge' ? { ...a, tags: ['delta', 'ningbo'] } : a));
		expect(relatedArticles(moreTags).get('port-a')!.map((l) => l.slug)).toContain('bridge');
	});

	it('text similarity folds the scripts: 集裝箱 and 集装箱 are the same bigrams', () => {
		expect(textTerms('集裝箱G60')).toEqual(textTerms('集装箱g60'));
		const link = related.get('port-a')!.find((l) => l.slug === 'port-b')!;
		expect(link.textScore).toBeGreaterThan(0.2);
		expect(link.tagScore).toBeCloseTo(1, 5);
	});

	it('never links an article to itself, honours the limit and the minimum score', () => {
		for (const [slug, links] of related) expect(links.map((l) => l.slug)).not.toContain(slug);
		expect(relatedArticles(ARCHIVE, { limit: 2 }).get('port-a')).toHaveLength(2);
		expect(relatedArticles(ARCHIVE, { minScore: 0.99 }).get('port-a')).toEqual([]);
		for (const links of related.values()) for (let i = 1; i < links.length; i++) expect(links[i - 1]!.score).toBeGreaterThanOrEqual(links[i]!.score);
	});

});

describe('previous and next in time', () => {
	const day = (value: string): ArticleDate => ({ value, precision: value.length === 10 ? 'day' : value.length === 7 ? 'month' : value ? 'year' : 'unknown', source: 'test', confidence: 'high' });
	const list = [
		{ slug: 'b', date: day('2020-09-16') },
		{ slug: 'a', date: day('2018-11-28') },
		{ slug: 'undated', date: day('') },
		{ slug: 'c', date: day('2020-09') },
		{ slug: 'd', date: day('2023-11') },
	];

	const neighbours = neighboursInTime(list);

	it('previous is older, next is newer; a month-precision date follows the days it contains', () => {
		expect(neighbours('b')).toEqual({ previous: list[3], next: list[4] });
		expect(neighbours('c').previous?.slug).toBe('a');
		expect(neighbours('a')).toEqual({ previous: undefined, next: list[3] });
		expect(neighbours('d').next).toBeUndefined();
	});

	it('undated articles have no neighbours and are nobody’s neighbour', () => {
		expect(neighbours('undated')).toEqual({});
		expect(neighbours('a').next?.slug).not.toBe('undated');
		expect(neighbours('nope')).toEqual({});
	});
});
