import type { ArticleDate } from '../../schemas/article.ts';
import type { DateEvidence, Inference } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { isCalendarDate, isoDate, parseIsoDate, precisionOf, type CalendarParts } from '../../lib/calendar.ts';

/**
 * The publication date, from evidence only: the date lines the dateline
 * stage read where they date the article, the page's metadata, or the
 * editor. A wrong date is worse than none, since it goes into citations
 * and permalinks, so:
 * - A year mentioned in the body is never the date. The latest one is
 *   offered in the report as a suggestion, and the article stays undated.
 * - Every date is checked: a real calendar day, a year from 1949 on, and
 *   not after the ingest day (one day of slack for time zones). An
 *   impossible date is refused with a visible flag.
 * - A dateline without a year (新华社北京6月12日电) takes its year only from
 *   another date line of the same article; alone it dates nothing.
 * - Date lines that disagree leave the article undated with a flag naming
 *   each of them: the editor decides (an override). Agreeing lines at
 *   different precisions (2019年12月 and 12月11日电) give the most precise.
 *   A dateline lead or a closing date line up to a week before the page's
 *   own date is the day the story was filed or the text signed, not a
 *   disagreement: the page's date stands. A date at the foot of a web
 *   page's text (`confirmsOnly`) may be its furniture's: it confirms the
 *   page's date or is set aside (reported), and alone it dates nothing.
 */

/** The earliest publication year accepted; an earlier one is taken for a misreading. */
export const EARLIEST_YEAR = 1949;
/** A filed date (a dateline lead, a closing date line) may precede the page's own date by this many days. */
const FILING_DAYS = 7;
const DAY_MS = 86_400_000;

/** A year: 2017年, or 2023 right before a name (2023长三角…), but not 2000家 or 2500万. */
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?=年|(?![\d万亿千百元家个名项件台座人次张%％.])\p{Script=Han})/gu;
const FUTURE_CUE = /(到|至|迄|截至|力争|预计|计划|目标)$/u;
const CURRENT_CUE = /^年?(首届|第.届|一季度|二季度|三季度|四季度|上半年|下半年|前三季度|1-\d+月|年初|年底|以来|度|工作)/u;

export interface DateFlag {
	/** The date as printed (empty when the source has none). */
	text: string;
	note: string;
}

export interface DateInference {
	date: ArticleDate;
	/** What the report says about the date besides the date itself: evidence refused or set aside, suggestions. */
	inferences: Inference[];
	/** What an editor must decide, shown to readers: the date text concerned and a note in Chinese. */
	flags: DateFlag[];
}

/** Years the text speaks of as current (not targets like 到2025年), with how strongly: only ever a suggestion. */
export function yearsInText(original: string, thisYear: number): { year: number; strength: number }[] {
	const text = foldForMatching(original);
	const found = new Map<number, number>();
	for (const match of text.matchAll(YEAR)) {
		const year = Number(match[1]);
		if (year > thisYear || year < EARLIEST_YEAR) continue;
		const before = text.slice(Math.max(0, match.index - 2), match.index);
		if (FUTURE_CUE.test(before)) continue;
		const after = text.slice(match.index + 4, match.index + 10);
		found.set(year, (found.get(year) ?? 0) + (CURRENT_CUE.test(after) ? 2 : 1));
	}
	return [...found].map(([year, strength]) => ({ year, strength })).sort((a, b) => b.year - a.year);
}

/** Why a date cannot be the publication date, or `undefined` when it can. */
export function dateProblem(parts: { year?: number; month?: number; day?: number }, today: Date): string | undefined {
	const { year, month, day } = parts;
	// A date without a year is checked in a leap year, so 2月29日 stands until a year is known.
	if (!isCalendarDate({ year: year ?? 2024, month, day })) return '不是真实的日期';
	if (year === undefined) return undefined;
	if (year < EARLIEST_YEAR) return `早于${EARLIEST_YEAR}年`;
	const start = Date.UTC(year, (month ?? 1) - 1, day ?? 1);
	if (start > today.getTime() + DAY_MS) return '晚于入库日期';
	return undefined;
}

const described = (evidence: DateEvidence) => `${evidence.where} “${evidence.text}”`;
const printed = (evidence: DateEvidence) => `“${evidence.text}”（${evidence.where}）`;
/** Whether `outer` contains `inner` (2019-12 contains 2019-12-11; a date contains itself). */
const contains = (outer: string, inner: string) => inner === outer || inner.startsWith(`${outer}-`);
const dayNumber = ({ year, month, day }: CalendarParts) => Date.UTC(year, (month ?? 1) - 1, day ?? 1) / DAY_MS;

export function inferDate(evidence: readonly DateEvidence[], text: string, editorial: string | undefined, today: Date): DateInference {
	if (editorial) {
		const parts = parseIsoDate(editorial);
		if (!parts) throw new Error(`editorial date “${editorial}” is not a real calendar date`);
		return { date: { value: editorial, precision: precisionOf(parts), source: 'editorial override', confidence: 'editorial' }, inferences: [], flags: [] };
	}
	const inferences: Inference[] = [];
	const flags: DateFlag[] = [];
	const usable: DateEvidence[] = [];
	for (const item of evidence) {
		const problem = dateProblem(item, today);
		if (problem) {
			flags.push({ text: item.text, note: `日期：${printed(item)}${problem}，未采用，请编辑核对` });
			inferences.push({ field: 'date (refused)', value: item.text, from: `${item.where}: ${problem}`, confidence: 'none' });
		} else if (item.role === 'updated') {
			inferences.push({ field: 'date (an update, not the publication)', value: item.text, from: item.where, confidence: 'none' });
		} else usable.push(item);
	}
	const undated = (source: string, flag?: DateFlag): DateInference => {
		const suggestion = yearsInText(text, today.getUTCFullYear())[0];
		if (suggestion) {
			inferences.push({ field: 'date (suggestion, not used)', value: String(suggestion.year), from: 'the latest year the body speaks of; a year in the body never dates the article', confidence: 'low' });
		}
		return { date: { value: '', precision: 'unknown', source, confidence: 'none' }, inferences, flags: flag ? [...flags, flag] : flags };
	};

	const full = usable.filter((item) => item.year !== undefined);
	if (full.length > 0 && full.every((item) => item.confirmsOnly)) {
		const first = full[0]!;
		return undated(`${described(first)} stands at the foot of a web page's text, where the page's furniture begins, and no other date line confirms it`, { text: first.text, note: `日期：${printed(first)}位于网页正文末尾，可能属于页面其他部分，未采用，请编辑核对` });
	}
	if (full.length === 0) {
		const first = usable[0];
		if (first) return undated(`${described(first)} gives ${first.month}月${first.day}日 but no year, and no other date line does`, { text: first.text, note: `日期：${printed(first)}仅有月日，没有年份，请编辑补充` });
		// Refused dates are flagged already.
		if (flags.length > 0) return undated(`no usable date line (refused: ${evidence.filter((item) => dateProblem(item, today)).map(described).join('; ')})`);
		return undated(evidence.length > 0 ? 'no date line states the publication' : 'no date line', { text: '', note: '日期：原文未写明发布日期，请编辑补充' });
	}

	// The page's own dates (header date lines, metadata) anchor the date; a filed date or a date without a year is checked against them.
	const pageDates = full.filter((item) => !item.filed);
	const anchors = pageDates.length > 0 ? pageDates : full;
	const values = anchors.map((item) => ({ item, value: isoDate(item as CalendarParts) }));
	const best = values.reduce((a, b) => (b.value.length > a.value.length ? b : a));
	const disagreeing = values.filter(({ value }) => !contains(value, best.value));
	if (disagreeing.length > 0) return conflict([best.item, ...disagreeing.map(({ item }) => item)], undated);

	let date: CalendarParts = parseIsoDate(best.value)!;
	let source = described(best.item);
	const agreeing = values.filter(({ item }) => item !== best.item).map(({ item }) => described(item));
	for (const item of usable.filter((candidate) => !anchors.includes(candidate))) {
		const placed = place(item, date);
		// A date at the foot of a page's text may be the furniture's (a related story's): it confirms, never contradicts.
		if (!placed && item.confirmsOnly) {
			inferences.push({ field: 'date (set aside: at the foot of a web page, disagreeing)', value: item.text, from: item.where, confidence: 'none' });
			continue;
		}
		if (!placed) return conflict([best.item, item], undated);
		if (precisionOf(date) === 'day') agreeing.push(described(item));
		else {
			const from = item.year === undefined ? `; year${precisionOf(date) === 'month' ? ' and month' : ''} from ${source}` : `; within ${source}`;
			date = placed;
			source = `${described(item)}${from}`;
		}
	}
	if (agreeing.length > 0) source += `; agrees: ${agreeing.join(', ')}`;
	return { date: { value: isoDate(date), precision: precisionOf(date), source, confidence: 'high' }, inferences, flags };
}

/**
 * Where a dateline (or a date line without a year) falls next to the page's
 * certain date, or `undefined` when it disagrees: within the year or month
 * that date gives, or up to a week before the day it gives (the story was
 * filed, then published; a wire of 12月31日 on a page of 1月2日 is of the year before).
 */
function place(item: DateEvidence, date: CalendarParts): CalendarParts | undefined {
	const years = item.year !== undefined ? [item.year] : [date.year, date.year - 1];
	for (const year of years) {
		const candidate = { year, month: item.month, day: item.day };
		if (!isCalendarDate(candidate)) continue;
		if (precisionOf(date) !== 'day') {
			if (contains(isoDate(date), isoDate(candidate))) return candidate;
			continue;
		}
		const before = dayNumber(date) - dayNumber(candidate);
		if (before === 0 || (item.filed && before > 0 && before <= FILING_DAYS)) return candidate;
	}
	return undefined;
}

function conflict(items: DateEvidence[], undated: (source: string, flag: DateFlag) => DateInference): DateInference {
	return undated(`date lines disagree: ${items.map(described).join('; ')}`, { text: items.map((item) => item.text).join('；'), note: `日期：原文日期相互矛盾（${items.map(printed).join('；')}），未采用，请编辑核定` });
}
