import { foldForMatching } from '../../lib/fold.ts';
import { PUBLISHER_ENDING } from './names.ts';

/**
 * Reading date lines: a line that holds a date and nothing but what a date
 * line holds (a label, a time, a weekday, 来源/作者 fields, the outlet's
 * name). Whether such a line dates the article depends on where it stands;
 * that is the dateline stage's decision, not this module's.
 *
 * Lines are matched on their Simplified fold (same length, so positions
 * hold in the original): 發佈時間, 建立時間 and 週三 read as 发布时间, 建立时间, 周三.
 * Fullwidth digits are already halfwidth (stage *normalize*).
 */

/** A date as printed in a date line, before any check. */
export interface DateReading {
	year?: number;
	month?: number;
	day?: number;
	/** The date as printed, with its label (发布时间：2018-07-31). */
	text: string;
	/** `updated` when a label such as 更新時間 says it is not the publication. */
	role: 'published' | 'updated';
}

export interface DateLine {
	dates: DateReading[];
	/** The line holds only dates, times, weekdays and date labels, so it can go without losing anything else. */
	pure: boolean;
}

/** 发布时间：, 建立時間：, 日期：, 更新于… (Simplified fold). `upd` marks a label that is not the publication. */
const LABEL = String.raw`(?:(?<upd>最后更新|最近更新|更新|修改|修订)|发布|发表|发稿|出版|刊发|刊出|刊登|建立|创建|上线|录入|首发|播出|见报|发文)?(?:时间|日期|于)?`;
/** 2018年7月31日, 2019年12月 (month precision), 民國108年7月10日, 108年7月10日 (a three-digit year is a 民國 year). */
const HAN_DATE = String.raw`(?:民国\s*(?<rocYear>\d{2,3})|(?<!\d)(?<roc3>\d{3})|(?<!\d)(?<year>\d{4}))\s*年\s*(?<month>\d{1,2})\s*月(?:\s*(?<day>\d{1,2})\s*[日号])?`;
/** 2018-07-31, 2018/09/16, 2018.07.31 (also with fullwidth －／．): one separator throughout. */
const NUMERIC_DATE = String.raw`(?<!\d)(?<year>\d{4})\s*(?<sep>[-/.－／．])\s*(?<month>\d{1,2})\s*\k<sep>\s*(?<day>\d{1,2})(?!\d)`;
/** 7月31日: month and day, no year. */
const MONTH_DAY = String.raw`(?<!\d)(?<month>\d{1,2})\s*月\s*(?<day>\d{1,2})\s*[日号]`;
/** 二〇一九年七月十日, as official documents close. */
const NUMERAL_DATE = String.raw`(?<year>[〇零○Oo一二三四五六七八九]{4})\s*年\s*(?<month>[一二三四五六七八九十]{1,2})\s*月\s*(?<day>[一二三四五六七八九十]{1,3})\s*[日号]`;
const DATE_SHAPES = [HAN_DATE, NUMERIC_DATE, NUMERAL_DATE, MONTH_DAY].map(
	(shape) => new RegExp(String.raw`(?<label>${LABEL}\s*[:：]?\s*)(?:${shape})`, 'gdu'),
);

/** A time, also one glued to the date after it (15:312018/09/16, from a flattened page). */
const TIME = /(?<!\d)\d{1,2}[:：]\d{2}(?:[:：]\d{2})?(?=\D|$|(?:19|20)\d{2}[-/.－／．年])/gu;
/** What else a date line may hold; each is blanked before the rest is judged. */
const LINE_FURNITURE = [
	/(?:星期|周|礼拜)[一二三四五六日天]/gu,
	/上午|下午|中午|晚上|凌晨|早上|AM|PM|am|pm/gu,
];
/** Labelled fields of a page's date line: 来源：人民网, 作者：张三, 浏览次数：120. They make a line impure. */
const LABELLED_FIELD = /(?:来源|稿源|出处|作者|编辑|责任编辑|责编|记者|通讯员|摄影|字号|字体|浏览次数|浏览|阅读数?|点击数?|评论)\s*[:：]\s*[^\s|｜丨]*/gu;
/** What separates a date line's fields. */
const SEPARATORS = /^[\s|｜丨/／·•\-－—_,，;；:：]*$/u;
const BARE_PUBLISHER = new RegExp(String.raw`^[^\s\d:：]{1,12}?${PUBLISHER_ENDING}$`, 'u');
const FIELD = /[^\s|｜丨/／·•—_,，;；]+/gu;
/** A date line is short; a longer line is prose (and not worth the regular expressions). */
const MAX_LENGTH = 100;
/** Brackets a whole date line may stand in: 【2019.07.10】, （2018-07-31）, [2018/09/16]. */
const BRACKETED = /^\s*[【[（(〔]([^【】[\]（）()〔〕]*)[】\]）)〕]\s*$/u;

const NUMERAL: Record<string, number> = { 〇: 0, 零: 0, '○': 0, O: 0, o: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 十 → 10, 二十一 → 21, 三十 → 30, 七 → 7. */
function numeralValue(text: string): number {
	if (!text.includes('十')) return NUMERAL[text] ?? Number.NaN;
	const [tens, units] = text.split('十');
	return (tens ? (NUMERAL[tens] ?? Number.NaN) : 1) * 10 + (units ? (NUMERAL[units] ?? Number.NaN) : 0);
}

function readingOf(groups: Record<string, string | undefined>, text: string): DateReading {
	const role = groups.upd ? 'updated' : 'published';
	if (groups.year && /\D/u.test(groups.year)) {
		const year = Number([...groups.year].map((ch) => NUMERAL[ch]).join(''));
		return { year, month: numeralValue(groups.month!), day: numeralValue(groups.day!), text, role };
	}
	const roc = groups.rocYear ?? groups.roc3;
	const year = roc ? Number(roc) + 1911 : groups.year ? Number(groups.year) : undefined;
	return { year, month: Number(groups.month), day: groups.day === undefined ? undefined : Number(groups.day), text, role };
}

/**
 * Reads `line` as a date line: the dates it holds, or `undefined` when the
 * line holds anything a date line does not (a sentence, a headline).
 */
export function readDateLine(line: string): DateLine | undefined {
	if (line.length > MAX_LENGTH) return undefined;
	const bracketed = BRACKETED.exec(line);
	const inner = bracketed ? bracketed[1]! : line;
	const offset = bracketed ? line.indexOf(inner) : 0;
	let masked = foldForMatching(inner);
	const blank = (from: number, to: number) => (masked = masked.slice(0, from) + ' '.repeat(to - from) + masked.slice(to));
	// Times first: a time glued to the date after it (15:312018/09/16) would hide the date's first digit.
	for (const match of masked.matchAll(TIME)) blank(match.index, match.index + match[0].length);
	const found: { at: number; reading: DateReading }[] = [];
	for (const shape of DATE_SHAPES) {
		for (const match of masked.matchAll(shape)) {
			const [start, to] = match.indices![0]!;
			// Blanked furniture (a time before the date) is not part of the date as printed.
			const from = start + (/^\s*/u.exec(match[0])![0].length);
			found.push({ at: from, reading: readingOf(match.groups!, line.slice(offset + from, offset + to).trim()) });
			blank(from, to);
		}
	}
	if (found.length === 0) return undefined;
	for (const furniture of LINE_FURNITURE) for (const match of masked.matchAll(furniture)) blank(match.index, match.index + match[0].length);
	let pure = true;
	for (const match of masked.matchAll(LABELLED_FIELD)) {
		blank(match.index, match.index + match[0].length);
		pure = false;
	}
	// An outlet's name may follow the date (2021-06-18 09:42 南通网); before it, a name ending in 报 is as likely a headline (…周报 2021/7/9).
	const firstDate = Math.min(...found.map(({ at }) => at));
	for (const field of masked.matchAll(FIELD)) {
		if (SEPARATORS.test(field[0])) continue;
		if (field.index < firstDate || !BARE_PUBLISHER.test(field[0])) return undefined;
		pure = false;
	}
	return { dates: found.sort((a, b) => a.at - b.at).map(({ reading }) => reading), pure };
}

/** A date line in brackets closing the last paragraph: …正文。（2018-07-31） */
const CLOSING = /[（(【[〔]([^【】[\]（）()〔〕]{6,40})[】\]）)〕]\s*$/u;

/** The dates of a bracketed date line at the end of `line`, with the bracket as printed. */
export function readClosingDate(line: string): { dates: DateReading[]; text: string } | undefined {
	const match = CLOSING.exec(line);
	if (!match || match.index === 0) return undefined;
	const read = readDateLine(match[1]!);
	return read ? { dates: read.dates, text: match[0].trim() } : undefined;
}

/** A bracketed date opening a line: 【2019.07.10】长三角…; the rest of the line is something else (a headline). */
const OPENING = /^\s*([【[〔]([^【】[\]〔〕]{6,40})[】\]〕])/u;

/** The dates of a bracketed date line opening `line`, with the bracket as printed. */
export function readOpeningDate(line: string): { dates: DateReading[]; text: string } | undefined {
	const match = OPENING.exec(line);
	if (!match) return undefined;
	const read = readDateLine(match[2]!);
	return read?.pure ? { dates: read.dates, text: match[1]! } : undefined;
}
