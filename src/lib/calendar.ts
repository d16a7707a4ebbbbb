/**
 * Calendar checks shared by the ingest (every date it reads) and the
 * frontmatter schema (every date the site renders), so an impossible date
 * such as 9999年13月45日 can reach neither a slug nor a feed.
 */

/** A date known to some precision: a year, a year and month, or a full day. */
export interface CalendarParts {
	year: number;
	month?: number;
	day?: number;
}

/** Days in a month of the proleptic Gregorian calendar (February 29 in leap years). */
export function daysInMonth(year: number, month: number): number {
	return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Whether the parts name a real calendar date: month 1–12, a day the month has, a day only with a month. */
export function isCalendarDate({ year, month, day }: CalendarParts): boolean {
	if (!Number.isInteger(year) || year < 1 || year > 9999) return false;
	if (month === undefined) return day === undefined;
	if (!Number.isInteger(month) || month < 1 || month > 12) return false;
	return day === undefined || (Number.isInteger(day) && day >= 1 && day <= daysInMonth(year, month));
}

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD` into its parts; `undefined` for any other form or an impossible date. */
export function parseIsoDate(value: string): CalendarParts | undefined {
	const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/u.exec(value);
	if (!match) return undefined;
	const parts: CalendarParts = { year: Number(match[1]), month: match[2] ? Number(match[2]) : undefined, day: match[3] ? Number(match[3]) : undefined };
	return isCalendarDate(parts) ? parts : undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** The parts as `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export function isoDate({ year, month, day }: CalendarParts): string {
	return [String(year).padStart(4, '0'), month === undefined ? undefined : pad(month), month === undefined || day === undefined ? undefined : pad(day)].filter(Boolean).join('-');
}

/** The precision the parts carry. */
export function precisionOf({ month, day }: CalendarParts): 'year' | 'month' | 'day' {
	return month === undefined ? 'year' : day === undefined ? 'month' : 'day';
}
