import { describe, expect, it } from 'vitest';
import { pageDay, readPageMetadata } from '../../src/ingest/stages/read-page-metadata.ts';
import type { FoundMetadata, PageMetadata } from '../../src/ingest/types.ts';
import { resolveMetadata } from '../../src/ingest/infer/metadata.ts';
import { linesDraft } from './helpers.ts';

const page = (patch: Partial<PageMetadata>): PageMetadata => ({ titles: [], published: [], modified: [], authors: [], publishers: [], ...patch });
const from = 'meta property="article:published_time"';

describe('read a web page’s own metadata', () => {
	it('a publication time becomes a date in China time: a zone moves it, a time without one is the day as written', () => {
		expect(pageDay('2021-03-04T17:30:00Z')).toEqual({ year: 2021, month: 3, day: 5 });
		expect(pageDay('2021-03-04T10:30:00+08:00')).toEqual({ year: 2021, month: 3, day: 4 });
		expect(pageDay('2021-03-04 23:50')).toEqual({ year: 2021, month: 3, day: 4 });
		expect(pageDay('2021/3/4')).toEqual({ year: 2021, month: 3, day: 4 });
		expect(pageDay('1614850200')).toEqual({ year: 2021, month: 3, day: 4 });
	});

	it('what is not a time is no date, never a guess', () => {
		for (const value of ['昨天 10:20', '3月4日', 'March 2021', '', 'v2.3.1']) expect(pageDay(value)).toBeUndefined();
	});

	it('adds the page’s dates after the text’s own, with where they were read', () => {
		const draft = readPageMetadata(linesDraft(['正文。'], { page: page({ published: [{ value: '2021-03-04T10:30:00+08:00', from }] }), found: { authors: [], editors: [], dates: [{ year: 2021, month: 3, day: 4, text: '2021年3月4日', where: 'line 1', role: 'published' }] } }));
		expect(draft.found.dates?.map((d) => d.where)).toEqual(['line 1', `page metadata ${from}`]);
	});

	it('the site or publisher, and a known outlet in the author field, are publisher evidence; people in the author field are authors', () => {
		const draft = readPageMetadata(
			linesDraft(['正文。'], {
				page: page({
					publishers: [{ value: '嘉兴在线', from: 'meta property="og:site_name"' }],
					authors: [
						{ value: '新华社', from: 'meta name="author"' },
						{ value: '王海涛、admin_01', from: 'JSON-LD NewsArticle.author' },
					],
				}),
			}),
		);
		expect(draft.found.publisherEvidence?.map((e) => e.name)).toEqual(['嘉兴在线', '新华社']);
		expect(draft.found.authors).toEqual([{ name: '王海涛', role: '' }]);
	});

	it('authors the text credits win over the page’s, and a text file is left as it is', () => {
		const found = { authors: [{ name: '李明', role: '记者' }], editors: [] };
		expect(readPageMetadata(linesDraft(['正文。'], { found, page: page({ authors: [{ value: '王海涛', from: 'meta name="author"' }] }) })).found.authors).toEqual(found.authors);
		const text = linesDraft(['正文。']);
		expect(readPageMetadata(text)).toBe(text);
	});
});

describe('a date at the foot of a web page’s text', () => {
	const foot = { year: 2021, month: 3, day: 9, text: '2021-03-09', where: 'last line', role: 'published' as const, filed: true };
	it('only confirms on a web page; a text file’s closing date is left as it is', () => {
		const onPage = readPageMetadata(linesDraft(['正文。'], { page: page({}), found: { authors: [], editors: [], dates: [foot] } }));
		expect(onPage.found.dates).toEqual([{ ...foot, confirmsOnly: true }]);
		const text = linesDraft(['正文。'], { found: { authors: [], editors: [], dates: [foot] } });
		expect(readPageMetadata(text).found.dates).toEqual([foot]);
	});
});

describe('the site a page names', () => {
	it('a hosting platform’s name is passed on as printed, for the publisher inference to refuse', () => {
		const evidence = (value: string) => readPageMetadata(linesDraft(['正文。'], { page: page({ publishers: [{ value, from: 'meta property="og:site_name"' }] }) })).found.publisherEvidence?.map((e) => e.name);
		expect(evidence('新华网-时政频道')).toEqual(['新华网-时政频道']);
		expect(resolveMetadata(readPageMetadata(linesDraft(['正文。'], { page: page({ publishers: [{ value: '微信公众平台', from: 'meta property="og:site_name"' }] }) })), {}).metadata.publisher).toBe('');
	});
});

describe('the labels a page prints around its headline', () => {
	const bar = 'the page’s header line “…”';
	const labels = (patch: Partial<NonNullable<PageMetadata['labels']>>): PageMetadata['labels'] => ({ dates: [], yearlessDates: [], sources: [], people: [], posters: [], copyright: [], ...patch });
	const read = (patch: Partial<PageMetadata>, found: FoundMetadata = { authors: [], editors: [] }) => readPageMetadata(linesDraft(['正文。'], { page: page(patch), found }));

	it('the bar’s timestamp is a date of the page (an update stays an update); a label is read as a date line reads it', () => {
		const draft = read({ labels: labels({ dates: [{ value: '发表于2024-03-05 21:30', from: bar }, { value: '更新时间：2024-03-07', from: bar }] }) });
		expect(draft.found.dates).toEqual([
			{ year: 2024, month: 3, day: 5, text: '发表于2024-03-05', role: 'published', where: bar },
			{ year: 2024, month: 3, day: 7, text: '更新时间：2024-03-07', role: 'updated', where: bar },
		]);
	});

	it('a timestamp without its year takes it only from a metadata time of the same minute', () => {
		const modified = [{ value: '2024-03-05 09:30:41', from: 'meta itemprop="dateupdate"' }];
		const dated = read({ modified, labels: labels({ yearlessDates: [{ value: '03-0509:30', from: bar }] }) });
		expect(dated.found.dates).toMatchObject([{ year: 2024, month: 3, day: 5, text: '03-0509:30', role: 'published' }]);
		expect(dated.found.dates?.[0]?.where).toContain('of the same minute');
		// Another minute, another day or another two-digit year: no date.
		for (const value of ['03-05 09:31', '03-06 09:30', '23-03-05 09:30']) expect(read({ modified, labels: labels({ yearlessDates: [{ value, from: bar }] }) }).found.dates).toEqual([]);
		expect(read({ modified, labels: labels({ yearlessDates: [{ value: '24-03-05 09:30', from: bar }] }) }).found.dates).toHaveLength(1);
	});

	it('the bar’s 来源 and poster are credits, the site’s name in <title> and its copyright line the weakest evidence', () => {
		const draft = read({
			labels: labels({ sources: [{ value: '城南日报', from: bar }], posters: [{ value: '李明/城南周刊', from: bar }], copyright: [{ value: '城南新闻网', from: 'the page’s copyright line' }] }),
			siteTitle: { value: '城南在线', from: 'the site’s name closing the page’s <title>' },
		});
		expect(draft.found.publisherEvidence?.map((e) => [e.kind, e.name, e.confidence])).toEqual([
			['credit', '城南日报', 'medium'],
			['credit', '城南周刊', 'low'],
			['site', '城南在线', 'low'],
			['site', '城南新闻网', 'low'],
		]);
		expect(draft.found.authors).toEqual([{ name: '李明', role: '' }]);
	});

	it('the bar’s 作者 wins over the author meta; the text’s own credits win over both; a template placeholder is no one', () => {
		const authors = [{ value: '王海涛', from: 'meta name="author"' }];
		expect(read({ authors, labels: labels({ people: [{ value: '李明 张华', from: bar }] }) }).found.authors.map((p) => p.name)).toEqual(['李明', '张华']);
		const credited = { authors: [{ name: '赵强', role: '记者' }], editors: [] };
		expect(read({ authors, labels: labels({ people: [{ value: '李明', from: bar }] }) }, credited).found.authors).toEqual(credited.authors);
		expect(read({ authors: [{ value: 'name, email@gmail.com', from: 'meta name="author"' }] }).found.authors).toEqual([]);
	});
});
