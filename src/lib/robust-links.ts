import type { ArticleDate } from '../schemas/article';
import { dateTimeAttribute } from './dates';

/**
 * Links out to an article's source URL, made robust against link rot
 * (Robust Links, https://robustlinks.mementoweb.org/spec/): the link to the
 * original carries `data-versionurl` (an archived copy) and
 * `data-versiondate`; the link to the archived copy, in the Internet
 * Archive's Wayback Machine, carries `data-originalurl` and the same date.
 *
 * The version date is the article's publication date at its precision: the
 * version the archive holds is the one published then, and the Wayback
 * Machine shows the capture nearest to it. An undated article gets no
 * version date (a wrong date is worse than none) and its Wayback link lists
 * every capture.
 */
export interface RobustLink {
	href: string;
	attributes: Record<string, string>;
}

export interface RobustSourceLinks {
	original: RobustLink;
	archived: RobustLink;
}

/** A source URL that may be linked: only http(s); anything else (`javascript:`, a bare host) stays text. */
export function linkableSourceUrl(sourceUrl: string | undefined): string | undefined {
	if (!sourceUrl) return undefined;
	try {
		const url = new URL(sourceUrl);
		return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** The Wayback Machine's copy of `url` nearest to `date` (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), or its list of captures without a date. */
export function waybackUrl(url: string, date?: string): string {
	return `https://web.archive.org/web/${date ? date.replaceAll('-', '') : '*'}/${url}`;
}

/** The two links for an article's source URL, or `undefined` when it has none that may be linked. */
export function robustSourceLinks(sourceUrl: string | undefined, date: ArticleDate): RobustSourceLinks | undefined {
	const original = linkableSourceUrl(sourceUrl);
	if (!original) return undefined;
	const versionDate = dateTimeAttribute(date);
	const archived = waybackUrl(original, versionDate);
	const dated: Record<string, string> = versionDate ? { 'data-versiondate': versionDate } : {};
	return {
		original: { href: original, attributes: { 'data-versionurl': archived, ...dated } },
		archived: { href: archived, attributes: { 'data-originalurl': original, ...dated } },
	};
}
