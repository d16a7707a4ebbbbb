import { describe, expect, it } from 'vitest';
import { fullwidthPunctuation, normalizePunctuation } from '../../src/ingest/stages/normalize-punctuation.ts';
import { GAP, markGarbled } from '../../src/ingest/text/markers.ts';
import { linesDraft } from './helpers.ts';

const fw = (text: string) => fullwidthPunctuation(text).text;

describe('normalize punctuation: ASCII marks in Chinese text become fullwidth', () => {
	const CASES: [string, string][] = [
		['苏州,无锡,常州三市联合发布通知;', '苏州，无锡，常州三市联合发布通知；'],
		['他说:我们准备好了!', '他说：我们准备好了！'],
		['这条线路何时开通?', '这条线路何时开通？'],
		['长三角生态绿色一体化发展示范区(简称示范区)', '长三角生态绿色一体化发展示范区（简称示范区）'],
		['虚拟现实(VR)体验馆开放', '虚拟现实（VR）体验馆开放'],
		['地区生产总值(GDP)增长', '地区生产总值（GDP）增长'],
		['臺北市,新北市與桃園市', '臺北市，新北市與桃園市'],
		['“好!”他说。', '“好！”他说。'],
	];
	for (const [ascii, fullwidth] of CASES) {
		it(`${ascii} → ${fullwidth}`, () => expect(fw(ascii)).toBe(fullwidth));
	}
});

describe('normalize punctuation: numbers, Latin text and URLs keep theirs', () => {
	const KEEP = [
		'全年实现营收42.4亿元',
		'列车3:25发车',
		'比分定格在3:1',
		'共1,000名志愿者',
		'销售额达12,345,678元',
		'详见http://a.b/c?d=1',
		'访问https://www.example.gov.cn/list.html?page=2&size=10',
		'Hello, world! How are you?',
		'版本号v2.1.0发布',
		'“1+8”都市圈',
		'英文名称为Yangtze River Delta (YRD)',
	];
	for (const text of KEEP) {
		it(text, () => {
			const result = fullwidthPunctuation(text);
			expect(result.text).toBe(text);
			expect(result.changed).toBe(0);
		});
	}

	it('a URL followed by Chinese text keeps its query string', () => {
		expect(fw('请访问http://a.b/c?d=1,e=2查看')).toBe('请访问http://a.b/c?d=1,e=2查看');
	});

	it('a comma after a URL, before Chinese, stays inside the URL (no way to tell)', () => {
		expect(fw('网址www.example.com,欢迎访问')).toContain('www.example.com');
	});

	it('a number list in Chinese text: commas between digits stay, commas before Chinese change', () => {
		expect(fw('编号为1,2,3的项目,已经完工')).toBe('编号为1,2,3的项目，已经完工');
	});

	it('a colon between Chinese and a digit changes, a time keeps its colon', () => {
		expect(fw('时间:9:30')).toBe('时间：9:30');
	});

	it('English parentheses inside English stay', () => {
		expect(fw('the Yangtze River Delta (YRD) region')).toBe('the Yangtze River Delta (YRD) region');
	});
});

describe('normalize punctuation: the stage', () => {
	it('treats gap and garbled markers as Chinese context and leaves garbled text alone', () => {
		const text = `总投资${GAP}亿元,其中${markGarbled('躺惶,寤')},已到位`;
		const draft = normalizePunctuation({ ...linesDraft([]), blocks: [{ type: 'paragraph', text }] });
		expect(draft.blocks[0]!.text).toBe(`总投资${GAP}亿元，其中${markGarbled('躺惶,寤')}，已到位`);
	});

	it('converts captions and their credits, and reports the count', () => {
		const draft = normalizePunctuation({ ...linesDraft([]), blocks: [{ type: 'caption', text: '图为新建的码头(资料图)', credit: '记者 陈晨 摄(无人机拍摄)' }, { type: 'paragraph', text: '已完工。' }] });
		expect(draft.blocks[0]).toEqual({ type: 'caption', text: '图为新建的码头（资料图）', credit: '记者 陈晨 摄（无人机拍摄）' });
		expect(draft.repaired).toEqual([expect.objectContaining({ kind: 'punctuation', from: expect.stringMatching(/^4 /) })]);
	});

	it('reports nothing when nothing changed', () => {
		const draft = normalizePunctuation({ ...linesDraft([]), blocks: [{ type: 'paragraph', text: '全年实现营收42.4亿元。' }] });
		expect(draft.repaired).toEqual([]);
	});
});
