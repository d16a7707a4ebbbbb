import { UNKNOWN } from './filters';

/**
 * A date range of a search, by year or month (`?from=2019&to=2020-06`).
 * Each article carries a `month` filter (`monthFilter`): `YYYY-MM` when its
 * date gives the month, `YYYY` when it gives only the year, `unknown` when
 * undated. Pagefind has no range filter, so a range becomes the list of the
 * index's `month` values inside it (`monthsInRange`), matched with `any`.
 *
 * An article is in a range only when its whole date is: `2019` is inside
 * 2019-01–2019-12 or 2018–2020, not inside 2019-03–2019-06 (it may be from
 * any month of 2019), and an undated article is in no range.
 */
export interface DateRange {
	/** `YYYY-MM`, the first month of the range, or '' for no lower bound. */
	from: string;
	/** `YYYY-MM`, the last month of the range, or '' for no upper bound. */
	to: string;
}

/** The filter holding each article's month (or year, or `unknown`). */
export const MONTH_FILTER = 'month';

/** An article's `month` filter value from its date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, or '' when undated). */
export const monthFilter = (date: string): string => (date ? date.slice(0, 7) : UNKNOWN);

const DIGIT = '[0-9０-９]';
const MONTH = '[0０]?[1-9１-９]|[1１][0-2０-２]';

/**
 * A range bound as the form's fields accept it (an HTML `pattern`, which
 * browsers compile with the `v` flag): `2019`, `2019-6`, `2019-06`,
 * `2019/06`, `2019.06`, `2019年6月`, in ASCII or fullwidth digits (months 1–12).
 */
export const BOUND_PATTERN = `\\s*(${DIGIT}{4})(?:\\s*[\\-\\/\\.年－／．]\\s*(${MONTH})\\s*月?)?\\s*年?\\s*`;
const BOUND = new RegExp(`^(?:${BOUND_PATTERN})$`, 'v');

/** A range bound as written in the URL or the form, normalized to `YYYY` or `YYYY-MM`; anything else is '' (no bound). */
export function readBound(text: string): string {
	const m = BOUND.exec(text.normalize('NFKC'));
	if (!m) return '';
	return m[2] === undefined ? m[1]! : `${m[1]}-${m[2].padStart(2, '0')}`;
}

/** A bound as the first month it names. */
const firstMonth = (bound: string) => (bound.length === 4 ? `${bound}-01` : bound);
/** A bound as the last month it names. */
const lastMonth = (bound: string) => (bound.length === 4 ? `${bound}-12` : bound);

/** The range of two bounds as written (a year bound covers its whole year; bounds in the wrong order are swapped). */
export function dateRange(fromText: string, toText: string): DateRange {
	let from = readBound(fromText);
	let to = readBound(toText);
	if (from && to && firstMonth(from) > lastMonth(to)) [from, to] = [to, from];
	return { from: from && firstMonth(from), to: to && lastMonth(to) };
}

/** Whether the range has a bound. */
export const hasRange = (range: DateRange): boolean => Boolean(range.from || range.to);

/** Whether an article with this `month` filter value (or date) lies wholly inside the range. */
export function inRange(value: string, range: DateRange): boolean {
	if (!value || value === UNKNOWN) return false;
	const month = value.slice(0, 7);
	return (!range.from || range.from <= firstMonth(month)) && (!range.to || lastMonth(month) <= range.to);
}

/** The index's `month` values inside the range. */
export const monthsInRange = (values: Iterable<string>, range: DateRange): string[] => [...values].filter((v) => inRange(v, range));
