import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { brokenRedirects, lostPermalinks, type PermalinkRegistry, permalinkRegistry } from '../src/lib/permalinks';
import { redirectsSchema } from '../src/lib/redirects';
import { publisherSlug } from '../src/lib/publishers';
import { tagsOf } from '../src/lib/tags';
import { buildTaxonomy, loadTaxonomy } from '../src/lib/taxonomy';
import { rawPath } from '../src/lib/urls';
import type { ArticleFrontmatter } from '../src/schemas/article';
import { currentRegistry, readFrontmatters, REGISTRY_PATH } from '../scripts/permalink-source';

const committed = JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')) as PermalinkRegistry;
const now = currentRegistry();

describe('permalink registry (content/permalinks.json)', () => {
	it('still serves every committed URL, as a page, a file or a redirect', () => {
		expect(lostPermalinks(committed, now)).toEqual([]);
	});

	it('is up to date with the articles, the taxonomy and content/redirects.yaml (run `npm run permalinks`)', () => {
		expect(committed).toEqual(now);
	});

	it('has no redirect that hides a page or leads nowhere', () => {
		expect(brokenRedirects(now)).toEqual([]);
	});

	it('lists each article, its raw file, its tags and its publisher, in both editions', () => {
		const taxonomy = loadTaxonomy('content/taxonomy.yaml');
		for (const { slug, raw, tags, publisher } of readFrontmatters()) {
			expect(committed.articles).toContain(`/articles/${slug}/`);
			expect(committed.articles).toContain(`/zh-hant/articles/${slug}/`);
			expect(committed.raw).toContain(rawPath(raw.path));
			for (const tag of tagsOf(taxonomy, tags)) expect(committed.tags).toEqual(expect.arrayContaining([`/tags/${tag.slug}/`, `/zh-hant/tags/${tag.slug}/`]));
			expect(committed.publishers).toContain(`/zh-hant/publishers/${publisherSlug(publisher)}/`);
		}
		expect(committed.publishers.filter((p) => p.startsWith('/zh-hant/'))).toHaveLength(committed.publishers.length / 2);
		expect(committed.feeds).toEqual(['/robots.txt', '/rss.xml', '/sitemap.xml', '/zh-hant/rss.xml']);
		expect(committed.pages).toContain('/zh-hant/search/');
		expect(committed.archive).toContain('/archive/');
	});
});

describe('permalinkRegistry', () => {
	const taxonomy = (slug = 'jinhua') => buildTaxonomy([{ id: 'jinhua', slug, name: '金华', kind: 'place', aliases: [] }]);
	type Article = Pick<ArticleFrontmatter, 'slug' | 'aliases' | 'tags' | 'publisher' | 'date' | 'raw'>;
	const article = (slug: string, patch: Partial<Article> = {}): Article => ({
		slug,
		aliases: [],
		tags: ['jinhua'],
		publisher: '金华日报',
		date: { value: '2020-09-16', precision: 'day', source: 'test', confidence: 'high' },
		raw: { path: `content/raw/${slug}.txt`, sha256: '0'.repeat(64), encoding: 'utf-8' },
		...patch,
	});
	const registry = (articles: Article[], slug?: string, redirects = {}) => permalinkRegistry(articles, taxonomy(slug), redirectsSchema.parse(redirects));

	it('covers articles, tags, publishers, archive years, raw files, feeds and the fixed pages in both editions', () => {
		const r = registry([article('a')]);
		expect(r.articles).toEqual(['/articles/a/', '/zh-hant/articles/a/']);
		expect(r.tags).toEqual(['/tags/jinhua/', '/zh-hant/tags/jinhua/']);
		expect(r.publishers).toEqual(['/publishers/jinhua-ribao/', '/zh-hant/publishers/jinhua-ribao/']);
		expect(r.archive).toEqual(['/archive/', '/archive/2020/', '/zh-hant/archive/', '/zh-hant/archive/2020/']);
		expect(r.raw).toEqual(['/raw/a.txt']);
		expect(r.feeds).toEqual(['/robots.txt', '/rss.xml', '/sitemap.xml', '/zh-hant/rss.xml']);
		expect(r.pages).toEqual(['/', '/articles/', '/publishers/', '/search/', '/tags/', '/zh-hant/', '/zh-hant/articles/', '/zh-hant/publishers/', '/zh-hant/search/', '/zh-hant/tags/']);
	});

	it('redirects a former slug in both editions', () => {
		expect(registry([article('2020-09-new', { aliases: ['2020-09-old'] })]).redirects).toEqual({
			'/articles/2020-09-old/': '/articles/2020-09-new/',
			'/zh-hant/articles/2020-09-old/': '/zh-hant/articles/2020-09-new/',
		});
	});

	it('notices a renamed article slug without an alias as a lost URL', () => {
		const before = registry([article('a')]);
		expect(lostPermalinks(before, registry([article('b', { raw: article('a').raw })]))).toEqual(['/articles/a/', '/zh-hant/articles/a/']);
		expect(lostPermalinks(before, registry([article('b', { aliases: ['a'], raw: article('a').raw })]))).toEqual([]);
	});

	it('notices a renamed tag slug, unless content/redirects.yaml records the redirect', () => {
		const before = registry([article('a')]);
		expect(lostPermalinks(before, registry([article('a')], 'jinhua-shi'))).toEqual(['/tags/jinhua/', '/zh-hant/tags/jinhua/']);
		const redirected = registry([article('a')], 'jinhua-shi', { '/tags/jinhua/': '/tags/jinhua-shi/' });
		expect(lostPermalinks(before, redirected)).toEqual([]);
		expect(redirected.redirects['/zh-hant/tags/jinhua/']).toBe('/zh-hant/tags/jinhua-shi/');
	});

	it('notices a publisher renamed, a raw file renamed, and a year left with no article', () => {
		const before = registry([article('a')]);
		const after = registry([article('a', { publisher: '浙江日报', raw: { ...article('a').raw, path: 'content/raw/renamed.txt' }, date: { value: '2021-01-02', precision: 'day', source: 'test', confidence: 'high' } })]);
		expect(lostPermalinks(before, after).sort()).toEqual(['/archive/2020/', '/publishers/jinhua-ribao/', '/raw/a.txt', '/zh-hant/archive/2020/', '/zh-hant/publishers/jinhua-ribao/']);
	});

	it('a redirect to a URL the site does not serve does not count, and is reported', () => {
		const before = registry([article('a')]);
		const after = registry([article('a')], 'jinhua-shi', { '/tags/jinhua/': '/tags/typo/' });
		expect(lostPermalinks(before, after)).toEqual(['/tags/jinhua/', '/zh-hant/tags/jinhua/']);
		expect(brokenRedirects(after)).toContain('/tags/jinhua/ → /tags/typo/: the target is not served');
	});

	it('a redirect from a URL that is still a page is reported (it would hide the page)', () => {
		expect(brokenRedirects(registry([article('a')], undefined, { '/tags/jinhua/': '/tags/' }))).toContain('/tags/jinhua/ is still served; remove its redirect');
	});

	it('never redirects a slug that is some article\'s current slug', () => {
		expect(registry([article('a', { aliases: ['b'] }), article('b')]).redirects).toEqual({});
	});
});

describe('content/redirects.yaml', () => {
	it('accepts page and raw-file paths', () => {
		expect(redirectsSchema.safeParse({ '/tags/a/': '/tags/b/', '/raw/a.txt': '/raw/b.txt' }).success).toBe(true);
	});

	it('refuses a page redirected to a raw file, a 繁體 path, a chain, and a path that is neither a page nor a raw file', () => {
		for (const bad of [{ '/tags/a/': '/raw/b.txt' }, { '/zh-hant/tags/a/': '/zh-hant/tags/b/' }, { '/tags/a/': '/tags/b/', '/tags/b/': '/tags/c/' }, { '/rss2.xml': '/rss.xml' }, { 'tags/a/': '/tags/b/' }, { '/tags/a/': 'https://evil.example/' }]) {
			expect(redirectsSchema.safeParse(bad).success, JSON.stringify(bad)).toBe(false);
		}
	});
});
