import { describe, expect, it } from 'vitest';
import { detectScript, hanSample } from '../../src/ingest/text/script.ts';

describe('hanSample', () => {
	it('keeps only Han characters, in order, those outside the BMP too', () => {
		expect(hanSample('2024年，G60科创走廊𠀀(Ａ)發展。')).toBe('年科创走廊𠀀發展');
		expect(hanSample('abc 123')).toBe('');
	});

	it('stops at the size, counted in characters rather than UTF-16 units', () => {
		expect(hanSample('一二三四五', 3)).toBe('一二三');
		expect(hanSample('𠀀𠀁𠀂𠀃', 3)).toBe('𠀀𠀁𠀂');
		expect(hanSample('𠀀一', 2)).toBe('𠀀一');
	});
});

describe('detectScript', () => {
	it('tells Simplified from Traditional text', () => {
		expect(detectScript('长三角一体化发展，国家战略。').script).toBe('hans');
		expect(detectScript('長三角一體化發展，國家戰略。').script).toBe('hant');
	});

	it('says how many Han characters it read', () => {
		expect(detectScript('A長三角B').evidence).toMatch(/ of 3 Han characters/u);
	});
});
