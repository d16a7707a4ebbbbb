import { describe, expect, it } from 'vitest';
import { articlePageView } from '../../src/lib/article-page';
import { feedOf } from '../../src/lib/feed';
import { archiveIndexEntries, publisherIndexEntries, tagIndexEntries } from '../../src/lib/indexes';
import { articleListing, pagedTitle, publisherListing, tagListing } from '../../src/lib/listing';
import { paginate } from '../../src/lib/paginate';
import { confidenceNote, publisherLabel } from '../../src/lib/present';
import { servedRawText } from '../../src/lib/raw-text';
import { regionTag } from '../../src/lib/script';
import type { Tag } from '../../src/lib/taxonomy';
import { monthAnchor, monthPath } from '../../src/lib/urls';
import { frontmatter } from './frontmatter';

/** What pages and components are handed, worded in the page's edition by `src/lib` (the components only render it). */

const tag = (id: string, name: string, description?: string): Tag => ({ id, slug: `${id}-slug`, name, kind: 'place', aliases: [], excludes: [], description });

describe('listings', () => {
	const items = Array.from({ length: 45 }, (_, i) => i);
	const [first, second] = paginate(items);

	it('names the page and the page count only when there is more than one page', () => {
		expect(pagedTitle('全部文章', { number: 2, total: 3 }, 'hans')).toBe('全部文章（第 2 页，共 3 页）');
		expect(pagedTitle('全部文章', { number: 1, total: 1 }, 'hant')).toBe('全部文章');
	});

	it('gives the list of every article its count on the first page only, and later pages their number', () => {
		expect(articleListing(first!, 45, 'hans')).toMatchObject({ title: '全部文章', lede: '共 45 篇' });
		expect(articleListing(second!, 45, 'hans')).toMatchObject({ title: '全部文章（第 2 页，共 3 页）', lede: undefined });
		expect(articleListing(second!, 45, 'hant').pageHref(3)).toBe('/zh-hant/articles/page/3/');
	});

	it('words a publisher’s listing in the edition’s script, with the publishers index as its breadcrumb', () => {
		const group = { slug: 'jingji-ribao', name: '经济日报', items };
		const view = publisherListing(group, second!, 'hant');
		expect(view).toMatchObject({ title: '來源：經濟日報（第 2 頁，共 3 頁）', breadcrumb: { href: '/zh-hant/publishers/', label: '按來源瀏覽' }, lede: '共 45 篇' });
		expect(view.pageHref(1)).toBe('/zh-hant/publishers/jingji-ribao/');
		expect(publisherListing({ slug: 'unknown', name: '', items: [1] }, paginate([1])[0]!, 'hans').title).toBe('来源：来源不详');
	});

	it('words a tag’s listing with its description and kind, converted for the edition', () => {
		const view = tagListing({ tag: tag('suzhou', '苏州', '江苏省苏州市'), items: [1] }, paginate([1])[0]!, 'hant');
		expect(view).toMatchObject({ title: '標籤：蘇州', description: '江蘇省蘇州市', breadcrumb: { href: '/zh-hant/tags/', label: '按標籤瀏覽', note: '地區' } });
		expect(view.pageHref(2)).toBe('/zh-hant/tags/suzhou-slug/page/2/');
		expect(tagListing({ tag: tag('wuxi', '无锡'), items: [1] }, paginate([1])[0]!, 'hans').description).toBeUndefined();
	});
});

describe('articlePageView', () => {
	const data = frontmatter({ slug: 'x-1', title: '长三角发展', script: 'hans' });
	const older = { data: frontmatter({ slug: 'x-0', title: '较早的报道' }) };
	const other = { data: frontmatter({ slug: 'y', title: '协同发展' }) };

	it('cites the edition’s permalink and links the original script’s page', () => {
		const page = articlePageView(data, 'hant', 'https://example.org', [], {});
		expect(page.url).toBe('https://example.org/zh-hant/articles/x-1/');
		expect(page.citation).toMatchObject({ title: '長三角發展', publisher: '經濟日報', url: page.url });
		expect(page.originalHref).toBe('/articles/x-1/');
	});

	it('links related articles with their reason, and only the neighbours there are', () => {
		const page = articlePageView(data, 'hant', 'https://example.org', [{ article: other, sharedTags: [tag('suzhou', '苏州')] }, { article: older, sharedTags: [] }], { older });
		expect(page.related).toEqual([
			{ href: '/zh-hant/articles/y/', title: '協同發展', reason: '同為：蘇州' },
			{ href: '/zh-hant/articles/x-0/', title: '較早的報道', reason: '內容相近' },
		]);
		expect(page.neighbours).toEqual([{ rel: 'older', href: '/zh-hant/articles/x-0/', title: '較早的報道', label: '較早一篇' }]);
	});
});

describe('feedOf', () => {
	it('lists every article as its pages word it, in the edition’s language, a date only where one is known', () => {
		const undated = frontmatter({ slug: 'u', date: { value: '', precision: 'unknown', source: '', confidence: 'none' } });
		const feed = feedOf([{ data: frontmatter({ slug: 'x-1', title: '长三角发展' }) }, { data: undated }], 'hant', 'https://example.org');
		expect(feed).toMatchObject({ title: '長三角檔案', customData: '<language>zh-TW</language>' });
		expect(String(feed.site)).toBe('https://example.org/zh-hant/');
		const items = feed.items as { title: string; link: string; pubDate?: Date; categories: string[] }[];
		expect(items[0]).toMatchObject({ title: '長三角發展', link: '/zh-hant/articles/x-1/', categories: ['經濟日報'] });
		expect(items[0]!.pubDate?.toISOString()).toBe('2020-08-31T16:00:00.000Z');
		expect(items[1]!.pubDate).toBeUndefined();
	});
});

describe('small wordings', () => {
	it('says an edition’s region tag, how sure a fact is, and a missing publisher', () => {
		expect([regionTag('hans'), regionTag('hant')]).toEqual(['zh-CN', 'zh-TW']);
		expect(confidenceNote('high', 'hant')).toBe('（可信度：高）');
		expect(publisherLabel('', 'hant')).toBe('來源不詳');
	});

	it('anchors a month on its year’s page, and the articles known only to the year', () => {
		expect(monthPath('hans', 2020, 9)).toBe('/archive/2020/#m-09');
		expect(monthAnchor(undefined)).toBe('m-unknown');
		expect(monthPath('hant', 2020)).toBe('/zh-hant/archive/2020/#m-unknown');
	});

	it('serves a raw file as UTF-8 text with exactly one byte-order mark, whatever its encoding', () => {
		expect(servedRawText(Buffer.from([0xb3, 0xa4, 0xc8, 0xfd, 0xbd, 0xc7]), 'gb18030')).toBe('\uFEFF长三角');
		expect(servedRawText(Buffer.from('\uFEFF长三角', 'utf8'), 'utf-8')).toBe('\uFEFF长三角');
	});
});

describe('index pages', () => {
	it('lists the archive’s years with their months, and the articles known only to the year under their own anchor', () => {
		const [year] = archiveIndexEntries([{ year: 2020, count: 3, months: [{ month: 9, items: [1, 2] }, { items: [3] }] }], 'hant');
		expect(year).toEqual({
			href: '/zh-hant/archive/2020/',
			label: '2020年',
			count: '共 3 篇',
			months: [
				{ href: '/zh-hant/archive/2020/#m-09', label: '9月', count: '共 2 篇' },
				{ href: '/zh-hant/archive/2020/#m-unknown', label: '月份不詳', count: '共 1 篇' },
			],
		});
	});

	it('names publishers and tags in the edition’s script, with their counts', () => {
		expect(publisherIndexEntries([{ slug: 'jingji-ribao', name: '经济日报', items: [1] }, { slug: 'unknown', name: '', items: [2, 3] }], 'hant')).toEqual([
			{ href: '/zh-hant/publishers/jingji-ribao/', label: '經濟日報', count: '共 1 篇' },
			{ href: '/zh-hant/publishers/unknown/', label: '來源不詳', count: '共 2 篇' },
		]);
		expect(tagIndexEntries([{ kind: 'place', groups: [{ tag: tag('suzhou', '苏州'), items: [1, 2] }] }], 'hans')).toEqual([
			{ id: 'kind-place', heading: '地区', tags: [{ href: '/tags/suzhou-slug/', label: '苏州', count: '2 篇', tagId: 'suzhou' }] },
		]);
	});
});
