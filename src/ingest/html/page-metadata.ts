import type { PageCandidate, PageMetadata } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';

/**
 * A saved page's own metadata: `<title>`, Open Graph and `article:*` meta,
 * `pubdate`-like meta, JSON-LD `NewsArticle`, `<meta name="author">` and the
 * canonical URL. Read before anything is removed from the page (JSON-LD sits
 * in `<script>` elements); every value keeps where it was found. Nothing here
 * decides: the metadata stages weigh these candidates against the text.
 */

/** The subset of the DOM this module reads (linkedom's document satisfies it). */
type Doc = Pick<Document, 'querySelector' | 'querySelectorAll'>;

const collapse = (text: string | null | undefined): string => (text ?? '').replace(/[\s\u00A0]+/gu, ' ').trim();

const metaContent = (doc: Doc, attribute: 'name' | 'property' | 'itemprop' | 'http-equiv', names: string[]): PageCandidate[] =>
	[...doc.querySelectorAll(`meta[${attribute}]`)].flatMap((meta) => {
		const key = (meta.getAttribute(attribute) ?? '').toLowerCase();
		const value = collapse(meta.getAttribute('content'));
		return names.includes(key) && value ? [{ value, from: `meta ${attribute}="${key}"` }] : [];
	});

const PUBLISHED = ['article:published_time', 'og:article:published_time', 'og:release_date', 'pubdate', 'publishdate', 'publish_date', 'publication_date', 'date', 'dc.date', 'dc.date.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'weibo:article:create_at', 'datepublished', 'firstpublishedtime'];
const MODIFIED = ['article:modified_time', 'og:updated_time', 'lastmod', 'last-modified', 'lastmodifiedtime', 'dcterms.modified', 'datemodified', 'dateupdate'];

/** JSON-LD objects of article types, `@graph` entries included; unparsable blocks are skipped (pages often ship broken JSON). */
function jsonLdArticles(doc: Doc): Record<string, unknown>[] {
	const articles: Record<string, unknown>[] = [];
	for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
		let data: unknown;
		try {
			data = JSON.parse(script.textContent ?? '');
		} catch {
			continue;
		}
		const pending = [data];
		while (pending.length > 0 && articles.length < 20) {
			const item = pending.pop();
			if (Array.isArray(item)) pending.push(...item);
			else if (item && typeof item === 'object') {
				const record = item as Record<string, unknown>;
				if (Array.isArray(record['@graph'])) pending.push(...(record['@graph'] as unknown[]));
				const types = [record['@type']].flat().map(String);
				if (types.some((type) => /Article|Posting|Report/u.test(type))) articles.push(record);
			}
		}
	}
	return articles;
}

/** A JSON-LD value that may be a string, an object with a name, or a list of either. */
const names = (value: unknown): string[] =>
	[value].flat().flatMap((item) => {
		if (typeof item === 'string') return [collapse(item)];
		if (item && typeof item === 'object' && typeof (item as { name?: unknown }).name === 'string') return [collapse((item as { name: string }).name)];
		return [];
	}).filter(Boolean);

function absoluteUrl(value: string): string | undefined {
	try {
		const url = new URL(value);
		return /^https?:$/u.test(url.protocol) ? url.href : undefined;
	} catch {
		return undefined;
	}
}

/** Separators between a headline and the site's name in `<title>`/og:title: `_`, `|`, `｜`, ` - `, ` — `, and a bare `-` or `--`. */
const TITLE_SEPARATOR = /\s*[_|｜]+\s*|\s+[-–—－]+\s+|[-–—－]{1,2}/gu;
/** A short title part that names a site by what sites call themselves (…网, …新闻, …日报, …客户端), whatever the site. */
const SITE_LIKE = /^.{1,14}(?:网|網|网站|網站|官网|官網|新闻|新聞|订阅|訂閱|频道|頻道|日报|日報|晚报|晚報|时报|時報|在线|在線|客户端|客戶端|传媒|傳媒|门户|門戶)$/u;

/**
 * A title without the site's name: the shortest part before a separator that
 * is the page's other headline (the `<h1>` or og:title a `<title>` starts
 * with), else without trailing parts that name the site (og:site_name, the
 * JSON-LD publisher), read like a site's name (…网, …日报), or are Latin
 * only after a Chinese headline (`…_澎湃新闻-The Paper`). A bare hyphen
 * separates only a site-like part. The first part always stays.
 */
export function stripSiteSuffix(title: string, siteNames: string[], otherTitles: string[] = []): string {
	const fold = (text: string) => foldForMatching(text).toLowerCase();
	const cuts = [...title.matchAll(TITLE_SEPARATOR)].filter((match) => match.index > 0 && match.index + match[0].length < title.length);
	const others = new Set(otherTitles.map(fold));
	const shortest = cuts.map((cut) => title.slice(0, cut.index).trim()).find((head) => others.has(fold(head)));
	if (shortest) return shortest;
	const sites = siteNames.map(fold).filter(Boolean);
	let end = title.length;
	for (const cut of cuts.reverse()) {
		const tail = fold(title.slice(cut.index + cut[0].length, end).trim());
		const head = title.slice(0, cut.index);
		const siteLike = SITE_LIKE.test(tail) || sites.some((site) => site.includes(tail) || tail.includes(site));
		const bare = /^[-–—－]+$/u.test(cut[0]);
		const latinAfterChinese = !bare && !/\p{Script=Han}/u.test(tail) && /\p{Script=Han}/u.test(head);
		if (!siteLike && !latinAfterChinese) {
			if (bare) continue;
			break;
		}
		end = cut.index;
	}
	return title.slice(0, end).trim();
}

export function readPageMetadata(doc: Doc): PageMetadata {
	const articles = jsonLdArticles(doc);
	const fromJsonLd = (field: string, read: (value: unknown) => string[]): PageCandidate[] =>
		articles.flatMap((article) => read(article[field]).map((value) => ({ value, from: `JSON-LD ${String([article['@type']].flat()[0])}.${field}` })));
	const strings = (value: unknown): string[] => [value].flat().filter((item): item is string => typeof item === 'string').map(collapse).filter(Boolean);

	const publishers = [...metaContent(doc, 'property', ['og:site_name']), ...fromJsonLd('publisher', names), ...metaContent(doc, 'name', ['application-name', 'publisher', 'source', 'contentsource'])];
	const titleElement = collapse(doc.querySelector('title')?.textContent);
	const h1s = [...doc.querySelectorAll('h1')].map((h1) => collapse(h1.textContent)).filter(Boolean);
	const raw: PageCandidate[] = [
		...fromJsonLd('headline', strings),
		...metaContent(doc, 'property', ['og:title']),
		...metaContent(doc, 'name', ['og:title', 'twitter:title']),
		// One <h1> is the headline; several are a list page's entries or a logo plus a headline, so none of them is taken.
		...(h1s.length === 1 ? [{ value: h1s[0]!, from: 'the page’s <h1>' }] : []),
		...(titleElement ? [{ value: titleElement, from: '<title>' }] : []),
	];
	const siteNames = publishers.map((publisher) => publisher.value);
	const titles = raw
		.map((candidate) => ({ ...candidate, value: stripSiteSuffix(candidate.value, siteNames, raw.filter((other) => other !== candidate).map((other) => other.value)) }))
		.filter((candidate, index, all) => candidate.value && all.findIndex((other) => other.value === candidate.value && other.from === candidate.from) === index);

	const strippedTitle = titles.find((candidate) => candidate.from === '<title>')?.value;
	const siteTitle = strippedTitle === undefined ? undefined : siteNameInTitle(titleElement, strippedTitle);

	const canonical = [doc.querySelector('link[rel="canonical"]')?.getAttribute('href'), ...metaContent(doc, 'property', ['og:url']).map((c) => c.value)]
		.map((href) => (href ? absoluteUrl(href) : undefined))
		.find((url) => url !== undefined);
	const canonicalFrom = canonical && absoluteUrl(doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '') === canonical ? '<link rel="canonical">' : 'meta property="og:url"';

	return {
		titles,
		published: [...metaContent(doc, 'property', PUBLISHED), ...metaContent(doc, 'name', PUBLISHED), ...metaContent(doc, 'itemprop', PUBLISHED), ...fromJsonLd('datePublished', strings)],
		modified: [...metaContent(doc, 'property', MODIFIED), ...metaContent(doc, 'name', MODIFIED), ...metaContent(doc, 'itemprop', MODIFIED), ...metaContent(doc, 'http-equiv', ['last-modified']), ...fromJsonLd('dateModified', strings)],
		authors: [...metaContent(doc, 'name', ['author', 'byl']), ...metaContent(doc, 'property', ['article:author']), ...fromJsonLd('author', names)],
		publishers,
		siteTitle: siteTitle ? { value: siteTitle, from: `the site’s name closing the page’s <title> “${titleElement}”` } : undefined,
		canonicalUrl: canonical ? { value: canonical, from: canonicalFrom } : undefined,
	};
}

/**
 * The site's name among the parts `stripSiteSuffix` cut from a `<title>`
 * (`_10%公司_澎湃新闻-The Paper`, `__2007年第23号国务院公报_中国政府网`): the
 * last part in Chinese, else the last part. Undefined when nothing was cut.
 */
function siteNameInTitle(title: string, headline: string): string | undefined {
	if (!title.startsWith(headline) || title.length === headline.length) return undefined;
	const parts = title.slice(headline.length).split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
	return parts.findLast((part) => /\p{Script=Han}/u.test(part)) ?? parts.at(-1);
}
