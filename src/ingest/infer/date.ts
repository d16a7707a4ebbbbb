import type { ArticleDate } from '../../schemas/article.ts';
import type { Inference } from '../types.ts';

/**
 * The publication date at its real precision. A dateline without a year
 * gets one from the text (2018年首届…, 2017年一季度) with a stated confidence;
 * with no year in sight the date is left for the editor and flagged.
 */
const THIS_YEAR = 2026;
/** A year: 2017年, or 2023 right before a name (2023长三角…), but not 2000家 or 2500万. */
const YEAR = /(?<![\d.])((?:19|20)\d{2})(?=年|(?![\d万亿千百元家个名项件台座人次%％.])\p{Script=Han})/gu;
const FUTURE_CUE = /(到|至|迄|截至|力争|预计|计划|目标)$/u;
const CURRENT_CUE = /^年?(首届|第.届|一季度|二季度|三季度|四季度|上半年|下半年|前三季度|1-\d+月|年初|年底|以来|度|工作)/u;
const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日/gu;

export interface DatelineParts {
	year?: number;
	month?: number;
	day?: number;
	text: string;
}

export interface DateInference {
	date: ArticleDate;
	inferences: Inference[];
	/** Set when an editor must supply what the text cannot tell. */
	missing?: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Years the text speaks of as current (not targets like 到2025年), with how strongly. */
export function yearsInText(text: string): { year: number; strength: number }[] {
	const found = new Map<number, number>();
	for (const match of text.matchAll(YEAR)) {
		const year = Number(match[1]);
		if (year > THIS_YEAR) continue;
		const before = text.slice(Math.max(0, match.index - 2), match.index);
		if (FUTURE_CUE.test(before)) continue;
		const after = text.slice(match.index + 4, match.index + 10);
		found.set(year, (found.get(year) ?? 0) + (CURRENT_CUE.test(after) ? 2 : 1));
	}
	return [...found].map(([year, strength]) => ({ year, strength })).sort((a, b) => b.year - a.year);
}

export function inferDate(dateline: DatelineParts | undefined, text: string, editorial?: string): DateInference {
	if (editorial) {
		const precision = editorial.length === 10 ? 'day' : editorial.length === 7 ? 'month' : 'year';
		return { date: { value: editorial, precision, source: 'editorial override', confidence: 'editorial' }, inferences: [] };
	}
	const latest = yearsInText(text)[0];
	if (dateline?.month !== undefined && dateline.day !== undefined) {
		const monthDay = `${dateline.month}月${dateline.day}日`;
		if (dateline.year !== undefined) {
			return { date: { value: `${dateline.year}-${pad(dateline.month)}-${pad(dateline.day)}`, precision: 'day', source: `dateline “${dateline.text}”`, confidence: 'high' }, inferences: [] };
		}
		if (latest) {
			const confidence = latest.strength >= 2 ? 'medium' : 'low';
			return {
				date: { value: `${latest.year}-${pad(dateline.month)}-${pad(dateline.day)}`, precision: 'day', source: `dateline “${dateline.text}”; year ${latest.year} from the text`, confidence },
				inferences: [{ field: 'date.year', value: String(latest.year), from: `the latest year the text speaks of (${latest.year}年, weight ${latest.strength})`, confidence }],
			};
		}
		return {
			date: { value: '', precision: 'unknown', source: `dateline “${dateline.text}” gives ${monthDay} but no year, and the text names none`, confidence: 'none' },
			inferences: [],
			missing: `日期：电头仅有${monthDay}，年份无法从正文推断，请编辑补充`,
		};
	}
	// No dateline: the events the text reports date it, at best to the month.
	const monthDays = [...text.matchAll(MONTH_DAY)].map((m) => Number(m[1]));
	if (latest && monthDays.length > 0) {
		const month = mostFrequent(monthDays);
		return {
			date: { value: `${latest.year}-${pad(month)}`, precision: 'month', source: `no dateline; events of ${month}月 in the text, year ${latest.year} from the text`, confidence: 'low' },
			inferences: [{ field: 'date', value: `${latest.year}-${pad(month)}`, from: 'dates of the events the text reports', confidence: 'low' }],
			missing: '日期：无电头，年月由正文所述事件推断，请编辑核对',
		};
	}
	if (latest) {
		return {
			date: { value: String(latest.year), precision: 'year', source: `no dateline; year ${latest.year} from the text`, confidence: 'low' },
			inferences: [{ field: 'date', value: String(latest.year), from: 'the latest year the text speaks of', confidence: 'low' }],
			missing: '日期：无电头，仅能从正文推断年份，请编辑补充',
		};
	}
	return { date: { value: '', precision: 'unknown', source: 'no dateline and no year in the text', confidence: 'none' }, inferences: [], missing: '日期：原文无日期，请编辑补充' };
}

function mostFrequent(values: number[]): number {
	const counts = new Map<number, number>();
	for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
	return [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]![0];
}
