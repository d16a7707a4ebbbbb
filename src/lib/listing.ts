import { type Edition, toEdition } from './edition';
import { labelsFor } from './labels';
import type { Page } from './paginate';
import { publisherLabel } from './present';
import type { PublisherGroup } from './publishers';
import type { TagGroup } from './tags';
import { listPath, publisherPath, publishersPath, tagPath, tagsPath } from './urls';

/**
 * One page of a listing of articles (all of them, a publisher's, a tag's),
 * worded for its edition. A type, not an interface: it is a page's props, which
 * Astro's `getStaticPaths` types as an indexable record.
 */
export type ListingView<T> = {
	edition: Edition;
	title: string;
	/** The listing's own description: the meta description, and a paragraph under the title. */
	description?: string;
	/** The index this listing is one entry of, and what kind of entry it is. */
	breadcrumb?: { href: string; label: string; note?: string };
	/** Under the title: how many articles the whole listing holds. */
	lede?: string;
	page: Page<T>;
	/** The path of page `n` of the listing. */
	pageHref: (n: number) => string;
	/** The whole listing's citation files (`CitationFiles.astro`): the page they lie next to, their saved name, their link's label. */
	citeFiles?: { pagePath: string; fileName: string; label: string };
};

/** A listing's title, with which page of how many when it has more than one. */
export function pagedTitle(title: string, { number, total }: Pick<Page<unknown>, 'number' | 'total'>, edition: Edition): string {
	return total > 1 ? `${title}（${labelsFor(edition).pageTitle(number, total)}）` : title;
}

/** A page of the list of every article, newest first: the first page is the list itself, the later ones say which page they are. */
export function articleListing<T>(page: Page<T>, count: number, edition: Edition): ListingView<T> {
	const t = labelsFor(edition);
	const first = page.number === 1;
	return {
		edition,
		title: first ? t.allArticles : pagedTitle(t.allArticles, page, edition),
		lede: first ? t.articleCount(count) : undefined,
		page,
		pageHref: (n) => listPath(edition, n),
		citeFiles: first ? { pagePath: listPath(edition), fileName: 'delta-archive', label: t.listCiteFiles(count) } : undefined,
	};
}

/** A page of a publisher's articles. */
export function publisherListing<T>(group: PublisherGroup<T>, page: Page<T>, edition: Edition): ListingView<T> {
	const t = labelsFor(edition);
	return {
		edition,
		title: pagedTitle(t.publisherTitle(publisherLabel(group.name, edition)), page, edition),
		breadcrumb: { href: publishersPath(edition), label: t.publishersTitle },
		lede: t.articleCount(group.items.length),
		page,
		pageHref: (n) => publisherPath(edition, group.slug, n),
		citeFiles: { pagePath: publisherPath(edition, group.slug), fileName: `publisher-${group.slug}`, label: t.listCiteFiles(group.items.length) },
	};
}

/** A page of a tag's articles, its name and description in the edition's script. */
export function tagListing<T>(group: TagGroup<T>, page: Page<T>, edition: Edition): ListingView<T> {
	const t = labelsFor(edition);
	return {
		edition,
		title: pagedTitle(t.tagTitle(toEdition(group.tag.name, edition)), page, edition),
		description: group.tag.description && toEdition(group.tag.description, edition),
		breadcrumb: { href: tagsPath(edition), label: t.tagsTitle, note: t.tagKinds[group.tag.kind] },
		lede: t.articleCount(group.items.length),
		page,
		pageHref: (n) => tagPath(edition, group.tag.slug, n),
		citeFiles: { pagePath: tagPath(edition, group.tag.slug), fileName: `tag-${group.tag.slug}`, label: t.listCiteFiles(group.items.length) },
	};
}
