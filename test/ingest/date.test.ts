import { describe, expect, it } from 'vitest';
import { inferDate, yearsInText } from '../../src/ingest/infer/date.ts';
import { articleDateSchema } from '../../src/schemas/article.ts';

describe('yearsInText', () => {
	it('finds years written with 年 and years before a name', () => {
		expect(yearsInText('2019年，首届进博会……2021长三角文博会开幕。').map((y) => y.year)).toEqual([2021, 2019]);
	});

	it('ignores numbers that are no year: 2000家, 2500万, 1998.5, 2020个', () => {
		expect(yearsInText('全市共有2000家企业，投资2500万元，增长1998.5倍，新增2020个岗位。')).toEqual([]);
	});

	it('ignores targets: 到2035年, 力争2030年', () => {
		expect(yearsInText('到2035年基本实现一体化，力争2030年建成。')).toEqual([]);
	});

	it('ignores years after this one', () => {
		expect(yearsInText('规划展望2049年。')).toEqual([]);
	});

	it('weighs years the text speaks of as current more: 2022年一季度, 2022年以来', () => {
		const years = yearsInText('2022年一季度，全市GDP增长。2021年全年……');
		expect(years.find((y) => y.year === 2022)!.strength).toBeGreaterThan(years.find((y) => y.year === 2021)!.strength);
	});
});

describe('inferDate', () => {
	const valid = (date: unknown) => expect(articleDateSchema.safeParse(date).success).toBe(true);

	it('an editorial date wins, with its precision following its form', () => {
		for (const [value, precision] of [['2021-03-04', 'day'], ['2021-03', 'month'], ['2021', 'year']] as const) {
			const { date, missing } = inferDate({ month: 5, day: 6, text: '5月6日' }, '2019年……', value);
			expect(date).toMatchObject({ value, precision, confidence: 'editorial' });
			expect(missing).toBeUndefined();
			valid(date);
		}
	});

	it('a dateline with a year is a day-precision date, high confidence', () => {
		const { date } = inferDate({ year: 2023, month: 1, day: 5, text: '新华社北京2023年1月5日电' }, '正文。');
		expect(date).toMatchObject({ value: '2023-01-05', precision: 'day', confidence: 'high' });
		valid(date);
	});

	it('a dateline without a year takes the year the text speaks of, saying how sure', () => {
		const strong = inferDate({ month: 9, day: 3, text: '9月3日' }, '2022年以来，湖州累计引进项目三百个。');
		expect(strong.date).toMatchObject({ value: '2022-09-03', precision: 'day', confidence: 'medium' });
		expect(strong.inferences).toContainEqual(expect.objectContaining({ field: 'date.year', value: '2022' }));
		const weak = inferDate({ month: 9, day: 3, text: '9月3日' }, '湖州与2022杭州亚运会的合作。');
		expect(weak.date).toMatchObject({ value: '2022-09-03', confidence: 'low' });
		valid(strong.date);
	});

	it('a dateline without a year, in a text without one, asks the editor', () => {
		const { date, missing } = inferDate({ month: 9, day: 3, text: '9月3日' }, '湖州今年累计引进项目三百个，到2035年建成。');
		expect(date).toMatchObject({ value: '', precision: 'unknown', confidence: 'none' });
		expect(missing).toMatch(/9月3日/);
		valid(date);
	});

	it('no dateline: month from the events the text reports, never a made-up day', () => {
		const { date, missing } = inferDate(undefined, '2021年6月5日，论坛开幕；6月6日，签约仪式举行；7月1日正式运营。');
		expect(date).toMatchObject({ value: '2021-06', precision: 'month', confidence: 'low' });
		expect(missing).toBeDefined();
		valid(date);
	});

	it('no dateline and only a year in the text: year precision', () => {
		const { date } = inferDate(undefined, '2020年，嘉兴新建学校二十所。');
		expect(date).toMatchObject({ value: '2020', precision: 'year', confidence: 'low' });
	});

	it('nothing to go on: unknown, flagged for the editor', () => {
		const { date, missing } = inferDate(undefined, '嘉兴新建学校二十所。');
		expect(date).toMatchObject({ value: '', precision: 'unknown', confidence: 'none' });
		expect(missing).toMatch(/请编辑补充/);
		valid(date);
	});
});
