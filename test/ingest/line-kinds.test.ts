import { describe, expect, it } from 'vitest';
import { isCreditLine, isHeadlineLike } from '../../src/ingest/text/line-kinds.ts';

describe('credit lines are no headlines', () => {
	for (const line of ['记者 孙立 通讯员 周敏', '本报记者 钱程', '文／吳佳穎', '圖文：陳大文', '〔記者林立德／新竹報導〕', '（記者黃美玲）', '撰文╱何思遠．攝影╱蔡明', '責任編輯：鄭文']) {
		it(`a credit: ${line}`, () => {
			expect(isCreditLine(line)).toBe(true);
			expect(isHeadlineLike(line)).toBe(false);
		});
	}
	for (const line of ['外媒报道长三角经济韧性', '记者节前夕走访一线编辑部门', '编辑部收到读者来信', '沪苏同城化再提速']) {
		it(`not a credit: ${line.slice(0, 16)}`, () => expect(isCreditLine(line)).toBe(false));
	}
});
