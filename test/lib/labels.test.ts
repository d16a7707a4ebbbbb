import { describe, expect, it } from 'vitest';
import { labelsFor } from '../../src/lib/labels';

describe('interface labels', () => {
	it('word a related article’s reason: up to three shared tags, or only the text', () => {
		expect(labelsFor('hans').relatedReason(['金华', 'G60科创走廊'])).toBe('同为：金华 · G60科创走廊');
		expect(labelsFor('hans').relatedReason(['甲', '乙', '丙', '丁'])).toBe('同为：甲 · 乙 · 丙');
		expect(labelsFor('hans').relatedReason([])).toBe('内容相近');
		expect(labelsFor('hant').relatedReason([])).toBe('內容相近');
	});

});
