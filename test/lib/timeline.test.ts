import { describe, expect, it } from 'vitest';
import type { ArticleDate } from '../../src/schemas/article';
import { monthlyTimeline, timelineChart, timelineOf } from '../../src/lib/timeline';

const date = (value: string, precision: ArticleDate['precision']): ArticleDate => ({ value, precision, source: '', confidence: 'high' });
const day = (value: string) => date(value, 'day');
const undated = () => date('', 'unknown');
const round = (n: number) => Math.round(n * 1000) / 1000;

describe('monthlyTimeline', () => {
	it('counts articles per month over whole years, empty months and years included', () => {
		const timeline = monthlyTimeline([day('2019-03-02'), day('2019-03-30'), date('2021-11', 'month'), day('2019-12-31')]);
		expect(timeline.months).toHaveLength(36);
		expect(timeline.months[0]).toEqual({ year: 2019, month: 1, count: 0 });
		expect(timeline.months.at(-1)).toEqual({ year: 2021, month: 12, count: 0 });
		expect(timeline.months.filter((m) => m.count > 0)).toEqual([
			{ year: 2019, month: 3, count: 2 },
			{ year: 2019, month: 12, count: 1 },
			{ year: 2021, month: 11, count: 1 },
		]);
		expect(timeline.years.map((row) => [row.year, row.total])).toEqual([
			[2019, 3],
			[2020, 0],
			[2021, 1],
		]);
		expect(timeline.years[0]!.months).toEqual([0, 0, 2, 0, 0, 0, 0, 0, 0, 0, 0, 1]);
		expect([timeline.inMonths, timeline.yearOnly, timeline.undated, timeline.peak]).toEqual([4, 0, 0, 2]);
		expect(timeline.peakMonths).toEqual([{ year: 2019, month: 3, count: 2 }]);
		expect([timeline.first, timeline.last]).toEqual([
			{ year: 2019, month: 3, count: 2 },
			{ year: 2021, month: 11, count: 1 },
		]);
	});

	it('counts a date only at its precision: a year-only date is in its year’s row but no month, an undated one apart', () => {
		// A month-precision value that carries a day must not be read to the day, nor a year-precision one to the month.
		const timeline = monthlyTimeline([date('2018', 'year'), date('2018-05', 'year'), undated(), undated(), day('2020-01-09')]);
		expect([timeline.inMonths, timeline.yearOnly, timeline.undated]).toEqual([1, 2, 2]);
		expect(timeline.months.map((m) => m.year)).toEqual(Array.from({ length: 12 }, () => 2020));
		expect(timeline.years.map((row) => [row.year, row.monthUnknown, row.total])).toEqual([
			[2018, 2, 2],
			[2020, 0, 1],
		]);
	});

	it('has no months, and no peak, when nothing is dated to a month', () => {
		const timeline = monthlyTimeline([undated(), date('2017', 'year')]);
		expect(timeline.months).toEqual([]);
		expect([timeline.peak, timeline.peakMonths.length, timeline.undated, timeline.yearOnly]).toEqual([0, 0, 1, 1]);
		expect([timeline.first, timeline.last]).toEqual([undefined, undefined]);
		expect(timelineChart(timeline)).toBeUndefined();
	});

	it('names every month that reaches the peak', () => {
		const timeline = monthlyTimeline([day('2020-02-01'), day('2020-07-01'), day('2020-05-01')]);
		expect(timeline.peakMonths.map((m) => m.month)).toEqual([2, 5, 7]);
	});
});

describe('timelineChart', () => {
	it('draws one bar per non-empty month, its height the count, in a box as high as the peak', () => {
		const chart = timelineChart(monthlyTimeline([day('2020-02-01'), day('2020-02-03'), day('2020-12-01')]))!;
		expect([chart.columns, chart.peak]).toEqual([12, 2]);
		const bars = [...chart.bars.matchAll(/M([\d.]+) (\d+)v-(\d+)h([\d.]+)v(\d+)z/gu)].map((m) => [Number(`0${m[1]}`), Number(m[2]), Number(m[3])]);
		expect(bars).toEqual([
			[1.1, 2, 2],
			[11.1, 2, 1],
		]);
		// Nothing else in the path: every bar was matched.
		expect(chart.bars.replace(/M[\d.]+ \d+v-\d+h[\d.]+v\d+z/gu, '')).toBe('');
	});

	it('marks the quarters of a one-year picture and the years of a longer one, labelling no more than six', () => {
		const oneYear = timelineChart(monthlyTimeline([day('2020-06-01')]))!;
		expect(oneYear.ticks.map((t) => [t.at, t.labelAt, t.month])).toEqual([
			[0, 4.167, 1],
			[25, 29.167, 4],
			[50, 54.167, 7],
			[75, 79.167, 10],
		]);
		const years = Array.from({ length: 14 }, (_, i) => day(`${2010 + i}-06-01`));
		const long = timelineChart(monthlyTimeline(years))!;
		expect(long.ticks.map((t) => t.year)).toEqual(Array.from({ length: 14 }, (_, i) => 2010 + i));
		expect(long.ticks[7]!.at).toBe(50);
		// A year's label sits under the middle of its twelve months.
		expect(long.ticks[0]!.labelAt).toBe(round(100 / 28));
		expect(long.labelled.map((t) => t.year)).toEqual([2010, 2013, 2016, 2019, 2022]);
		const few = timelineChart(monthlyTimeline([day('2019-01-01'), day('2021-01-01')]))!;
		expect(few.labelled.map((t) => t.year)).toEqual([2019, 2020, 2021]);
	});
});

describe('timelineOf', () => {
	it('reads the articles’ own dates and draws them', () => {
		const picture = timelineOf([{ data: { date: day('2022-04-05') } }, { data: { date: undated() } }]);
		expect([picture.timeline.inMonths, picture.timeline.undated, picture.chart?.columns]).toEqual([1, 1, 12]);
	});
});
