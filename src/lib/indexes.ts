import type { YearGroup } from './archive';
import { type Edition, toEdition } from './edition';
import { labelsFor } from './labels';
import { publisherLabel } from './present';
import type { PublisherGroup } from './publishers';
import type { TagGroup } from './tags';
import type { TagKind } from './taxonomy';
import { monthPath, publisherPath, tagPath, yearPath } from './urls';

/**
 * The index pages (the archive by year and month, the publishers, the tags),
 * worded for one edition: each entry a link and how many articles it leads to.
 */
export interface IndexEntry {
	href: string;
	label: string;
	/** How many articles, worded (`共 3 篇`). */
	count: string;
	/** The tag the entry links to, for `data-tag`. */
	tagId?: string;
}

/** The archive's years, newest first, each with its months. */
export function archiveIndexEntries(years: readonly YearGroup<unknown>[], edition: Edition): (IndexEntry & { months: IndexEntry[] })[] {
	const t = labelsFor(edition);
	return years.map(({ year, months, count }) => ({
		href: yearPath(edition, year),
		label: t.yearTitle(year),
		count: t.articleCount(count),
		months: months.map(({ month, items }) => ({ href: monthPath(edition, year, month), label: month ? t.monthTitle(month) : t.monthUnknown, count: t.articleCount(items.length) })),
	}));
}

/** Every publisher, most articles first, named in the edition's script. */
export function publisherIndexEntries(groups: readonly PublisherGroup<unknown>[], edition: Edition): IndexEntry[] {
	const t = labelsFor(edition);
	return groups.map(({ slug, name, items }) => ({ href: publisherPath(edition, slug), label: publisherLabel(name, edition), count: t.articleCount(items.length) }));
}

/** The tags by kind (`tagIndex`), each kind with its heading's id and text. */
export function tagIndexEntries(kinds: readonly { kind: TagKind; groups: readonly TagGroup<unknown>[] }[], edition: Edition): { id: string; heading: string; tags: IndexEntry[] }[] {
	const t = labelsFor(edition);
	return kinds.map(({ kind, groups }) => ({
		id: `kind-${kind}`,
		heading: t.tagKinds[kind],
		tags: groups.map(({ tag, items }) => ({ href: tagPath(edition, tag.slug), label: toEdition(tag.name, edition), count: t.tagArticleCount(items.length), tagId: tag.id })),
	}));
}
