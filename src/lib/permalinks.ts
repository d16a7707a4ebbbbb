import type { ArticleFrontmatter } from '../schemas/article';
import { groupByDate } from './archive';
import { EXPORT_FORMATS } from './citation-export';
import { EDITIONS, type Edition } from './edition';
import { type RecordedAnchor, recordAnchors, withIds } from './paragraph-ids';
import { groupByPublisher } from './publishers';
import { expandRedirects, type RecordedRedirects } from './redirects';
import { groupByTag } from './tags';
import type { Taxonomy } from './taxonomy';
import {
	archivePath,
	articleDataPath,
	articlePath,
	articlesDataPath,
	articlesSchemaPath,
	citeFilePath,
	dataPagePath,
	feedPath,
	homePath,
	listPath,
	publisherPath,
	publishersPath,
	rawPath,
	searchPath,
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
	/** Citation files (`cite.bib`, `cite.ris`, `cite.json`) of each article, the article list, each year, tag and publisher; both editions. */
	citations: string[];
	/** Open data: the /data/ page (both editions), every article as JSON Lines, its JSON Schema, and each article's record. */
	data: string[];
	/** Former URL → current URL: articles' former slugs (`aliases`) and `content/redirects.yaml`, same edition. */
	redirects: Record<string, string>;
	/**
	 * Article slug → every paragraph anchor published for it (the same in
	 * both editions): the positional `p-N` of the first site and each content
	 * ID since, with the paragraph it leads to now and the text it must keep
	 * leading to (`paragraph-ids.ts`).
	 */
	anchors: Record<string, Record<string, RecordedAnchor>>;
}

/** The kinds of served URL, in the order the registry lists them. */
export const URL_KINDS = ['articles', 'tags', 'publishers', 'archive', 'raw', 'feeds', 'pages', 'citations', 'data'] as const;

type Linkable = Pick<ArticleFrontmatter, 'slug' | 'aliases'>;
/** What the registry needs of an article: the frontmatter its URLs come from, and the text of its body paragraphs (`bodyParagraphs`). */
export interface RegisteredArticle extends Pick<ArticleFrontmatter, 'slug' | 'aliases' | 'tags' | 'publisher' | 'date' | 'raw'> {
	paragraphs: readonly string[];
}

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
 * writes it), from the same groupings the pages are built from, and from the
 * `committed` registry: anchors are only ever added, so it carries every
 * anchor recorded before (an article's former slugs bring theirs). An article
 * the committed registry lists without anchors was published with positional
 * `p-N` anchors only; they are recorded from its paragraphs as they stand.
 */
export function permalinkRegistry(
	articles: readonly RegisteredArticle[],
	taxonomy: Taxonomy,
	recorded: RecordedRedirects = {},
	committed?: PermalinkRegistry,
): PermalinkRegistry {
	const entries = articles.map((data) => ({ data }));
	const tagSlugs = groupByTag(taxonomy, entries).map((g) => g.tag.slug);
	const publisherSlugs = groupByPublisher(entries).map((g) => g.slug);
	const years = groupByDate(entries).years.map((y) => y.year);
	const redirects: Record<string, string> = {};
	const aliases = [...aliasRedirects(articles)];
	for (const e of EDITIONS) for (const [alias, slug] of aliases) redirects[articlePath(e, alias)] = articlePath(e, slug);
	Object.assign(redirects, expandRedirects(recorded));
	// Listings with citation files, and a listing's former path, which serves its files too.
	const listingPages = new Set(EDITIONS.flatMap((e) => [listPath(e), ...years.map((year) => yearPath(e, year)), ...tagSlugs.map((slug) => tagPath(e, slug)), ...publisherSlugs.map((slug) => publisherPath(e, slug))]));
	const listings = (e: Edition) => [...listingPages, ...Object.keys(redirects).filter((from) => listingPages.has(redirects[from]!))].filter((page) => page.startsWith(homePath(e)) && (e === 'hant' || !page.startsWith(homePath('hant'))));
	const before = committed?.anchors ?? {};
	const anchors: PermalinkRegistry['anchors'] = {};
	for (const article of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
		const earlier = Object.assign({}, ...[...article.aliases, article.slug].map((slug) => before[slug] ?? {}));
		const positional = committed !== undefined && !(article.slug in before) && committed.articles.includes(articlePath('hans', article.slug));
		anchors[article.slug] = recordAnchors(withIds(article.paragraphs), earlier, positional).anchors;
	}
	return {
		articles: bothEditions((e) => articles.map((a) => articlePath(e, a.slug))),
		tags: bothEditions((e) => tagSlugs.map((slug) => tagPath(e, slug))),
		publishers: bothEditions((e) => publisherSlugs.map((slug) => publisherPath(e, slug))),
		archive: bothEditions((e) => [archivePath(e), ...years.map((year) => yearPath(e, year))]),
		raw: sorted(articles.map((a) => rawPath(a.raw.path))),
		feeds: sorted([...EDITIONS.map(feedPath), '/sitemap.xml', '/robots.txt']),
		pages: bothEditions((e) => [homePath(e), listPath(e), tagsPath(e), publishersPath(e), searchPath(e)]),
		citations: bothEditions((e) =>
			[
				// A former slug keeps its files (the same as the current slug's): files cannot redirect.
				...[...articles.map((a) => a.slug), ...aliases.map(([alias]) => alias)].map((slug) => articlePath(e, slug)),
				...listings(e),
			].flatMap((page) => EXPORT_FORMATS.map((format) => citeFilePath(page, format))),
		),
		data: sorted([...EDITIONS.map(dataPagePath), articlesDataPath, articlesSchemaPath, ...[...articles.map((a) => a.slug), ...aliases.map(([alias]) => alias)].map(articleDataPath)]),
		redirects: Object.fromEntries(Object.entries(redirects).sort(([a], [b]) => a.localeCompare(b))),
		anchors,
	};
}

/** Every URL the registry says the site serves as a page or file (not the redirects). */
export function servedUrls(registry: PermalinkRegistry): string[] {
	return URL_KINDS.flatMap((kind) => registry[kind] ?? []);
}

/**
 * URLs in `committed` that the site would no longer serve (neither a page nor
 * a redirect to a served URL), and paragraph anchors (`/articles/<slug>/#anchor`)
 * that would no longer lead to their text: each one is a broken link somewhere.
 */
export function lostPermalinks(committed: PermalinkRegistry, now: PermalinkRegistry): string[] {
	const served = new Set(servedUrls(now));
	const redirected = new Set(Object.entries(now.redirects).filter(([, to]) => served.has(to)).map(([from]) => from));
	const lostUrls = [...servedUrls(committed), ...Object.keys(committed.redirects)].filter((url) => !served.has(url) && !redirected.has(url));
	const lostAnchors = Object.entries(committed.anchors ?? {}).flatMap(([slug, anchors]) => {
		const current = now.anchors[slug] ?? now.anchors[currentSlug(now, slug) ?? ''] ?? {};
		return Object.keys(anchors)
			.filter((name) => !(name in current))
			.map((name) => `${articlePath('hans', slug)}#${name}`);
	});
	return [...lostUrls, ...lostAnchors];
}

/** The slug a former slug redirects to now. */
function currentSlug(registry: PermalinkRegistry, slug: string): string | undefined {
	const target = registry.redirects[articlePath('hans', slug)];
	return target && /\/articles\/([^/]+)\/$/u.exec(target)?.[1];
}

/** Redirects whose former URL is still a page (the redirect would hide it) or whose target is not served (it would lead nowhere). */
export function brokenRedirects(registry: PermalinkRegistry): string[] {
	const served = new Set(servedUrls(registry));
	return Object.entries(registry.redirects).flatMap(([from, to]) => [
		...(served.has(from) ? [`${from} is still served; remove its redirect`] : []),
		...(served.has(to) ? [] : [`${from} → ${to}: the target is not served`]),
	]);
}
