import { describe, expect, it } from 'vitest';
import { normalize } from '../../src/ingest/stages/normalize.ts';
import { GAP, GARBLED_CLOSE, GARBLED_OPEN } from '../../src/ingest/text/markers.ts';
import { draftOf } from './helpers.ts';

const run = (text: string) => normalize(draftOf(text));

describe('normalize: characters', () => {
	it('turns CRLF and lone CR into LF', () => {
		expect(run('湖州南太湖新区。\r\n安吉县。\r德清县。').text).toBe('湖州南太湖新区。\n安吉县。\n德清县。');
	});

	it('removes control and zero-width characters and says so', () => {
		const result = run('合肥\u0000滨湖\u0008新区\u200b规划\ufeff面积\u001f约\u007f两百平方公里。');
		expect(result.text).toBe('合肥滨湖新区规划面积约两百平方公里。');
		const repair = result.repaired.find((r) => r.kind === 'control-characters');
		expect(repair?.from).toMatch(/6 invisible/);
		expect(repair?.from).toContain('U+0000');
		expect(repair?.from).toContain('U+200B');
	});

	it('keeps line breaks (which are not stray controls)', () => {
		expect(run('第一行。\n第二行。').text.split('\n')).toHaveLength(2);
	});

	it('removes private-use characters, so a raw file can never forge the internal markers', () => {
		const forged = `南通${GARBLED_OPEN}假${GARBLED_CLOSE}港口${GAP}码头\uE000。`;
		const result = run(forged);
		expect(result.text).toBe('南通假港口码头。');
		expect(result.text).not.toMatch(/[\uE000-\uF8FF]/u);
	});

	it('folds fullwidth Latin letters and digits to halfwidth: ＶＩＰ ２０１２ → VIP 2012', () => {
		const result = run('芜湖开通ＶＩＰ通道，２０１２年起累计服务ａｂｃ企业３５０家。');
		expect(result.text).toBe('芜湖开通VIP通道，2012年起累计服务abc企业350家。');
		expect(result.repaired.some((r) => r.kind === 'fullwidth' && r.from.includes('Ｖ') && r.to.includes('V'))).toBe(true);
	});

	it('keeps fullwidth punctuation, which is correct in Chinese text', () => {
		const text = '他说：“（一）要快！（二）要稳？”；《规划》、【通知】～……——';
		expect(run(text).text).toBe(text);
	});

	it('leaves text without anything to fix unchanged and reports nothing', () => {
		const text = '常州市今年开工重大项目八十个，总投资较去年有所增长。';
		const result = run(text);
		expect(result.text).toBe(text);
		expect(result.repaired).toEqual([]);
	});

	it('turns odd spaces into plain spaces and trims each line, ideographic spaces included', () => {
		const result = run('\u3000\u3000绍兴\u00a0柯桥\u2003纺织市场。\t\n\u3000第二段。  ');
		expect(result.text).toBe('绍兴 柯桥 纺织市场。\n第二段。');
	});

	it('composes decomposed characters (NFC)', () => {
		expect(run('Cafe\u0301与长三角').text).toBe('Café与长三角');
	});

	it('does not mutate its input', () => {
		const draft = draftOf('Ｘ\r\n');
		const copy = structuredClone(draft);
		normalize(draft);
		expect(draft).toEqual(copy);
	});
});

describe('normalize: marks inside numbers', () => {
	it('a fullwidth decimal point, thousands comma and unit space become what the digits use, and are reported', () => {
		const result = run('湖州去年接待游客3．6亿人次，其中入境1，250人，旅游收入增长12，5个百分点？总额900　亿元，占比15　％。');
		expect(result.text).toBe('湖州去年接待游客3.6亿人次，其中入境1,250人，旅游收入增长12，5个百分点？总额900亿元，占比15％。');
		expect(result.repaired.find((r) => r.kind === 'number-marks')?.from).toMatch(/^4 /u);
	});

	it('a comma between numbers that is not a thousands group stays (lists, ranges)', () => {
		for (const text of ['第1，2名都来自嘉兴。', '分别为12，1234和7。', '排名为3，4，5位。']) expect(run(text).text).toBe(text);
	});

	it('an ideographic space before anything but a unit stays: headlines and lists use it', () => {
		for (const text of ['暴雨致2死\u30003人失联', '11.20\u3000金华站开幕']) expect(run(text).text).toBe(text);
	});
});
