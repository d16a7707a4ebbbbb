import { describe, expect, it } from 'vitest';
import { headerLines, readPageLabels, splitPoster } from '../../src/ingest/html/page-header.ts';

// Invented page lines: a menu, a headline, the bar under it, the article, the page's foot. No text from any real page.
const HEADLINE = '城南新区首座共享书房开放';
const ARTICLE = ['记者从城南新区获悉，新区首座共享书房今天开放，藏书约六千册。', '书房由闲置的社区用房改建，开放时间延长至晚上九点。'];
const MENU = ['首页', '本地', '财经'];

/** The page's lines and where its article starts and ends in them. */
function pageOf(bar: string[], foot: string[] = [], headline = HEADLINE) {
	const lines = [...MENU, headline, ...bar, ...ARTICLE, ...foot];
	const start = MENU.length + 1 + bar.length;
	return { lines, start, end: start + ARTICLE.length - 1 };
}
const labelsOf = (bar: string[], foot: string[] = [], headline = HEADLINE, title = HEADLINE) => {
	const { lines, start, end } = pageOf(bar, foot, headline);
	return readPageLabels(lines, headerLines(lines, title, start), end);
};
const values = (candidates: { value: string }[]) => candidates.map((c) => c.value);

describe('the header bar: the lines between the headline and the article', () => {
	it('is found under the headline, also one with a label before it or a title with more after it', () => {
		const { lines, start } = pageOf(['2024-03-05 09:30', '分享']);
		expect(headerLines(lines, HEADLINE, start)).toEqual([start - 2, start - 1]);
		const labelled = pageOf(['2024-03-05 09:30'], [], `原创${HEADLINE}`);
		expect(headerLines(labelled.lines, HEADLINE, labelled.start)).toEqual([labelled.start - 1]);
		expect(headerLines(lines, `${HEADLINE} 城南街道办`, start)).toEqual([start - 2, start - 1]);
	});

	it('is nothing when the headline is not just above the article', () => {
		const { lines, start } = pageOf(['2024-03-05 09:30']);
		expect(headerLines(lines, '另一条新闻的标题在别处', start)).toEqual([]);
		expect(headerLines(lines, HEADLINE, -1)).toEqual([]);
	});
});

describe('dates in the header bar', () => {
	it('a date with its year is read whatever shares its line, with its label and time as printed', () => {
		expect(values(labelsOf(['2024-03-05 15:10:53 字号：A- A A+ 来源：城南日报']).dates)).toEqual(['2024-03-05 15:10:53']);
		expect(values(labelsOf(['发表于2024-03-05 21:30| 86次阅读| 0 条评论']).dates)).toEqual(['发表于2024-03-05 21:30']);
		expect(values(labelsOf(['2024年03月05日09:30 来源：城南日报']).dates)).toEqual(['2024年03月05日09:30']);
		expect(values(labelsOf(['城南快讯2024/3/5']).dates)).toEqual(['2024/3/5']);
	});

	it('a sentence in the bar dates nothing, and a date without its year is kept apart', () => {
		expect(labelsOf(['2024年3月5日，新区召开了发布会。']).dates).toEqual([]);
		const yearless = labelsOf(['某某号', '发布时间：03-0509:30']);
		expect(yearless.dates).toEqual([]);
		expect(values(yearless.yearlessDates)).toEqual(['03-0509:30']);
		expect(values(labelsOf(['24-03-05 09:30']).yearlessDates)).toEqual(['24-03-05 09:30']);
		// A bare month-day without a time is not a timestamp.
		expect(labelsOf(['03-05']).yearlessDates).toEqual([]);
	});

	it('after the text, only a line starting with a publication label is read; a related-stories list is not', () => {
		expect(values(labelsOf([], ['发布日期：2024-03-06 责任编辑：李明']).dates)).toEqual(['发布日期：2024-03-06']);
		expect(labelsOf([], ['城北新开一家书店', '2024-03-09', '下一篇：城西公园改造']).dates).toEqual([]);
	});
});

describe('sources, authors and the poster in the header bar', () => {
	it('labelled sources and authors, with or without a colon, also glued to the time before them', () => {
		const labels = labelsOf(['发表于2024-03-05 21:30| 来源城南周刊| 作者李明', '信息来源：区发改局', '2024-03-05 14:07来源：城南日报·城事']);
		expect(values(labels.sources)).toEqual(['城南周刊', '区发改局', '城南日报·城事']);
		expect(values(labels.people)).toEqual(['李明']);
	});

	it('the one name beside the timestamp is the poster, without 原创 before it or a bracketed role after it', () => {
		expect(values(labelsOf(['城南网 2024-03-05 10:37:31']).posters)).toEqual(['城南网']);
		expect(values(labelsOf(['原创 SouthTown 2024-03-05 22:18:34']).posters)).toEqual(['SouthTown']);
		expect(values(labelsOf(['2024-03-05 11:10 城南书局[整理] 12']).posters)).toEqual(['城南书局']);
	});

	it('no poster when several names share the line, or a name is glued to the date', () => {
		expect(labelsOf(['2024-03-05 20:35 甲乙丙 丁戊己 庚辛']).posters).toEqual([]);
		expect(labelsOf(['城事频道城南2024-03-05 07:48']).posters).toEqual([]);
	});

	it('a name line right before the timestamp line, a follow button or an account’s ID line is the poster', () => {
		expect(values(labelsOf(['李明/城南日报', '2024-03-05 09:10', '字号']).posters)).toEqual(['李明/城南日报']);
		expect(values(labelsOf(['2024-03-05 14:07', '字号', '城南发布', '关注']).posters)).toEqual(['城南发布']);
		expect(values(labelsOf(['城南书房', '微信号 chengnan_books', '昨天']).posters)).toEqual(['城南书房']);
		// A widget word is no name, and a line before a widget is no poster.
		expect(labelsOf(['分享', '2024-03-05 09:10']).posters).toEqual([]);
		expect(labelsOf(['城南书房', '字号', '2024-03-05 09:10']).posters).toEqual([]);
	});

	it('splits a poster into people and outlets', () => {
		expect(splitPoster('李明/城南日报')).toEqual({ people: ['李明'], outlets: ['城南日报'] });
		expect(splitPoster('城南日报记者 王海涛')).toEqual({ people: ['王海涛'], outlets: ['城南日报'] });
		expect(splitPoster('城南发布')).toEqual({ people: [], outlets: ['城南发布'] });
		// Four Han characters are an account far more often than a person.
		expect(splitPoster('华东人文')).toEqual({ people: [], outlets: ['华东人文'] });
	});
});

describe('the copyright line at the page’s foot', () => {
	it('names the site, unless it names a company', () => {
		expect(values(labelsOf([], ['关于我们', '版权所有 城南区人民医院　Copyright © 2024']).copyright)).toEqual(['城南区人民医院']);
		expect(values(labelsOf([], ['城南日报 版权所有']).copyright)).toEqual(['城南日报']);
		expect(labelsOf([], ['城南传媒有限公司 版权所有']).copyright).toEqual([]);
	});
});
