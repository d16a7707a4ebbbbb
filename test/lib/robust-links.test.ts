import { describe, expect, it } from 'vitest';
import { linkableSourceUrl, robustSourceLinks, waybackUrl } from '../../src/lib/robust-links';
import type { ArticleDate } from '../../src/schemas/article';

const date = (value: string, precision: ArticleDate['precision']): ArticleDate => ({ value, precision, source: 'test', confidence: 'high' });

describe('Robust Links for the source URL', () => {
	it('links the original with its archived copy and version date, and the copy with its original', () => {
		const links = robustSourceLinks('https://news.example.cn/a/1.html', date('2021-03-04', 'day'))!;
		expect(links.original).toEqual({
			href: 'https://news.example.cn/a/1.html',
			attributes: { 'data-versionurl': 'https://web.archive.org/web/20210304/https://news.example.cn/a/1.html', 'data-versiondate': '2021-03-04' },
		});
		expect(links.archived).toEqual({
			href: 'https://web.archive.org/web/20210304/https://news.example.cn/a/1.html',
			attributes: { 'data-originalurl': 'https://news.example.cn/a/1.html', 'data-versiondate': '2021-03-04' },
		});
	});

	it('gives the version date at the article date\'s precision, and none for an undated article', () => {
		expect(robustSourceLinks('http://example.cn/x', date('2019-12', 'month'))!.archived.attributes['data-versiondate']).toBe('2019-12');
		const undated = robustSourceLinks('http://example.cn/x', date('', 'unknown'))!;
		expect(undated.archived.href).toBe('https://web.archive.org/web/*/http://example.cn/x');
		expect(undated.original.attributes).not.toHaveProperty('data-versiondate');
		expect(undated.archived.attributes).not.toHaveProperty('data-versiondate');
	});

	it('links only http(s) URLs', () => {
		for (const bad of ['javascript:alert(1)', 'data:text/html,x', 'www.example.cn/x', 'ftp://example.cn/x', '']) {
			expect(linkableSourceUrl(bad), bad).toBeUndefined();
			expect(robustSourceLinks(bad, date('2021', 'year')), bad).toBeUndefined();
		}
		expect(linkableSourceUrl('https://example.cn/新闻?id=1')).toBe('https://example.cn/%E6%96%B0%E9%97%BB?id=1');
	});

	it('asks the Wayback Machine for the capture nearest the date', () => {
		expect(waybackUrl('https://example.cn/', '2020')).toBe('https://web.archive.org/web/2020/https://example.cn/');
	});
});
