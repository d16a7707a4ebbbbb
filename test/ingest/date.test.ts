import { describe, expect, it } from 'vitest';
import { dateProblem, inferDate, yearsInText } from '../../src/ingest/infer/date.ts';
import type { DateEvidence } from '../../src/ingest/types.ts';
import { articleDateSchema } from '../../src/schemas/article.ts';

/** The ingest day of these tests. */
const TODAY = new Date('2025-06-01T12:00:00Z');
const BODY = '园区今年新引进企业四十家。';

const line = (text: string, year: number | undefined, month: number, day?: number, where = 'line 1'): DateEvidence => ({ year, month, day, text, where, role: 'published' });
const lead = (text: string, year: number | undefined, month: number, day: number): DateEvidence => ({ ...line(text, year, month, day, 'dateline lead'), filed: true });
const infer = (evidence: DateEvidence[], text = BODY) => {
	const result = inferDate(evidence, text, undefined, TODAY);
	expect(articleDateSchema.safeParse(result.date).success).toBe(true);
	return result;
};
const UNDATED = { value: '', precision: 'unknown', confidence: 'none' };

describe('yearsInText (only ever a suggestion)', () => {
	it('finds years written with 年 and years before a name', () => {
		expect(yearsInText('2019年，首届进博会……2021长三角文博会开幕。', 2025).map((y) => y.year)).toEqual([2021, 2019]);
	});

	it('never reads an amount as a year: 2000家, 2500万, 2000萬元, 1998.5, 2020个, 3张2000', () => {
		expect(yearsInText('全市共有2000家企业，投资2500万元，簽下4份2000萬元合約，增长1998.5倍，新增2020个岗位，发出3张2000元的券。', 2025)).toEqual([]);
	});

	it('ignores targets, years after this one and years before 1949', () => {
		expect(yearsInText('到2035年基本实现一体化，力争2030年建成，展望2049年，追溯到1937年。', 2025)).toEqual([]);
	});
});

describe('inferDate: where a date may come from', () => {
	it('an editorial date wins, with its precision following its form', () => {
		for (const [value, precision] of [['2021-03-04', 'day'], ['2021-03', 'month'], ['2021', 'year']] as const) {
			const { date, flags } = inferDate([line('2019年5月6日', 2019, 5, 6)], BODY, value, TODAY);
			expect(date).toMatchObject({ value, precision, confidence: 'editorial' });
			expect(flags).toEqual([]);
		}
	});

	it('a date line gives the day at high confidence, its evidence quoted with where it stood', () => {
		const { date, flags } = infer([line('发布时间：2023-01-05', 2023, 1, 5, 'line 2')]);
		expect(date).toEqual({ value: '2023-01-05', precision: 'day', source: 'line 2 “发布时间：2023-01-05”', confidence: 'high' });
		expect(flags).toEqual([]);
	});

	it('a month-precision date line gives the month only', () => {
		expect(infer([line('2019年12月', 2019, 12)]).date).toMatchObject({ value: '2019-12', precision: 'month', confidence: 'high' });
	});

	it('a dateline with its year dates the article when it is the only evidence', () => {
		expect(infer([lead('新华社北京2023年1月5日电', 2023, 1, 5)]).date).toMatchObject({ value: '2023-01-05', precision: 'day', confidence: 'high' });
	});
});

describe('inferDate: a year in the body is never the date', () => {
	for (const [what, text] of [
		['a year of the story’s past', '自2011年扩建以来，码头吞吐量翻了两番。'],
		['a year spoken of as current', '2022年一季度，全市GDP增长百分之五。'],
		['a full date of an event', '2021年6月5日，论坛开幕；6月6日，签约仪式举行。'],
		['an amount with 2000', '公司签下4份2000万元的订单。'],
	] as const) {
		it(`${what}: undated, flagged, the year at most a suggestion in the report`, () => {
			const { date, flags, inferences } = infer([], text);
			expect(date).toMatchObject(UNDATED);
			expect(flags).toEqual([{ text: '', note: '日期：原文未写明发布日期，请编辑补充' }]);
			const suggestion = inferences.find((i) => i.field.startsWith('date (suggestion'));
			if (what === 'an amount with 2000') expect(suggestion).toBeUndefined();
			else expect(suggestion).toMatchObject({ value: text.slice(text.search(/\d{4}/u), text.search(/\d{4}/u) + 4), confidence: 'low' });
		});
	}

	it('a month-day dateline takes no year from the body', () => {
		const { date, flags } = infer([lead('新华社杭州6月12日电', undefined, 6, 12)], '2022年以来，杭州累计引进项目三百个。');
		expect(date).toMatchObject(UNDATED);
		expect(date.source).toMatch(/6月12日 but no year/u);
		expect(flags).toEqual([{ text: '新华社杭州6月12日电', note: '日期：“新华社杭州6月12日电”（dateline lead）仅有月日，没有年份，请编辑补充' }]);
	});
});

describe('inferDate: a dateline without a year takes it from the page’s own date', () => {
	it('the page’s date stands; a dateline up to a week before it is the filing date and agrees', () => {
		const { date, flags } = infer([line('2021年6月18日', 2021, 6, 18), lead('新华社南京6月16日电', undefined, 6, 16)]);
		expect(date).toMatchObject({ value: '2021-06-18', precision: 'day', confidence: 'high' });
		expect(date.source).toBe('line 1 “2021年6月18日”; agrees: dateline lead “新华社南京6月16日电”');
		expect(flags).toEqual([]);
	});

	it('a closing date line a day before the page’s date is the day the text was signed, and agrees', () => {
		const signed: DateEvidence = { ...line('2021年6月17日', 2021, 6, 17, 'last line'), filed: true };
		expect(infer([line('2021年6月18日', 2021, 6, 18), signed]).date).toMatchObject({ value: '2021-06-18', precision: 'day', confidence: 'high' });
		expect(infer([signed]).date).toMatchObject({ value: '2021-06-17', precision: 'day', confidence: 'high' });
	});

	it('across a new year: a wire of 12月30日 on a page of 1月2日 is of the year before', () => {
		expect(infer([line('2021-01-02', 2021, 1, 2), lead('中新网12月30日电', undefined, 12, 30)]).flags).toEqual([]);
	});

	it('a month-precision date line and a month-day dateline in that month give the day', () => {
		const { date } = infer([line('2019年12月', 2019, 12), lead('新华社上海12月11日电', undefined, 12, 11)]);
		expect(date).toMatchObject({ value: '2019-12-11', precision: 'day', confidence: 'high' });
		expect(date.source).toBe('dateline lead “新华社上海12月11日电”; year and month from line 1 “2019年12月”');
	});
});

describe('inferDate: every date is checked', () => {
	for (const [what, evidence, problem] of [
		['an impossible month and day', line('9999年13月45日', 9999, 13, 45), '不是真实的日期'],
		['a day the month does not have', line('2019-02-29', 2019, 2, 29), '不是真实的日期'],
		['a month-day without a year that no month has', lead('新华社北京13月45日电', undefined, 13, 45), '不是真实的日期'],
		['a year before 1949', line('1930年5月4日', 1930, 5, 4), '早于1949年'],
		['a date after the ingest day', line('2025-06-03', 2025, 6, 3), '晚于入库日期'],
		['a year after the ingest day', line('2026年1月', 2026, 1), '晚于入库日期'],
	] as const) {
		it(`${what} is refused with a visible flag; the article stays undated`, () => {
			const { date, flags, inferences } = infer([evidence]);
			expect(date).toMatchObject(UNDATED);
			expect(flags[0]).toEqual({ text: evidence.text, note: `日期：“${evidence.text}”（${evidence.where}）${problem}，未采用，请编辑核对` });
			expect(inferences).toContainEqual(expect.objectContaining({ field: 'date (refused)', value: evidence.text }));
		});
	}

	it('a real leap day and the day after the ingest day (time zones) stand', () => {
		expect(dateProblem({ year: 2024, month: 2, day: 29 }, TODAY)).toBeUndefined();
		expect(dateProblem({ month: 2, day: 29 }, TODAY)).toBeUndefined();
		expect(dateProblem({ year: 2025, month: 6, day: 2 }, TODAY)).toBeUndefined();
	});

	it('an impossible date beside a real one is refused and flagged; the real one dates the article', () => {
		const { date, flags } = infer([line('2021-06-18', 2021, 6, 18), line('2021-13-45', 2021, 13, 45, 'last line')]);
		expect(date).toMatchObject({ value: '2021-06-18', precision: 'day' });
		expect(flags).toHaveLength(1);
	});

	it('an update time is never the publication date', () => {
		const updated: DateEvidence = { ...line('更新时间：2021-06-20', 2021, 6, 20, 'line 3'), role: 'updated' };
		expect(infer([updated]).date).toMatchObject(UNDATED);
		expect(infer([updated]).flags).toEqual([{ text: '', note: '日期：原文未写明发布日期，请编辑补充' }]);
		expect(infer([line('2021-06-18', 2021, 6, 18), updated]).date).toMatchObject({ value: '2021-06-18', precision: 'day', confidence: 'high' });
	});
});

describe('inferDate: evidence that disagrees leaves the article undated, every date named', () => {
	for (const [what, evidence] of [
		['two different days', [line('2021-06-18', 2021, 6, 18), line('（2021-06-19）', 2021, 6, 19, 'closing （2021-06-19） of the last line')]],
		['a day outside the month line', [line('2021年5月', 2021, 5), line('2021-06-18', 2021, 6, 18, 'last line')]],
		['a dateline after the page’s date', [line('2021-06-18', 2021, 6, 18), lead('新华社南京6月20日电', undefined, 6, 20)]],
		['a dateline long before the page’s date', [line('2021-06-18', 2021, 6, 18), lead('新华社南京2021年3月2日电', 2021, 3, 2)]],
		['a month-day line that is not the page’s day', [line('2021-06-18', 2021, 6, 18, 'line 2'), line('6月17日', undefined, 6, 17, 'last line')]],
	] as const) {
		it(what, () => {
			const { date, flags } = infer([...evidence]);
			expect(date).toMatchObject(UNDATED);
			expect(date.source).toMatch(/^date lines disagree: /u);
			expect(flags).toHaveLength(1);
			for (const item of evidence) expect(flags[0]!.note).toContain(`“${item.text}”（${item.where}）`);
		});
	}

	it('agreeing dates at different precisions are no conflict: the most precise is taken', () => {
		const { date, flags } = infer([line('2021年6月', 2021, 6), line('2021-06-18', 2021, 6, 18, 'last line')]);
		expect(date).toMatchObject({ value: '2021-06-18', precision: 'day' });
		expect(date.source).toBe('last line “2021-06-18”; agrees: line 1 “2021年6月”');
		expect(flags).toEqual([]);
	});
});

describe('a date that only confirms (the foot of a web page’s text)', () => {
	const foot = (text: string, year: number, month: number, day: number): DateEvidence => ({ ...line(text, year, month, day, 'last line'), filed: true, confirmsOnly: true });
	it('never dates the article alone: undated, flagged', () => {
		const { date, flags } = infer([foot('2019-09-08', 2019, 9, 8)]);
		expect(date).toMatchObject(UNDATED);
		expect(flags.map((f) => f.note).join('')).toMatch(/网页正文末尾/u);
	});

	it('confirms the page’s own date line when they agree', () => {
		expect(infer([line('2019-09-08 10:20', 2019, 9, 8), foot('2019-09-08', 2019, 9, 8)]).date).toMatchObject({ value: '2019-09-08', confidence: 'high' });
	});

	it('never contradicts the page’s own date: a disagreeing one is set aside and reported', () => {
		const { date, inferences, flags } = infer([line('2019-09-07 15:10', 2019, 9, 7), foot('2019-09-08', 2019, 9, 8), foot('2018-03-02', 2018, 3, 2)]);
		expect(date).toMatchObject({ value: '2019-09-07', confidence: 'high' });
		expect(inferences.filter((i) => i.field.startsWith('date (set aside')).map((i) => i.value)).toEqual(['2019-09-08', '2018-03-02']);
		expect(flags).toEqual([]);
	});

	it('two page dates that disagree still leave the article undated, whatever stands at the foot', () => {
		expect(infer([line('2019-09-07', 2019, 9, 7), line('2019-10-01', 2019, 10, 1, 'page metadata'), foot('2019-09-07', 2019, 9, 7)]).date).toMatchObject(UNDATED);
	});
});
