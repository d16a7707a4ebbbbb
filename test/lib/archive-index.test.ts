import { describe, expect, it } from 'vitest';
import { archiveIndexOf, type IndexedArticle } from '../../src/lib/archive-index.ts';
import { articleText } from '../../src/lib/article-file.ts';
import { textTerms } from '../../src/lib/related.ts';
import { type ArticleFrontmatter, articleSchema } from '../../src/schemas/article.ts';

const data = (slug: string, date: string, tags: string[], title: string): ArticleFrontmatter =>
	articleSchema.parse({
		title,
		titleSource: { method: 'test', confidence: 'high' },
		slug,
		date: { value: date, precision: date ? (date.length === 10 ? 'day' : 'month') : 'unknown', source: 'test', confidence: date ? 'high' : 'none' },
		publisher: '',
		publisherSource: { method: 'test', confidence: 'none' },
		script: 'hans',
		summary: '',
		tags,
		raw: { path: `content/raw/${slug}.txt`, sha256: 'a'.repeat(64), encoding: 'utf-8' },
		ingest: { version: 1, checksum: 'x' },
	});

/* Invented archive, deliberately out of order. */
const ARCHIVE: IndexedArticle[] = [
	{ data: data('tea', '2021-04-02', ['delta', 'cha'], '安吉白茶开采'), text: '茶农忙于采摘，茶叶价格保持稳定。' },
	{ data: data('port-b', '2022-01-10', ['delta', 'ningbo'], '宁波舟山港新开航线'), text: '宁波舟山港新开三条集装箱航线，港口码头自动化改造。' },
	{ data: data('undated', '', ['delta'], '跨海大桥施工'), text: '跨海大桥完成主体施工。' },
	{ data: data('port-a', '2021-06', ['delta', 'ningbo'], '宁波舟山港吞吐量创新高'), text: '宁波舟山港集装箱吞吐量创新高，港口码头加快自动化改造。' },
];

describe('archive index', () => {
	const index = archiveIndexOf(ARCHIVE);

	it('gives each article its related articles, best first, with the tags they share', () => {
		expect(index.related['port-a']?.[0]).toMatchObject({ slug: 'port-b', sharedTags: ['ningbo'] });
		expect(index.related['port-b']?.[0]?.slug).toBe('port-a');
	});

	it('gives each dated article its neighbours in time, and none to an undated one', () => {
		expect(index.neighbours['port-a']).toEqual({ older: 'tea', newer: 'port-b' });
		expect(index.neighbours['port-b']).toEqual({ older: 'port-a', newer: undefined });
		expect(index.neighbours['undated']).toBeUndefined();
	});

	it('does not depend on the order the files were read in', () => {
		expect(archiveIndexOf([...ARCHIVE].reverse())).toEqual(index);
	});

	it('survives JSON, as it reaches the pages', () => {
		// A Map, a Set or a class instance would not (JSON turns them into {}).
		expect(JSON.parse(JSON.stringify(index))).toEqual(index);
	});
});

describe('article text', () => {
	it('reads an MDX body as a reader sees it: no markup, no repaired span’s former text, a lost number as a word break', () => {
		const text = articleText('## 港口\n\n集装箱<Repaired from="?雍献?">码头</Repaired>，<Gap />吨。');
		expect(text).not.toMatch(/Repaired|from|雍|Gap|#/u);
		expect(text).toBe('港口\n集装箱码头， 吨。');
		expect(textTerms(text)).toEqual(['港口', '集装', '装箱', '箱码', '码头']);
	});
});
