import type { ArticleFrontmatter } from '../schemas/article';
import { EDITIONS } from './edition';
import { type RecordedAnchor, recordAnchors, withIds } from './paragraph-ids';
import { articlePath } from './urls';

/**
 * Every article URL and paragraph anchor the site promises to keep: current
 * pages, former slugs that redirect, and every `#anchor` ever published.
 */
export interface PermalinkRegistry {
	/** Current article pages, both editions, sorted. */
	articles: string[];
	/** Former URL → current URL, same edition. */
	redirects: Record<string, string>;
	/**
	 * Article slug → every paragraph anchor published for it (the same in
	 * both editions): the positional `p-N` of the first site and each content
	 * ID since, with the paragraph it leads to now and the text it must keep
	 * leading to (`paragraph-ids.ts`).
	 */
	anchors: Record<string, Record<string, RecordedAnchor>>;
}

type Linkable = Pick<ArticleFrontmatter, 'slug' | 'aliases'>;

/** What the registry needs of an article: its slugs and the text of its body paragraphs (`bodyParagraphs`). */
export interface RegisteredArticle extends Linkable {
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

/**
 * The registry as `content/permalinks.json` holds it (`npm run permalinks`
 * writes it), from the articles and the `committed` registry: anchors are
 * only ever added, so it carries every anchor recorded before (an article's
 * former slugs bring theirs). An article the committed registry lists
 * without anchors was published with positional `p-N` anchors only; they are
 * recorded from its paragraphs as they stand.
 */
export function permalinkRegistry(articles: readonly RegisteredArticle[], committed?: PermalinkRegistry): PermalinkRegistry {
	const pages = EDITIONS.flatMap((e) => articles.map((a) => articlePath(e, a.slug))).sort();
	const redirects: Record<string, string> = {};
	const aliases = [...aliasRedirects(articles)].sort(([a], [b]) => a.localeCompare(b));
	for (const e of EDITIONS) for (const [alias, slug] of aliases) redirects[articlePath(e, alias)] = articlePath(e, slug);
	const before = committed?.anchors ?? {};
	const anchors: PermalinkRegistry['anchors'] = {};
	for (const article of [...articles].sort((a, b) => a.slug.localeCompare(b.slug))) {
		const recorded = Object.assign({}, ...[...article.aliases, article.slug].map((slug) => before[slug] ?? {}));
		const positional = committed !== undefined && !(article.slug in before) && committed.articles.includes(articlePath('hans', article.slug));
		anchors[article.slug] = recordAnchors(withIds(article.paragraphs), recorded, positional).anchors;
	}
	return { articles: pages, redirects, anchors };
}

/**
 * URLs in `committed` that the site would no longer serve (neither a page nor
 * a redirect), and paragraph anchors (`/articles/<slug>/#anchor`) that would
 * no longer lead to their text: each one is a broken link somewhere.
 */
export function lostPermalinks(committed: PermalinkRegistry, now: PermalinkRegistry): string[] {
	const served = new Set([...now.articles, ...Object.keys(now.redirects)]);
	const lostPages = [...committed.articles, ...Object.keys(committed.redirects)].filter((url) => !served.has(url));
	const lostAnchors = Object.entries(committed.anchors ?? {}).flatMap(([slug, anchors]) => {
		const current = now.anchors[slug] ?? now.anchors[currentSlug(now, slug) ?? ''] ?? {};
		return Object.keys(anchors)
			.filter((name) => !(name in current))
			.map((name) => `${articlePath('hans', slug)}#${name}`);
	});
	return [...lostPages, ...lostAnchors];
}

/** The slug a former slug redirects to now. */
function currentSlug(registry: PermalinkRegistry, slug: string): string | undefined {
	const target = registry.redirects[articlePath('hans', slug)];
	return target && /\/articles\/([^/]+)\/$/u.exec(target)?.[1];
}
