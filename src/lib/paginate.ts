/** Listings show this many articles per page. */
export const PAGE_SIZE = 20;

/** The home page shows this many of the latest articles. */
export const LATEST_ON_HOME = 10;

export interface Page<T> {
	/** 1-based. */
	number: number;
	total: number;
	items: T[];
}

/** Splits a list into pages of `size`; an empty list still has one (empty) page. */
export function paginate<T>(items: readonly T[], size = PAGE_SIZE): Page<T>[] {
	const total = Math.max(1, Math.ceil(items.length / size));
	return Array.from({ length: total }, (_, i) => ({
		number: i + 1,
		total,
		items: items.slice(i * size, (i + 1) * size),
	}));
}
