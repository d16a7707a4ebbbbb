import type { ArticleDate, ArticleFrontmatter } from '../schemas/article';
import { dateParts } from './dates';

/**
 * The archive over time: articles per month, and the geometry of the
 * picture drawn from them (`ArchiveTimeline.astro` only renders it). Pure
 * functions over article dates; a date counts only at the precision it is
 * known (`dateParts`): an article known only to its year is in no month, and
 * an undated one in no year.
 */

/** The articles of one calendar month. */
export interface MonthCount {
	year: number;
	/** 1–12. */
	month: number;
	count: number;
}

/** The articles of one year, by month (index 0 is January), and those known only to the year. */
export interface YearRow {
	year: number;
	months: number[];
	/** Articles dated to this year but to no month. */
	monthUnknown: number;
	/** Every article of the year: the months plus `monthUnknown`. */
	total: number;
}

export interface Timeline {
	/** Every month of every whole year from the first dated month to the last, oldest first, empty months included. */
	months: MonthCount[];
	/** The same counts by year, oldest first, with the years known only to the year among them (the text alternative's rows). */
	years: YearRow[];
	/** Articles whose month is known: the ones the bars show. */
	inMonths: number;
	/** Articles dated only to a year: in `years`, in no bar. */
	yearOnly: number;
	/** Articles with no date at all. */
	undated: number;
	/** The largest monthly count (0 when no month has an article). */
	peak: number;
	/** The months with `peak` articles, oldest first (none when `peak` is 0). */
	peakMonths: MonthCount[];
	/** The first and the last month with an article (none when no article has a month). */
	first?: MonthCount;
	last?: MonthCount;
}

/** Articles per month over whole years, from their dates in any order. */
export function monthlyTimeline(dates: Iterable<ArticleDate>): Timeline {
	const byYear = new Map<number, YearRow>();
	let undated = 0;
	for (const date of dates) {
		const { year, month } = dateParts(date);
		if (year === undefined) {
			undated += 1;
			continue;
		}
		const row = byYear.get(year) ?? { year, months: Array.from({ length: 12 }, () => 0), monthUnknown: 0, total: 0 };
		if (month === undefined) row.monthUnknown += 1;
		else row.months[month - 1]! += 1;
		row.total += 1;
		byYear.set(year, row);
	}
	const rows = [...byYear.values()].sort((a, b) => a.year - b.year);
	const monthYears = rows.filter((row) => row.total > row.monthUnknown).map((row) => row.year);
	const months: MonthCount[] = [];
	if (monthYears.length > 0) {
		for (let year = monthYears[0]!; year <= monthYears.at(-1)!; year++) {
			const counts = byYear.get(year)?.months;
			for (let month = 1; month <= 12; month++) months.push({ year, month, count: counts?.[month - 1] ?? 0 });
		}
	}
	const peak = months.reduce((most, m) => Math.max(most, m.count), 0);
	const withArticles = months.filter((m) => m.count > 0);
	// A year inside the drawn span with no article still gets its row, so the table reads like the picture.
	const years = [...new Set([...rows.map((row) => row.year), ...months.map((m) => m.year)])]
		.sort((a, b) => a - b)
		.map((year) => byYear.get(year) ?? { year, months: Array.from({ length: 12 }, () => 0), monthUnknown: 0, total: 0 });
	const yearOnly = rows.reduce((n, row) => n + row.monthUnknown, 0);
	return {
		months,
		years,
		inMonths: rows.reduce((n, row) => n + row.total, 0) - yearOnly,
		yearOnly,
		undated,
		peak,
		peakMonths: withArticles.filter((m) => m.count === peak),
		first: withArticles[0],
		last: withArticles.at(-1),
	};
}

/** A tick under the bars: where a year (or, in a one-year picture, a quarter's first month) begins. */
export interface TimelineTick {
	/** From the left, as a percentage of the width. */
	at: number;
	/** The middle of the period it begins (a year, or a month), where its label is centred. */
	labelAt: number;
	year: number;
	/** Set when the ticks mark months (a picture of one year). */
	month?: number;
}

/** The picture of a timeline: bars in a `columns × peak` box (y down), stretched to any width; ticks placed in percent. */
export interface TimelineChart {
	/** One column per month. */
	columns: number;
	/** The box's height: the largest monthly count. */
	peak: number;
	/** One SVG path with a bar per non-empty month. */
	bars: string;
	/** Every tick, labelled or not. */
	ticks: TimelineTick[];
	/** The ticks that carry a label: every year while there are few, fewer as they multiply, so labels never crowd a phone's width. */
	labelled: TimelineTick[];
}

/** At most this many labels under a picture: a phone's width fits about six four-digit years. */
const MAX_LABELS = 6;
/** The gap on each side of a bar, in columns. */
const BAR_INSET = 0.1;

const round = (n: number) => Math.round(n * 1000) / 1000;
/** `0.1` as `.1`: the path is repeated on many pages. */
const num = (n: number) => String(round(n)).replace(/^0\./u, '.');

/** The bars and ticks of a timeline, or `undefined` when no article has a month to be drawn in. */
export function timelineChart(timeline: Timeline): TimelineChart | undefined {
	const { months, peak } = timeline;
	if (peak === 0) return undefined;
	const columns = months.length;
	const bars = months
		.map((m, i) => (m.count === 0 ? '' : `M${num(i + BAR_INSET)} ${peak}v-${m.count}h${num(1 - 2 * BAR_INSET)}v${m.count}z`))
		.join('');
	const at = (i: number) => round((100 * i) / columns);
	const oneYear = columns === 12;
	const ticks: TimelineTick[] = oneYear
		? [0, 3, 6, 9].map((i) => ({ at: at(i), labelAt: at(i + 0.5), year: months[i]!.year, month: i + 1 }))
		: months.flatMap((m, i) => (m.month === 1 ? [{ at: at(i), labelAt: at(i + 6), year: m.year }] : []));
	const every = Math.ceil(ticks.length / MAX_LABELS);
	return { columns, peak, bars, ticks, labelled: ticks.filter((_, i) => i % every === 0) };
}

/** A timeline and its picture, ready to render. */
export interface TimelinePicture {
	timeline: Timeline;
	/** None when no article has a month. */
	chart?: TimelineChart;
}

/** The timeline of some articles (any order), with its picture. */
export function timelineOf(articles: Iterable<{ data: Pick<ArticleFrontmatter, 'date'> }>): TimelinePicture {
	const timeline = monthlyTimeline([...articles].map((a) => a.data.date));
	return { timeline, chart: timelineChart(timeline) };
}
