import type { ArticleFrontmatter } from '../schemas/article';
import { groupByDate } from './archive';
import { EDITIONS } from './edition';
import { groupByPublisher } from './publishers';
import { expandRedirects, type RecordedRedirects } from './redirects';
import { groupByTag } from './tags';
import type { Taxonomy } from './taxonomy';
import {
	archivePath,
	articlePath,
	feedPath,
	homePath,
	listPath,
	publisherPath,
	publishersPath,
	rawPath,
	tagPath,
	tagsPath,
	yearPath,
} from './urls';

/**
 * Every public URL the site promises to keep, by kind, and every redirect
 * from a former one. Listings' later pages (`…/page/2/`) are not permalinks:
 * what they show shifts with every new article.
 */
export interface PermalinkRegistry {
	/** Article pages, both editions, sorted. */
	articles: string[];
	/** The first page of each tag some article carries, both editions. */
	tags: string[];
	/** The first page of each publisher's listing, both editions. */
	publishers: string[];
	/** The archive's index and its year pages, both editions. */
	archive: string[];
	/** Each article's raw file. */
	raw: string[];
	/** The RSS feed of each edition, the sitemap and robots.txt. */
	feeds: string[];
	/** The pages every archive has: home, the article list, the tag and publisher indexes, search; both editions. */
	pages: string[];
	/** Former URL → current URL: articles' former slugs (`aliases`) and `content/redirects.yaml`, same edition. */
	redirects: Record<string, string>;
}

/** The kinds of served URL, in the order the registry lists them. */
export const URL_KINDS = ['articles', 'tags', 'publishers', 'archive', 'raw', 'feeds', 'pages'] as const;

type Linkable = Pick<ArticleFrontmatter, 'slug' | 'aliases'>;
type Published = Pick<ArticleFrontmatter, 'slug' | 'aliases' | 'tags' | 'publisher' | 'date' | 'raw'>;

/**
 * Former slugs that need a redirect: each alias that is not some article's
 * current slug, given to the first article (in slug order) that claims it.
 */
export function aliasRedirects(articles: readonly Linkable[]): Map<string, string> {
	const current = new Set(articles.map((a) => a.slug));
	const redirects = new Map<string, string>();
	for (const { slug, aliases } of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
		for (const alias of aliases) if (!current.has(alias) && !redirects.has(alias)) redirects.set(alias, slug);
	}
	return redirects;
}

const sorted = (urls: Iterable<string>) => [...new Set(urls)].sort();
const bothEditions = (path: (e: (typeof EDITIONS)[number]) => string[]) => sorted(EDITIONS.flatMap(path));

/**
 * The registry as `content/permalinks.json` holds it (`npm run permalinks`
 * writes it), from the same groupings the pages are built from.
 */
export function permalinkRegistry(articles: readonly Published[], taxonomy: Taxonomy, recorded: RecordedRedirects = {}): PermalinkRegistry {
	const entries = articles.map((data) => ({ data }));
	const tagSlugs = groupByTag(taxonomy, entries).map((g) => g.tag.slug);
	const publisherSlugs = groupByPublisher(entries).map((g) => g.slug);
	const years = groupByDate(entries).years.map((y) => y.year);
	const redirects: Record<string, string> = {};
	const aliases = [...aliasRedirects(articles)];
	for (const e of EDITIONS) for (const [alias, slug] of aliases) redirects[articlePath(e, alias)] = articlePath(e, slug);
	Object.assign(redirects, expandRedirects(recorded));
	return {
		articles: bothEditions((e) => articles.map((a) => articlePath(e, a.slug))),
		tags: bothEditions((e) => tagSlugs.map((slug) => tagPath(e, slug))),
		publishers: bothEditions((e) => publisherSlugs.map((slug) => publisherPath(e, slug))),
		archive: bothEditions((e) => [archivePath(e), ...years.map((year) => yearPath(e, year))]),
		raw: sorted(articles.map((a) => rawPath(a.raw.path))),
		feeds: sorted([...EDITIONS.map(feedPath), '/sitemap.xml', '/robots.txt']),
		pages: bothEditions((e) => [homePath(e), listPath(e), tagsPath(e), publishersPath(e), `${homePath(e)}search/`]),
		redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b))),
	};
}

/** Every URL the registry says the site serves as a page or file (not the redirects). */
export function servedUrls(registry: PermalinkRegistry): string[] {
	return URL_KINDS.flatMap((kind) => registry[kind] ?? []);
}

/**
 * URLs in `committed` that the site would no longer serve (neither a page nor
 * a redirect to a served URL): each one is a broken link somewhere.
 */
export function lostPermalinks(committed: PermalinkRegistry, now: PermalinkRegistry): string[] {
	const served = new Set(servedUrls(now));
	const redirected = new Set(Object.entries(now.redirects).filter(([, to]) => served.has(to)).map(([from]) => from));
	return [...servedUrls(committed), ...Object.keys(committed.redirects)].filter((url) => !served.has(url) && !redirected.has(url));
}

/** Redirects whose former URL is still a page (the redirect would hide it) or whose target is not served (it would lead nowhere). */
export function brokenRedirects(registry: PermalinkRegistry): string[] {
	const served = new Set(servedUrls(registry));
	return Object.entries(registry.redirects).flatMap(([from, to]) => [
		...(served.has(from) ? [`${from} is still served; remove its redirect`] : []),
		...(served.has(to) ? [] : [`${from} → ${to}: the target is not served`]),
	]);
}
