import { describe, expect, it } from 'vitest';
import type { ArticleDate } from '../../src/schemas/article';
import { groupByDate } from '../../src/lib/archive';
import { paginate } from '../../src/lib/paginate';
import { groupByPublisher, publisherSlug } from '../../src/lib/publishers';
import { articlePath, listPath, switchEdition } from '../../src/lib/urls';

const entry = (value: string, precision: ArticleDate['precision'], publisher = '经济日报') => ({
	data: { date: { value, precision, source: '', confidence: 'high' as const }, publisher },
});

describe('groupByDate', () => {
	it('groups by year and month, newest first, year-only after the months, undated apart', () => {
		const entries = [entry('2020-09-16', 'day'), entry('2020', 'year'), entry('2020-11', 'month'), entry('2019-01-02', 'day'), entry('', 'unknown')];
		const { years, undated } = groupByDate(entries);
		expect(years.map((y) => [y.year, y.count, y.months.map((m) => m.month)])).toEqual([
			[2020, 3, [11, 9, undefined]],
			[2019, 1, [1]],
		]);
		expect(undated).toHaveLength(1);
	});
});

describe('publishers', () => {
	it('slugs a publisher in pinyin, folding scripts together', () => {
		expect(publisherSlug('经济日报')).toBe('jingji-ribao');
		const groups = groupByPublisher([entry('2020', 'year', '經濟日報'), entry('2020', 'year', '经济日报'), entry('2020', 'year', '')]);
		expect(groups.map((g) => [g.slug, g.items.length])).toEqual([
			['jingji-ribao', 2],
			['unknown', 1],
		]);
	});
});

describe('paginate', () => {
	it('splits into pages and keeps one page for an empty list', () => {
		expect(paginate([1, 2, 3, 4, 5], 2).map((p) => [p.number, p.total, p.items])).toEqual([
			[1, 3, [1, 2]],
			[2, 3, [3, 4]],
			[3, 3, [5]],
		]);
		expect(paginate([], 2)).toEqual([{ number: 1, total: 1, items: [] }]);
	});
});

describe('urls', () => {
	it('keeps 简体 at the old paths and puts 繁體 under /zh-hant/', () => {
		expect(articlePath('hans', 'a')).toBe('/articles/a/');
		expect(articlePath('hant', 'a')).toBe('/zh-hant/articles/a/');
		expect(listPath('hant', 2)).toBe('/zh-hant/articles/page/2/');
	});

	it('switches a path between editions', () => {
		expect(switchEdition('/articles/a/', 'hant')).toBe('/zh-hant/articles/a/');
		expect(switchEdition('/zh-hant/articles/a/', 'hans')).toBe('/articles/a/');
		expect(switchEdition('/zh-hant/', 'hans')).toBe('/');
		expect(switchEdition('/', 'hant')).toBe('/zh-hant/');
	});
});
