import { describe, expect, it } from 'vitest';
import type { ArticleDate } from '../../src/schemas/article';
import { apa7, cslItem, cslParagraphCitation, gbt7714 } from '../../src/lib/citation';

const date = (value: string, precision: ArticleDate['precision']): ArticleDate => ({ value, precision, source: '', confidence: 'high' });
const src = {
	title: '“上海-金华周”在上海开幕',
	authors: [{ name: '李治国', role: '记者' }],
	publisher: '经济日报',
	date: date('2020-09-16', 'day'),
	url: 'https://example.org/articles/x/',
};

describe('gbt7714', () => {
	it('formats an online newspaper article', () => {
		expect(gbt7714(src).text).toBe('李治国. “上海-金华周”在上海开幕[N/OL]. 经济日报, 2020-09-16. https://example.org/articles/x/.');
	});

	it('gives the date at its precision and starts with the title without authors', () => {
		expect(gbt7714({ ...src, authors: [], date: date('2019-12', 'month') }).text).toBe(
			'“上海-金华周”在上海开幕[N/OL]. 经济日报, 2019-12. https://example.org/articles/x/.',
		);
	});

	it('lists three authors, then 等', () => {
		const authors = ['甲', '乙', '丙', '丁'].map((name) => ({ name, role: '' }));
		expect(gbt7714({ ...src, authors }).text).toMatch(/^甲, 乙, 丙, 等\. /u);
	});
});

describe('citing a paragraph', () => {
	const paragraph = { ...src, url: 'https://example.org/articles/x/#pk3x9a2b' };

	it('gives GB/T 7714 the paragraph as locator, after the date, and the paragraph\'s permalink', () => {
		expect(gbt7714(paragraph, 3).text).toBe('李治国. “上海-金华周”在上海开幕[N/OL]. 经济日报, 2020-09-16: 第3段. https://example.org/articles/x/#pk3x9a2b.');
		expect(gbt7714({ ...paragraph, date: date('', 'unknown') }, 12).text).toContain('经济日报: 第12段. ');
	});

	it('gives CSL-JSON the paragraph as locator with label paragraph', () => {
		expect(cslParagraphCitation(paragraph, 'x', 3)).toEqual({
			id: 'x',
			locator: '3',
			label: 'paragraph',
			itemData: {
				id: 'x',
				type: 'article-newspaper',
				title: '“上海-金华周”在上海开幕',
				author: [{ literal: '李治国' }],
				'container-title': '经济日报',
				issued: { 'date-parts': [[2020, 9, 16]] },
				URL: 'https://example.org/articles/x/#pk3x9a2b',
			},
		});
	});

	it('gives CSL-JSON the date at its precision, and leaves out what is unknown', () => {
		expect(cslItem({ ...src, date: date('2019-12', 'month') }, 'x').issued).toEqual({ 'date-parts': [[2019, 12]] });
		const bare = cslItem({ ...src, authors: [], publisher: '', date: date('', 'unknown') }, 'x');
		expect(Object.keys(bare)).toEqual(['id', 'type', 'title', 'URL']);
	});
});

describe('apa7', () => {
	it('formats a newspaper article with the paper in italics', () => {
		const ref = apa7(src);
		expect(ref.text).toBe('李治国. (2020, September 16). “上海-金华周”在上海开幕. 经济日报. https://example.org/articles/x/');
		expect(ref.html).toContain('<i>经济日报</i>.');
	});

	it('uses (n.d.) for an unknown date and the title in the author position', () => {
		expect(apa7({ ...src, authors: [], date: date('', 'unknown') }).text).toBe(
			'“上海-金华周”在上海开幕. (n.d.). 经济日报. https://example.org/articles/x/',
		);
	});

	it('never shows a day the date does not know', () => {
		expect(apa7({ ...src, date: date('2019-12', 'month') }).text).toContain('(2019, December)');
	});
});
