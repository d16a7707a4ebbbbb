import { describe, expect, it } from 'vitest';
import { clean } from '../../src/ingest/pipeline.ts';
import { makeSlug } from '../../src/lib/slug.ts';
import { articleDateSchema } from '../../src/schemas/article.ts';

/**
 * Dates through the whole cleaner, one fixture per class, in both scripts:
 * only a date line dates an article, every date is checked, and whatever is
 * not certain leaves the article undated, flagged, with an undated slug.
 */
const run = (...lines: string[]) => {
	const cleaned = clean(new TextEncoder().encode(lines.join('\n')), 'fixture.txt');
	expect(articleDateSchema.safeParse(cleaned.metadata.date).success).toBe(true);
	const dateFlags = cleaned.metadata.flags.filter((flag) => flag.kind === 'metadata' && flag.note.startsWith('日期'));
	return { ...cleaned, dateFlags, slug: makeSlug(cleaned.metadata.date, cleaned.metadata.title) };
};
const HANS_BODY = '常州市今年新建城市绿道一百公里，串联起二十多个公园。市民骑行、散步更加方便。';
const HANT_BODY = '桃園市今年新建自行車道八十公里，串聯起十多個公園。市民騎行、散步更加方便。';

describe('dates through the cleaner: date lines give the date', () => {
	const DATED: [what: string, lines: string[], value: string][] = [
		['a page header with time and source (简)', ['常州绿道再添新线', '发布时间：2021-06-18 09:42　来源：常州日报', HANS_BODY], '2021-06-18'],
		['a 建立時間 label (繁)', ['桃園自行車道再延伸', '建立時間：2021/06/18', HANT_BODY], '2021-06-18'],
		['fullwidth digits in the date line', ['常州绿道再添新线', '２０２１年６月１８日', HANS_BODY], '2021-06-18'],
		['fullwidth digits and separators', ['桃園自行車道再延伸', '２０２１／０６／１８　１４：０５', HANT_BODY], '2021-06-18'],
		['a transcript: date line, headline, outlet', ['2021年6月18日', '常州绿道再添新线', '央视网消息（新闻联播）：常州市今年新建城市绿道一百公里。', '市民骑行更加方便。'], '2021-06-18'],
		['a dated lead with the year (简)', ['2021年6月18日常州讯 常州市今年新建城市绿道一百公里，串联起二十多个公园。'], '2021-06-18'],
		['a dated lead with the year (繁)', ['中央社桃園2021年6月18日電 桃園市今年新建自行車道八十公里，串聯起十多個公園。'], '2021-06-18'],
		['a closing date', [HANS_BODY, '绿道沿线还将增设驿站十座。（2021-06-18）'], '2021-06-18'],
		['a bracketed date opening the headline', ['【2021.06.18】桃園自行車道再延伸', HANT_BODY], '2021-06-18'],
		['a month-precision date line', ['2021年6月', '常州绿道再添新线', HANS_BODY], '2021-06'],
	];
	for (const [what, lines, value] of DATED) {
		it(what, () => {
			const { metadata, dateFlags, slug } = run(...lines);
			expect(metadata.date).toMatchObject({ value, confidence: 'high' });
			expect(dateFlags).toEqual([]);
			expect(slug.startsWith(`${value}-`)).toBe(true);
		});
	}

	it('the evidence is in the frontmatter: the text as printed and where it stood', () => {
		expect(run('常州绿道再添新线', '２０２１年６月１８日', HANS_BODY).metadata.date.source).toBe('line 2 “2021年6月18日”');
	});
});

describe('dates through the cleaner: what never dates an article', () => {
	const UNDATED: [what: string, lines: string[]][] = [
		['a year of the story’s past (繁)', ['桃園自行車道再延伸', '自2012年啟用以來，這條車道的使用人次逐年增加，今年已突破百萬。']],
		['a current year in the lead (简)', ['常州绿道再添新线', '2021年以来，常州市新建城市绿道一百公里，串联起二十多个公园。']],
		['an amount with 2000 (简)', ['常州绿道再添新线', '项目总投资2000万元，新建城市绿道一百公里。']],
		['an amount with 2000 (繁)', ['桃園自行車道再延伸', '市府編列2000萬元預算，新建自行車道八十公里。']],
		['an event date in the prose', ['常州绿道再添新线', '2021年6月18日上午，常州市新建的城市绿道正式开放，串联起二十多个公园。']],
		['a month-day dateline with a year elsewhere in the body (简)', ['新华社常州6月18日电 2021年以来，常州市新建城市绿道一百公里。', '市民骑行更加方便。']],
		['a month-day dateline (繁)', ['中央社桃園6月18日電 桃園市今年新建自行車道八十公里。', '市民騎行更加方便。']],
	];
	for (const [what, lines] of UNDATED) {
		it(`${what}: undated, flagged, slug without a date`, () => {
			const { metadata, dateFlags, slug, inferences } = run(...lines);
			expect(metadata.date).toMatchObject({ value: '', precision: 'unknown', confidence: 'none' });
			expect(dateFlags).toHaveLength(1);
			expect(slug).toMatch(/^undated-[a-z]/u);
			expect(inferences.filter((i) => i.field.startsWith('date (suggestion')).map((i) => i.value)).not.toContain('2000');
		});
	}
});

describe('dates through the cleaner: impossible, future and conflicting dates', () => {
	const inDays = (days: number) => new Date(Date.now() + days * 86_400_000);
	const future = inDays(40);
	const BAD: [what: string, lines: string[], flagged: string][] = [
		['an impossible date line', ['8888年14月40日', '常州绿道再添新线', HANS_BODY], '8888年14月40日'],
		['an impossible dateline lead', ['新华社常州14月40日电 常州市今年新建城市绿道一百公里。', '市民骑行更加方便。'], '新华社常州14月40日电'],
		['a day the month lacks (繁)', ['2021/02/30', '桃園自行車道再延伸', HANT_BODY], '2021/02/30'],
		['a date after the ingest day', [`${future.getUTCFullYear()}年${future.getUTCMonth() + 1}月${future.getUTCDate()}日`, '常州绿道再添新线', HANS_BODY], `${future.getUTCFullYear()}年`],
		['a header and a closing date that disagree', ['2021-06-18', '常州绿道再添新线', HANS_BODY, '绿道沿线还将增设驿站十座。（2021-07-02）'], '2021-06-18；2021-07-02'],
	];
	for (const [what, lines, flagged] of BAD) {
		it(`${what}: undated, a visible flag quoting it, slug without a date`, () => {
			const { metadata, dateFlags, slug } = run(...lines);
			expect(metadata.date).toMatchObject({ value: '', precision: 'unknown', confidence: 'none' });
			expect(dateFlags).toHaveLength(1);
			expect(dateFlags[0]!.text).toContain(flagged);
			expect(slug).toMatch(/^undated-/u);
		});
	}
});
