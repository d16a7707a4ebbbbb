import { createHash } from 'node:crypto';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import type { Edition } from './edition.ts';
import type { RecordedAnchor } from './paragraph-ids.ts';
import type { Taxonomy } from './taxonomy.ts';

/**
 * The cache key of each page of an incremental build (Astro's
 * `experimental.incrementalBuild`, `cacheKey` in `getStaticPaths`): a content
 * hash of exactly the data that page shows, so Astro re-renders a page when
 * its key changes and copies the previous build's file otherwise.
 *
 * Astro itself adds to the key what it can see: the page's code (its whole
 * module graph: components, labels, styles), each article's compiled MDX, the
 * config and the lockfile. What it cannot see is what the pages read at
 * runtime, and that is what goes in here: the articles' frontmatter and
 * bodies as listed or linked, the archive index (neighbours, related
 * articles), pagination, groups and counts, the taxonomy, the permalink
 * registry's former anchors and the raw files' hashes.
 *
 * An article counts in a page in one of two ways: *listed* (an article list,
 * a feed: its whole frontmatter, since a list shows most of it) or *linked*
 * (a neighbour, a related article: the link's slug and title, all it shows).
 */

/** Changes whenever a recipe below changes, so no page rendered under an older recipe is reused. */
const RECIPE = 'delta-archive page keys v1';

const sha = (text: string) => createHash('sha256').update(text).digest('base64url');
const keyOf = (parts: readonly unknown[]) => sha(JSON.stringify([RECIPE, ...parts]));

/** The parts of the site every page may show: the taxonomy (tag names, slugs, kinds, descriptions, aliases linked in bodies). */
export interface SiteInputs {
	taxonomy: Pick<Taxonomy, 'tags'>;
}

const siteDigests = new WeakMap<SiteInputs, string>();
/** One digest of `SiteInputs`, made once per build. */
function siteDigest(site: SiteInputs): string {
	let digest = siteDigests.get(site);
	if (digest === undefined) {
		digest = sha(JSON.stringify(site.taxonomy.tags));
		siteDigests.set(site, digest);
	}
	return digest;
}

const listedDigests = new WeakMap<ArticleFrontmatter, string>();
/** An article as a list shows it: its whole frontmatter (an article is listed on many pages, so this is made once). */
export function listedDigest(data: ArticleFrontmatter): string {
	let digest = listedDigests.get(data);
	if (digest === undefined) {
		digest = sha(JSON.stringify(data));
		listedDigests.set(data, digest);
	}
	return digest;
}

/** An article as a link shows it (a neighbour, a related article): where it goes and its title in its own script. */
export const linkedFields = ({ slug, script, title }: Pick<ArticleFrontmatter, 'slug' | 'script' | 'title'>) => [slug, script, title] as const;

/** The page of one article. */
export interface ArticlePageInputs {
	edition: Edition;
	article: { data: ArticleFrontmatter; body: string };
	/** Former anchors the permalink registry records for this article (its slug and aliases). */
	recordedAnchors: Record<string, RecordedAnchor>;
	neighbours: { older?: ArticleFrontmatter; newer?: ArticleFrontmatter };
	related: readonly { data: ArticleFrontmatter; sharedTags: readonly string[] }[];
}

export function articlePageKey(site: SiteInputs, page: ArticlePageInputs): string {
	const { edition, article, recordedAnchors, neighbours, related } = page;
	const link = (data?: ArticleFrontmatter) => (data ? linkedFields(data) : null);
	return keyOf([
		'article',
		siteDigest(site),
		edition,
		listedDigest(article.data),
		sha(article.body),
		recordedAnchors,
		link(neighbours.older),
		link(neighbours.newer),
		related.map(({ data, sharedTags }) => [linkedFields(data), sharedTags]),
	]);
}

/** A former slug's redirect page: the edition, the alias and the slug it leads to. */
export const redirectPageKey = (edition: Edition, alias: string, target: string): string => keyOf(['redirect', edition, alias, target]);

/**
 * A page that lists articles (a page of all articles, of a tag, of a
 * publisher, a year, the home page, a feed): the articles listed, in order,
 * and whatever else the page shows about the list (`shown`: its page number
 * and total, its group's name and count…).
 */
export function listingPageKey(site: SiteInputs, edition: Edition, kind: string, shown: unknown, listed: readonly { data: ArticleFrontmatter }[]): string {
	return keyOf(['listing', kind, siteDigest(site), edition, shown, listed.map(({ data }) => listedDigest(data))]);
}

/** A file of articles' data (`kind`: a citation format, or `record` for the open-data record): the articles in it, listed whole, with their bodies when the file holds their text. */
export function articlesFileKey(site: SiteInputs, edition: Edition | null, kind: string, articles: readonly { data: ArticleFrontmatter; body?: string }[], withBodies = false): string {
	return keyOf(['file', kind, siteDigest(site), edition, articles.map(({ data, body }) => [listedDigest(data), withBodies ? sha(body ?? '') : null])]);
}

/** A page that shows only figures about the archive (the tag index, the publisher index): `shown` is all of them. */
export const summaryPageKey = (site: SiteInputs, edition: Edition, kind: string, shown: unknown): string => keyOf(['summary', kind, siteDigest(site), edition, shown]);

/** A raw file served as text: its URL, where it is read from, its encoding and the hash of its bytes. */
export const rawFileKey = (url: string, raw: Pick<ArticleFrontmatter['raw'], 'path' | 'encoding' | 'sha256'>): string =>
	keyOf(['raw', url, raw.path, raw.encoding, raw.sha256]);
