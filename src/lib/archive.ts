import type { ArticleFrontmatter } from '../schemas/article';
import { dateParts } from './dates';

export interface MonthGroup<T> {
	/** 1–12, or `undefined` for articles known only to the year. */
	month?: number;
	items: T[];
}

export interface YearGroup<T> {
	year: number;
	months: MonthGroup<T>[];
	count: number;
}

/**
 * Articles by year, then month, both newest first, keeping the input order
 * inside a month. Year-only dates form a month-less group after the months;
 * undated articles are returned apart.
 */
export function groupByDate<T extends { data: Pick<ArticleFrontmatter, 'date'> }>(
	entries: readonly T[],
): { years: YearGroup<T>[]; undated: T[] } {
	const years = new Map<number, Map<number | undefined, T[]>>();
	const undated: T[] = [];
	for (const entry of entries) {
		const { year, month } = dateParts(entry.data.date);
		if (year === undefined) {
			undated.push(entry);
			continue;
		}
		const months = years.get(year) ?? new Map<number | undefined, T[]>();
		const items = months.get(month) ?? [];
		items.push(entry);
		months.set(month, items);
		years.set(year, months);
	}
	const byMonthDesc = (a: number | undefined, b: number | undefined) => (b ?? 0) - (a ?? 0);
	return {
		years: [...years.entries()]
			.sort(([a], [b]) => b - a)
			.map(([year, months]) => ({
				year,
				months: [...months.entries()].sort(([a], [b]) => byMonthDesc(a, b)).map(([month, items]) => ({ month, items })),
				count: [...months.values()].reduce((n, items) => n + items.length, 0),
			})),
		undated,
	};
}
