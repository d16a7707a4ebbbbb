import { describe, expect, it } from 'vitest';
import { pageDay, readPageMetadata } from '../../src/ingest/stages/read-page-metadata.ts';
import type { PageMetadata } from '../../src/ingest/types.ts';
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
	it('loses its channel when the site is a known outlet, and a hosting platform is no publisher', () => {
		const evidence = (value: string) => readPageMetadata(linesDraft(['正文。'], { page: page({ publishers: [{ value, from: 'meta property="og:site_name"' }] }) })).found.publisherEvidence?.map((e) => e.name);
		expect(evidence('新华网-时政频道')).toEqual(['新华网']);
		expect(evidence('嘉兴在线-民生')).toEqual(['嘉兴在线-民生']);
		expect(evidence('微信公众平台')).toEqual([]);
	});
});
