import { describe, expect, it } from 'vitest';
import type { ArticleDate } from '../../src/schemas/article';
import { compareDatesNewestFirst, dateTimeAttribute, formatArticleDate } from '../../src/lib/dates';

const date = (value: string, precision: ArticleDate['precision']): ArticleDate => ({
	value,
	precision,
	source: 'test',
	confidence: 'high',
});

describe('formatArticleDate', () => {
	it('shows a date at its real precision', () => {
		expect(formatArticleDate(date('2020-09-16', 'day'))).toBe('2020年9月16日');
		expect(formatArticleDate(date('2020-09', 'month'))).toBe('2020年9月');
		expect(formatArticleDate(date('2020', 'year'))).toBe('2020年');
	});

	it('never shows more than the precision vouches for', () => {
		expect(formatArticleDate(date('2020-09-16', 'month'))).toBe('2020年9月');
		expect(formatArticleDate(date('2020-09-16', 'year'))).toBe('2020年');
	});

	it('falls back when the date is unknown', () => {
		expect(formatArticleDate(date('', 'unknown'), '日期不详')).toBe('日期不详');
		expect(formatArticleDate(date('2020', 'unknown'))).toBe('');
	});
});

describe('dateTimeAttribute', () => {
	it('gives a valid datetime at the same precision', () => {
		expect(dateTimeAttribute(date('2020-09-06', 'day'))).toBe('2020-09-06');
		expect(dateTimeAttribute(date('2020-09-06', 'month'))).toBe('2020-09');
		expect(dateTimeAttribute(date('2020', 'year'))).toBe('2020');
		expect(dateTimeAttribute(date('', 'unknown'))).toBeUndefined();
	});
});

describe('compareDatesNewestFirst', () => {
	it('orders newest first, vaguer dates after the days they contain, unknown last', () => {
		const dates = [
			date('', 'unknown'),
			date('2020-08-31', 'day'),
			date('2020-09', 'month'),
			date('2021', 'year'),
			date('2020-09-16', 'day'),
		];
		expect(dates.sort(compareDatesNewestFirst).map((d) => d.value)).toEqual([
			'2021',
			'2020-09-16',
			'2020-09',
			'2020-08-31',
			'',
		]);
	});
});
