import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/lib/labels';

describe('interface labels', () => {
	it('word a related article’s reason: up to three shared tags, or only the text', () => {
		expect(labelsFor('hans').relatedReason(['金华', 'G60科创走廊'])).toBe('同为：金华 · G60科创走廊');
		expect(labelsFor('hans').relatedReason(['甲', '乙', '丙', '丁'])).toBe('同为：甲 · 乙 · 丙');
		expect(labelsFor('hans').relatedReason([])).toBe('内容相近');
		expect(labelsFor('hant').relatedReason([])).toBe('內容相近');
	});

	it('say what a timeline leaves out, in both scripts, and nothing when it leaves out nothing', () => {
		expect(labelsFor('hans').timelineOutside(2, 3)).toBe('另有 2 篇只知年份、3 篇日期不详，不在图中。');
		expect(labelsFor('hant').timelineOutside(0, 1)).toBe('另有 1 篇日期不詳，不在圖中。');
		expect(labelsFor('hans').timelineOutside(0, 0)).toBe('');
	});

	it('name the peak months of a timeline, up to three', () => {
		const m = (year: number, month: number) => ({ year, month, count: 4 });
		expect(labelsFor('hans').timelineSummary(9, 4, [m(2019, 3)])).toBe('按月份可查的 9 篇，单月最多 4 篇（2019年3月）。');
		expect(labelsFor('hant').timelineSummary(9, 4, [m(2019, 3), m(2020, 1), m(2020, 2), m(2021, 7)])).toBe(
			'按月份可查的 9 篇，單月最多 4 篇（2019年3月、2020年1月、2020年2月等 4 個月）。',
		);
	});
});
