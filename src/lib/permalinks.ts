import type { ArticleFrontmatter } from '../schemas/article';
import { EDITIONS } from './edition';
import { articlePath } from './urls';

/** Every article URL the site promises to keep: current pages, and former slugs that redirect. */
export interface PermalinkRegistry {
	/** Current article pages, both editions, sorted. */
	articles: string[];
	/** Former URL → current URL, same edition. */
	redirects: Record<string, string>;
}

type Linkable = Pick<ArticleFrontmatter, 'slug' | 'aliases'>;

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

/** The registry as `content/permalinks.json` holds it (`npm run permalinks` writes it). */
export function permalinkRegistry(articles: readonly Linkable[]): PermalinkRegistry {
	const pages = EDITIONS.flatMap((e) => articles.map((a) => articlePath(e, a.slug))).sort();
	const redirects: Record<string, string> = {};
	const aliases = [...aliasRedirects(articles)].sort(([a], [b]) => a.localeCompare(b));
	for (const e of EDITIONS) for (const [alias, slug] of aliases) redirects[articlePath(e, alias)] = articlePath(e, slug);
	return { articles: pages, redirects };
}

/**
 * URLs in `committed` that the site would no longer serve (neither a page nor
 * a redirect): each one is a broken link somewhere.
 */
export function lostPermalinks(committed: PermalinkRegistry, now: PermalinkRegistry): string[] {
	const served = new Set([...now.articles, ...Object.keys(now.redirects)]);
	return [...committed.articles, ...Object.keys(committed.redirects)].filter((url) => !served.has(url));
}
