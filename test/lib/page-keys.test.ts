import { describe, expect, it } from 'vitest';
import { articlePageKey, type ArticlePageInputs, articlesFileKey, listingPageKey, rawFileKey, redirectPageKey, type SiteInputs, summaryPageKey } from '../../src/lib/page-keys';
import { buildTaxonomy } from '../../src/lib/taxonomy';
import { type ArticleFrontmatter, articleSchema } from '../../src/schemas/article';

const frontmatter = (slug: string, over: Record<string, unknown> = {}): ArticleFrontmatter =>
	articleSchema.parse({
		title: `标题${slug}`,
		titleSource: { method: 'editorial', confidence: 'editorial' },
		slug,
		date: { value: '2021-03-04', precision: 'day', source: 'test', confidence: 'high' },
		publisher: '某日报',
		publisherSource: { method: 'dateline', confidence: 'high' },
		script: 'hans',
		summary: `摘要${slug}`,
		raw: { path: `content/raw/${slug}.txt`, sha256: 'b'.repeat(64), encoding: 'utf-8' },
		ingest: { version: 1, checksum: 'x' },
		...over,
	});

const tag = (id: string, name: string) => ({ id, slug: id, name, kind: 'place', aliases: [] });
const site: SiteInputs = { taxonomy: buildTaxonomy([tag('alpha', '甲地'), tag('beta', '乙地')]) };

const [older, self, newer, relatedOne] = ['a', 'b', 'c', 'd'].map((slug) => frontmatter(slug));
const page: ArticlePageInputs = {
	edition: 'hans',
	article: { data: self!, body: '第一段。\n\n第二段。' },
	recordedAnchors: {},
	neighbours: { older, newer },
	related: [{ data: relatedOne!, sharedTags: ['alpha'] }],
};
const key = articlePageKey(site, page);

describe('articlePageKey', () => {
	it('is the same for the same inputs, rebuilt from equal data', () => {
		const copy = (data: ArticleFrontmatter) => structuredClone(data);
		expect(articlePageKey(site, { ...page, article: { ...page.article, data: copy(self!) }, neighbours: { older: copy(older!), newer: copy(newer!) } })).toBe(key);
		expect(articlePageKey({ taxonomy: buildTaxonomy([tag('alpha', '甲地'), tag('beta', '乙地')]) }, page)).toBe(key);
	});

	it('changes with anything the page shows', () => {
		const changed: ArticlePageInputs[] = [
			{ ...page, edition: 'hant' },
			{ ...page, article: { ...page.article, body: '第一段。\n\n第二段改。' } },
			{ ...page, article: { ...page.article, data: { ...self!, summary: '新摘要' } } },
			{ ...page, recordedAnchors: { 'p-1': { id: 'p1234567', text: '第一段。' } } },
			{ ...page, neighbours: { older, newer: { ...newer!, title: '新标题' } } },
			{ ...page, neighbours: { older } },
			{ ...page, related: [{ data: { ...relatedOne!, title: '新标题' }, sharedTags: ['alpha'] }] },
			{ ...page, related: [{ data: relatedOne!, sharedTags: ['alpha', 'beta'] }] },
			{ ...page, related: [] },
		];
		const keys = changed.map((inputs) => articlePageKey(site, inputs));
		for (const changedKey of keys) expect(changedKey).not.toBe(key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(articlePageKey({ taxonomy: buildTaxonomy([tag('alpha', '甲地区'), tag('beta', '乙地')]) }, page)).not.toBe(key);
	});

	it('does not change with what the page does not show of a linked article: its summary or tags', () => {
		const relatedEdited = { ...relatedOne!, summary: '另一个摘要', tags: ['beta'] };
		expect(articlePageKey(site, { ...page, related: [{ data: relatedEdited, sharedTags: ['alpha'] }] })).toBe(key);
		expect(articlePageKey(site, { ...page, neighbours: { older: { ...older!, summary: '另一个摘要' }, newer } })).toBe(key);
	});
});

describe('listingPageKey', () => {
	const listed = [{ data: older! }, { data: self! }];
	const listKey = listingPageKey(site, 'hans', 'tag', ['alpha', 2, 1, 1], listed);

	it('changes with a listed article’s frontmatter, the order, the membership and what is shown about the list', () => {
		const keys = [
			listingPageKey(site, 'hans', 'tag', ['alpha', 2, 1, 1], [{ data: older! }, { data: { ...self!, date: { ...self!.date, value: '2021-03-05' } } }]),
			listingPageKey(site, 'hans', 'tag', ['alpha', 2, 1, 1], [...listed].reverse()),
			listingPageKey(site, 'hans', 'tag', ['alpha', 2, 1, 1], [...listed, { data: newer! }]),
			listingPageKey(site, 'hans', 'tag', ['alpha', 3, 1, 2], listed),
			listingPageKey(site, 'hant', 'tag', ['alpha', 2, 1, 1], listed),
			listingPageKey(site, 'hans', 'publisher', ['alpha', 2, 1, 1], listed),
		];
		for (const changedKey of keys) expect(changedKey).not.toBe(listKey);
		expect(new Set(keys).size).toBe(keys.length);
	});

	it('is the same for equal frontmatter, whatever object holds it', () => {
		expect(listingPageKey(site, 'hans', 'tag', ['alpha', 2, 1, 1], [{ data: structuredClone(older!) }, { data: self! }])).toBe(listKey);
	});
});

describe('articlesFileKey', () => {
	const body = '第一段。';
	const cite = articlesFileKey(site, 'hans', 'cite.bib', [{ data: self!, body }]);
	const record = articlesFileKey(site, null, 'record', [{ data: self!, body }], true);

	it('changes with the file’s kind, edition, articles and their frontmatter, and with the bodies only when it holds them', () => {
		const keys = [
			articlesFileKey(site, 'hans', 'cite.ris', [{ data: self!, body }]),
			articlesFileKey(site, 'hant', 'cite.bib', [{ data: self!, body }]),
			articlesFileKey(site, 'hans', 'cite.bib', [{ data: { ...self!, title: '新标题' }, body }]),
			articlesFileKey(site, 'hans', 'cite.bib', [{ data: self!, body }, { data: older!, body }]),
		];
		for (const changedKey of keys) expect(changedKey).not.toBe(cite);
		expect(new Set(keys).size).toBe(keys.length);
		expect(articlesFileKey(site, 'hans', 'cite.bib', [{ data: structuredClone(self!), body: '另一段。' }])).toBe(cite);
		expect(articlesFileKey(site, null, 'record', [{ data: self!, body: '另一段。' }], true)).not.toBe(record);
		expect(articlesFileKey(site, null, 'record', [{ data: structuredClone(self!), body }], true)).toBe(record);
	});
});

describe('the other keys', () => {
	it('change with their inputs only', () => {
		expect(redirectPageKey('hans', 'old', 'new')).toBe(redirectPageKey('hans', 'old', 'new'));
		expect(redirectPageKey('hans', 'old', 'newer')).not.toBe(redirectPageKey('hans', 'old', 'new'));
		const raw = self!.raw;
		expect(rawFileKey('b.txt', raw)).toBe(rawFileKey('b.txt', { ...raw }));
		expect(rawFileKey('b.txt', { ...raw, sha256: 'c'.repeat(64) })).not.toBe(rawFileKey('b.txt', raw));
		expect(rawFileKey('b.txt', { ...raw, encoding: 'gb18030' })).not.toBe(rawFileKey('b.txt', raw));
		expect(summaryPageKey(site, 'hans', 'tags', [['alpha', 3]])).not.toBe(summaryPageKey(site, 'hans', 'tags', [['alpha', 4]]));
		expect(summaryPageKey(site, 'hans', 'tags', [['alpha', 3]])).toBe(summaryPageKey(site, 'hans', 'tags', [['alpha', 3]]));
	});
});
