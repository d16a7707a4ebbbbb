import { describe, expect, it } from 'vitest';
import { makeSlug, slugWords, uniqueSlug } from '../../src/lib/slug.ts';
import { articleSchema, type ArticleDate } from '../../src/schemas/article.ts';

const SLUG = articleSchema.shape.slug;
const PRECISION = { 4: 'year', 7: 'month', 10: 'day' } as const;
/** A date read from a date line (high confidence), at the precision its form gives. */
const read = (value: string, confidence: ArticleDate['confidence'] = 'high'): ArticleDate => ({
	value,
	precision: value ? PRECISION[value.length as 4 | 7 | 10] : 'unknown',
	source: 'test',
	confidence,
});

describe('slug', () => {
	it('the date, then the first words of the title in toneless pinyin', () => {
		const slug = makeSlug(read('2023-05-12'), '嘉兴南湖新建跨省公交枢纽');
		expect(slug).toMatch(/^2023-05-12-[a-z]+(-[a-z]+){1,3}$/);
		expect(slug.startsWith('2023-05-12-jiaxing')).toBe(true);
		expect(SLUG.safeParse(slug).success).toBe(true);
	});

	it('reads polyphonic characters in context: 长三角 chang, 市长 zhang, 银行 hang, 重庆 chong, 音乐 yue', () => {
		expect(slugWords('长三角银行业协会').slice(0, 3)).toEqual(['chang', 'sanjiao', 'yinhang']);
		expect(slugWords('市长调研长江大保护')[0]).toBe('shizhang');
		expect(slugWords('重庆与长三角')[0]).toBe('chongqing');
		expect(slugWords('音乐节在太湖边开幕')[0]).toMatch(/^yinyue/);
	});

	it('Traditional and Simplified titles give the same slug', () => {
		expect(makeSlug(read('2024-01'), '長三角一體化發展規劃綱要發布')).toBe(makeSlug(read('2024-01'), '长三角一体化发展规划纲要发布'));
	});

	it('keeps the date at its precision, and says undated when there is none', () => {
		expect(makeSlug(read('2019'), '苏州工业园区').startsWith('2019-')).toBe(true);
		expect(makeSlug(read('2019-12'), '苏州工业园区').startsWith('2019-12-')).toBe(true);
		expect(makeSlug(read(''), '苏州工业园区').startsWith('undated-')).toBe(true);
	});

	it('a date that is not certain never enters the slug', () => {
		for (const confidence of ['medium', 'low', 'none'] as const) expect(makeSlug(read('2019-12-11', confidence), '苏州工业园区')).toMatch(/^undated-suzhou/);
		expect(makeSlug(read('2019-12-11', 'editorial'), '苏州工业园区')).toMatch(/^2019-12-11-suzhou/);
	});

	it('an impossible date, or one whose form and precision disagree, never enters the slug', () => {
		expect(makeSlug(read('9999-13-45'), '苏州工业园区')).toMatch(/^undated-/);
		expect(makeSlug(read('2019-02-30'), '苏州工业园区')).toMatch(/^undated-/);
		expect(makeSlug({ ...read('2019-12-11'), precision: 'month' }, '苏州工业园区')).toMatch(/^undated-/);
	});

	it('drops bare numbers and punctuation, keeps Latin words in lower case', () => {
		const words = slugWords('2023年G60科创走廊：“AI+制造”大会');
		expect(words.every((w) => /^[a-z0-9]+$/u.test(w))).toBe(true);
		expect(words).not.toContain('2023');
		expect(words.some((w) => w.includes('g60'))).toBe(true);
	});

	it('stays within 60 characters and valid however long the title', () => {
		const slug = makeSlug(read('2022-11-30'), '长三角生态绿色一体化发展示范区执行委员会关于进一步深化跨省域制度创新的若干意见');
		expect(slug.length).toBeLessThanOrEqual(60);
		expect(SLUG.safeParse(slug).success).toBe(true);
	});

	it('a title with nothing to spell still gives a valid slug', () => {
		for (const title of ['2023', '“……”', '！？']) expect(SLUG.safeParse(makeSlug(read('2023-01-01'), title)).success).toBe(true);
	});

	it('uniqueSlug adds -2, -3… only when taken', () => {
		expect(uniqueSlug('2023-jiaxing', new Set())).toBe('2023-jiaxing');
		expect(uniqueSlug('2023-jiaxing', new Set(['2023-jiaxing']))).toBe('2023-jiaxing-2');
		expect(uniqueSlug('2023-jiaxing', new Set(['2023-jiaxing', '2023-jiaxing-2']))).toBe('2023-jiaxing-3');
	});
});
