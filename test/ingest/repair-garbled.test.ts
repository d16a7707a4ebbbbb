import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/ingest/stages/normalize.ts';
import { stripPinyin } from '../../src/ingest/stages/strip-pinyin.ts';
import { repairGarbledFromOverrides } from '../../src/ingest/stages/repair-garbled.ts';
import { flagGarbled } from '../../src/ingest/stages/flag-garbled.ts';
import { readableText, REPAIR_OPEN } from '../../src/ingest/text/markers.ts';
import type { EditorialOverride } from '../../src/ingest/types.ts';
import { draftOf, garbleGbk, unmarked } from './helpers.ts';

/** The character stages in pipeline order, with an editorial override. */
function run(raw: string, override: EditorialOverride) {
	let draft = draftOf(raw);
	for (const stage of [normalize, stripPinyin, repairGarbledFromOverrides, flagGarbled]) draft = stage(draft, { override });
	return draft;
}

describe('repair garbled spans from editorial overrides', () => {
	// Dropping byte 3 of 生态补偿机制 in GBK yields a character in GBK's user area,
	// which decodes to private use and which the normalize stage removes.
	const garbled = garbleGbk('生态补偿机制', 3);
	const raw = `2023年以来，杭州与黄山两地共建的新安江${garbled}不断完善，跨界断面水质连续保持优良。`;

	it('the fixture holds characters the normalize stage removes', () => {
		expect(garbled).toMatch(/[\uE000-\uF8FF]/u);
	});

	it('repairs the span the editor quotes from the raw file as it stands', () => {
		const draft = run(raw, { repairs: [{ raw: `新安江${garbled}不断完善`, correct: '新安江生态补偿机制不断完善' }] });
		expect(readableText(draft.text)).toBe('2023年以来，杭州与黄山两地共建的新安江生态补偿机制不断完善，跨界断面水质连续保持优良。');
		expect(draft.text).toContain(REPAIR_OPEN);
		expect(draft.flags).toEqual([]);
		expect(draft.repaired).toContainEqual(expect.objectContaining({ kind: 'garbled', to: expect.stringContaining('态补偿机'), by: 'editorial override' }));
	});

	it('matches a quote that still carries the pinyin annotations of the raw file', () => {
		const withPinyin = `两地共建的新安江${garbled}不断完善，長(zhǎng)效机制已经建立。`;
		const draft = run(withPinyin, { repairs: [{ raw: `新安江${garbled}不断完善，長(zhǎng)效`, correct: '新安江生态补偿机制不断完善，長效' }] });
		expect(readableText(draft.text)).toBe('两地共建的新安江生态补偿机制不断完善，長效机制已经建立。');
	});

	it('an override that no longer matches is reported and the span stays flagged', () => {
		const draft = run(raw, { repairs: [{ raw: '并不存在的乱码', correct: '正确文字' }] });
		expect(draft.flags).toContainEqual(expect.objectContaining({ kind: 'metadata', text: '并不存在的乱码' }));
		expect(draft.flags.some((f) => f.kind === 'garbled')).toBe(true);
		expect(unmarked(draft.text)).not.toMatch(/\uFFFD/u);
	});
});
