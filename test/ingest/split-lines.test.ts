import { describe, expect, it } from 'vitest';
import { splitLines } from '../../src/ingest/stages/split-lines.ts';
import { emptyDraft } from '../../src/ingest/pipeline.ts';

const linesOf = (text: string) => splitLines(emptyDraft('test.txt', text)).lines;

describe('split lines', () => {
	it('splits at line breaks and drops blank lines', () => {
		expect(linesOf('湖州新开一条公交线。\n\n  \n乘客反映方便了。')).toEqual(['湖州新开一条公交线。', '乘客反映方便了。']);
	});

	it('splits a flattened line at a sentence end followed by ideographic-space indents, and reports it', () => {
		const draft = splitLines(emptyDraft('t.txt', '宣城开通首条城际快线。\u3000\u3000据介绍，全程约四十分钟！\u3000\u3000站点设在市民中心？\u3000下一段从这里开始。'));
		expect(draft.lines).toEqual(['宣城开通首条城际快线。', '据介绍，全程约四十分钟！', '站点设在市民中心？', '下一段从这里开始。']);
		expect(draft.repaired).toEqual([expect.objectContaining({ kind: 'paragraph-marks', to: '3 paragraph break(s)' })]);
	});

	it('a quotation that closes a sentence ends the paragraph too', () => {
		expect(linesOf('他說：「會準時完工。」\u3000\u3000工程預計明年驗收。')).toEqual(['他說：「會準時完工。」', '工程預計明年驗收。']);
	});

	for (const [name, text] of [
		['a name list', '出席的有王立（杭州）\u3000李平（宁波）\u3000赵红（嘉兴）'],
		['a space between words of a headline', '芜湖港集装箱量创新高\u3000外贸航线再扩容'],
		['a space inside a number', '总投资100\u3000万元。'],
	]) {
		it(`keeps ${name} on one line`, () => {
			expect(linesOf(text!)).toEqual([text]);
		});
	}
});
