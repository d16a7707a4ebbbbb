import type { ArticleDate } from '../schemas/article';

/** The parts of an article date that are really known, as numbers. */
export interface DateParts {
	year?: number;
	month?: number;
	day?: number;
}

const DEPTH = { unknown: 0, year: 1, month: 2, day: 3 } as const;

/**
 * The parts of `date.value` that its precision vouches for.
 * A month-precision date never yields a day, even if the value carried one.
 */
export function dateParts(date: ArticleDate): DateParts {
	const depth = DEPTH[date.precision];
	const [year, month, day] = date.value
		.split('-')
		.filter(Boolean)
		.slice(0, depth)
		.map(Number);
	return { year, month, day };
}

/**
 * The date as a reader sees it, at its real precision:
 * `2020年9月16日`, `2020年9月`, `2020年`, or `fallback` when nothing is known.
 */
export function formatArticleDate(date: ArticleDate, fallback = ''): string {
	const value = dateTimeAttribute(date);
	return value === undefined ? fallback : formatDateTime(value);
}

/** A `datetime` value (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, as search results carry it) as a reader sees it: 2020年9月16日, at its precision. */
export function formatDateTime(value: string): string {
	const [year, month, day] = value.split('-').map(Number);
	if (!year) return '';
	return `${year}年${month ? `${month}月` : ''}${month && day ? `${day}日` : ''}`;
}

/**
 * A valid HTML `datetime` attribute at the date's precision
 * (`YYYY-MM-DD`, `YYYY-MM` or `YYYY`), or `undefined` when the date is unknown.
 */
export function dateTimeAttribute(date: ArticleDate): string | undefined {
	const { year, month, day } = dateParts(date);
	if (year === undefined) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	let text = String(year).padStart(4, '0');
	if (month !== undefined) text += `-${pad(month)}`;
	if (month !== undefined && day !== undefined) text += `-${pad(day)}`;
	return text;
}

/**
 * Compares two dates so that the newest comes first. Unknown dates go last;
 * a less precise date sorts after the more precise dates it contains
 * (2020年9月 after 2020年9月16日, before 2020年8月).
 */
export function compareDatesNewestFirst(a: ArticleDate, b: ArticleDate): number {
	const ka = dateTimeAttribute(a) ?? '';
	const kb = dateTimeAttribute(b) ?? '';
	if (ka === kb) return 0;
	return ka < kb ? 1 : -1;
}

/** A `datetime` value as Highwire's `citation_publication_date` wants it (`YYYY/MM/DD`), at whatever precision is known. */
export const highwireDate = (dateTime: string | undefined): string | undefined => dateTime?.replaceAll('-', '/');

/**
 * The first instant of the date, in China Standard Time, for formats that need
 * a full timestamp (RSS): a month- or year-precision date is given as its first day.
 */
export function firstInstant(date: ArticleDate): Date | undefined {
	const value = dateTimeAttribute(date);
	if (value === undefined) return undefined;
	const [year, month = '01', day = '01'] = value.split('-');
	return new Date(`${year}-${month}-${day}T00:00:00+08:00`);
}
