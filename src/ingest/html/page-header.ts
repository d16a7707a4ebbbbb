import type { PageLabels } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { readableText } from '../text/markers.ts';
import { isPersonalName } from '../text/names.ts';

/**
 * What a page prints about its article in the bar between the headline and
 * the article's first line (the timestamp, the source, the poster, the
 * author), and in labelled publication dates right after the text: visible
 * labels that Readability leaves out of the article. Read by position and
 * shape, never by a site's layout:
 *   - a date with its year (2019-09-07, 2019年9月7日), with its time and its
 *     label, anywhere on a header line that holds no sentence: the bar is the
 *     page's own timestamp, whatever else shares the line (字号 widgets,
 *     counters, names);
 *   - a date without its year (发布时间：10-08 12:00, 18-03-08 23:16) is kept
 *     apart: only a metadata time of the same minute may give its year;
 *   - labelled fields: 来源：X / 来源X / 来源于：X, 作者：X;
 *   - the poster: the one name beside the timestamp (中国网 2019-11-25 10:37),
 *     a name line right before the timestamp line, or right before a follow
 *     button (关注) or an account's ID line (微信号 abc); `石佳/中国青年报` and `某报记者 王某` are split into
 *     person and outlet. A name shared with other names on the line is left.
 *   - after the text, only a line that starts with a publication label
 *     (发布日期：2019-03-06): a related-stories list labels no dates so;
 *   - at the page's foot, the holder its copyright line names (版权所有 X),
 *     the site's own name, unless it is a company's.
 * Every value keeps the line it came from; nothing here decides.
 */

/** How far before the article's first line the headline may stand. */
const HEADER_WINDOW = 15;
/** How far after the article's last line a labelled publication date may stand. */
const FOOTER_WINDOW = 10;
/** A header line is short; a longer one is prose. */
const MAX_LINE = 100;
const MAX_NAME = 20;

/** A date with its year, in the Simplified fold: 2019-09-07, 2019/9/7, 2019.09.07, 2019年9月7日. */
const FULL_DATE = /(?<!\d)(?:19|20)\d{2}(?:(?<sep>[-/.])\d{1,2}\k<sep>\d{1,2}(?!\d)|\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/gu;
/** A time after a date, also glued to it (2019年06月15日08:18). */
const TIME_AFTER = /^\s*\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/u;
/** A date without its year as a timestamp bar prints it: 10-08 12:00, a two-digit year 18-03-08 23:16; a time must follow. */
const YEARLESS = /(?<![\d-])(?:(?<yy>\d{2})-)?(?<month>\d{1,2})-(?<day>\d{1,2})\s*(?<hour>\d{1,2})[:：](?<minute>\d{2})(?![\d-])/u;
/** The label a date may carry just before it: 发布时间：, 发表于, 更新时间, 日期： (Simplified fold). */
const DATE_LABEL = /(?:(?:最后|最近)?更新|修改|发布|发表|发稿|首发|创建|建立)?(?:时间|日期|于)\s*[:：]?\s*$/u;
/** A line that starts with a publication label, as a page's own date line after the text does. */
const PUBLICATION_LABEL = /^(?:发布|发表|发稿)(?:时间|日期)\s*[:：]|^发布于/u;
/** Labelled fields of a header bar, in the Simplified fold: 来源：X, 来源X, 来源于：X; 作者：X. */
const SOURCE_FIELD = /(?:^|[\s|｜丨/／·•\d])(?:信息来源|文章来源|新闻来源|来源于|来源|稿源|出处)\s*[:：]?\s*(?<name>[^\s|｜丨:：]{2,20})/gu;
const AUTHOR_FIELD = /(?:^|[\s|｜丨/／·•\d])(?:作者|撰文)\s*[:：]?\s*(?<name>[^\s|｜丨·•:：]{2,20})/gu;
/** Any labelled field (label and value) or widget a bar holds besides names: 字号：A- A A+, 阅读 120, 0 条评论. */
const OTHER_FIELD = /(?:责任编辑|责编|编辑|字号|字体|分类|所属分类|标签|阅读|浏览次数|浏览|点击|评论)\s*[:：]?\s*[^\s|｜丨]*|\b[Aa][+-]|(?<![\p{L}\d])\d+(?:\s*(?:次阅读|条评论|人阅读|阅读|评论))?(?![\p{L}\d])/gu;
/** What a poster's name is not: labels before it (原创), its role in brackets ([整理]), widget words. */
const NAME_NOISE = /^原创\s*|[[【(（][^\]】)）]{1,6}[\]】)）]$/gu;
const WIDGET_WORD = /^(?:关注|\+?关注|已关注|订阅|分享|收藏|举报|评论|字号|大|中|小|超大|标准|A|A\+|A-|正文|图集|返回|首页)$/u;
/** A follow button, or an account's ID line (微信号 abc): the line after an account's name. */
const FOLLOW = /^\+?\s*(?:关注|订阅)$|^(?:微信号|公众号|账号|帐号)\s*[:：]?\s*[\w.-]+$/u;
/** A copyright line's holder: 版权所有 X, 版权所有：X, X 版权所有 (Simplified fold). */
const COPYRIGHT = /版权所有\s*[:：]?\s*(?<after>[^\s©,，。:：|｜]{2,20})|(?<before>[^\s©,，。:：|｜\d]{2,20})\s*版权所有/u;
/** A company or "this site" is no site name (…有限公司, 本网). */
const NOT_A_SITE = /有限公司|有限责任公司|集团$|^本(?:站|网)|^copyright$/iu;
/** Copyright lines stand at the page's foot. */
const COPYRIGHT_WINDOW = 20;
const ROLE_SPLIT = /^(?<outlet>[^\s]{2,14}?)(?:特约|实习|见习|首席)?记者\s*(?<names>.+)$/u;

const folded = (line: string): string => foldForMatching(readableText(line).trim());
const isSentence = (line: string): boolean => /[。！？!?；;]/u.test(line) || line.length > MAX_LINE;

/** The header bar's lines: after the headline's line, before the article's first; none when the headline is not found above the article. */
export function headerLines(pageLines: readonly string[], headline: string, articleStart: number): number[] {
	const key = squeeze(headline);
	if (!key || articleStart < 0) return [];
	for (let i = articleStart - 1; i >= Math.max(0, articleStart - HEADER_WINDOW); i--) {
		const line = squeeze(pageLines[i]!);
		// The headline's own line, also with a label before it (原创) or the site after it, or without what the chosen title carries after it.
		if (line === key || (line.length <= key.length + 8 && line.includes(key)) || (line.length >= 8 && key.startsWith(line))) return range(i + 1, articleStart);
	}
	return [];
}

const range = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from) }, (_, i) => from + i);
const squeeze = (text: string): string => foldForMatching(text).replace(/\s/gu, '');

export function readPageLabels(pageLines: readonly string[], header: readonly number[], articleEnd: number): PageLabels {
	const labels: PageLabels = { dates: [], yearlessDates: [], sources: [], people: [], posters: [], copyright: [] };
	const lines = header.map((i) => pageLines[i]!).filter((line) => !isSentence(readableText(line)));
	const where = (line: string) => `the page’s header line “${line.trim()}”`;
	const isTimestampLine = (line: string) => datesIn(line).length > 0 || YEARLESS.test(folded(line));
	for (const [at, line] of lines.entries()) {
		const from = where(line);
		const dates = datesIn(line);
		for (const value of dates) labels.dates.push({ value, from });
		const yearless = dates.length === 0 ? YEARLESS.exec(folded(line)) : null;
		if (yearless) labels.yearlessDates.push({ value: line.slice(yearless.index, yearless.index + yearless[0].length), from });
		for (const match of folded(line).matchAll(SOURCE_FIELD)) labels.sources.push({ value: original(line, match, 'name'), from });
		for (const match of folded(line).matchAll(AUTHOR_FIELD)) labels.people.push({ value: original(line, match, 'name'), from });
		if (dates.length > 0) {
			const beside = namesBeside(line);
			if (beside.length === 1) labels.posters.push({ value: beside[0]!, from });
		}
		const next = lines[at + 1];
		const nameLine = cleanName(line);
		if (next !== undefined && nameLine && !isTimestampLine(line) && (isTimestampLine(next) || FOLLOW.test(folded(next)))) labels.posters.push({ value: nameLine, from });
	}
	for (let i = Math.max(articleEnd + 1, pageLines.length - COPYRIGHT_WINDOW); i < pageLines.length; i++) {
		const holder = COPYRIGHT.exec(folded(pageLines[i]!));
		const name = holder && original(pageLines[i]!, holder, holder.groups!.after ? 'after' : 'before');
		if (name && !NOT_A_SITE.test(foldForMatching(name))) labels.copyright.push({ value: name, from: `the page’s copyright line “${pageLines[i]!.trim()}”` });
	}
	for (let i = articleEnd + 1; i < Math.min(pageLines.length, articleEnd + 1 + FOOTER_WINDOW); i++) {
		const line = pageLines[i]!;
		if (!PUBLICATION_LABEL.test(folded(line)) || isSentence(readableText(line))) continue;
		const [first] = datesIn(line);
		if (first) labels.dates.push({ value: first, from: `the page’s labelled date line after the text “${line.trim()}”` });
	}
	return labels;
}

/** The dates with their year on a line, each with its label and time as printed (发布时间：2019-09-23 07:48). */
function datesIn(line: string): string[] {
	const text = folded(line);
	return [...text.matchAll(FULL_DATE)].map((match) => {
		const label = DATE_LABEL.exec(text.slice(0, match.index));
		const start = label ? label.index : match.index;
		const end = match.index + match[0].length;
		const time = TIME_AFTER.exec(text.slice(end));
		return readableText(line).slice(start, end + (time ? time[0].length : 0)).trim();
	});
}

const original = (line: string, match: RegExpMatchArray, group: string): string => {
	const value = match.groups![group]!;
	const at = match.index! + match[0].lastIndexOf(value);
	return readableText(line).trim().slice(at, at + value.length);
};

/** What a timestamp line holds besides names: dates, times, date labels, labelled fields, counters and widgets. */
const NOT_NAMES = [
	FULL_DATE,
	new RegExp(YEARLESS.source, 'gu'),
	/\d{1,2}[:：]\d{2}(?:[:：]\d{2})?/gu,
	/(?:信息来源|文章来源|新闻来源|来源于|来源|稿源|出处|作者|撰文)\s*[:：]?\s*[^\s|｜丨·•:：]{0,20}/gu,
	/(?:(?:最后|最近)?更新|修改|发布|发表|发稿|首发|创建|建立)?(?:时间|日期)\s*[:：]?|发表于|发布于/gu,
	OTHER_FIELD,
	/[|｜丨·•]/gu,
];

/** The bare names on a timestamp line once everything else is blanked (matched on the Simplified fold, whose positions are the original's). */
function namesBeside(line: string): string[] {
	let text = readableText(line).trim();
	for (const pattern of NOT_NAMES) {
		const fold = foldForMatching(text);
		let kept = '';
		let last = 0;
		for (const match of fold.matchAll(pattern)) {
			kept += text.slice(last, match.index) + ' '.repeat(match[0].length);
			last = match.index + match[0].length;
		}
		text = kept + text.slice(last);
	}
	const original = readableText(line).trim();
	// A name glued to a date or time (金融市场棱镜2019-09-23) may be a channel's and a name run together: not read.
	const glued = (match: RegExpMatchArray) => /\d/u.test(original[match.index! - 1] ?? '') || /\d/u.test(original[match.index! + match[0].length] ?? '');
	return [...text.matchAll(/\S+/gu)].filter((match) => !glued(match)).map((match) => cleanName(match[0])).filter((name): name is string => name !== undefined);
}

/** A poster's name as printed, without 原创 before it or a bracketed role after it; undefined when it is no name. */
function cleanName(field: string): string | undefined {
	const name = readableText(field).trim().replace(NAME_NOISE, '').trim();
	if (name.length < 2 || name.length > MAX_NAME || WIDGET_WORD.test(foldForMatching(name)) || /^[\d\p{P}\p{S}\s]+$/u.test(name) || /[:：]/u.test(name)) return undefined;
	return name;
}

/**
 * A poster's name split into people and outlets: `石佳/中国青年报` names a
 * writer and an outlet, `某报记者 王某` an outlet and its reporter; a name
 * that is a person's (a Han name with a surname) is an author, anything
 * else the publishing account or outlet.
 */
export function splitPoster(value: string): { people: string[]; outlets: string[] } {
	const people: string[] = [];
	const outlets: string[] = [];
	for (const part of value.split(/\s*[/／]\s*/u)) {
		const byline = ROLE_SPLIT.exec(foldForMatching(part));
		if (byline?.groups) {
			const names = part.slice(part.length - byline.groups.names!.length).split(/[\s、，,]+/u).filter(isHanPerson);
			if (names.length > 0) {
				outlets.push(part.slice(0, byline.groups.outlet!.length));
				people.push(...names);
				continue;
			}
		}
		if (isHanPerson(part)) people.push(part);
		else outlets.push(part);
	}
	return { people, outlets };
}

/** A poster of four Han characters is an account (华夏人文) far more often than a person. */
const isHanPerson = (name: string): boolean => /^\p{Script=Han}{2,3}$/u.test(name) && isPersonalName(name);

