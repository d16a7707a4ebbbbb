import { describe, expect, it } from 'vitest';
import { extractDateline } from '../../src/ingest/stages/extract-dateline.ts';
import { linesDraft } from './helpers.ts';

const SECOND = '镇江市今年新建口袋公园二十个，市民出门五分钟就能进公园。';
const run = (...lines: string[]) => extractDateline(linesDraft([...lines, SECOND]));

interface Expected {
	publisher?: string;
	date?: { year?: number; month: number; day: number };
	authors?: { name: string; role: string }[];
	rest: string;
}

const DATELINES: [line: string, expected: Expected][] = [
	['新华社杭州6月12日电 记者从浙江省发改委获悉，今年以来……', { publisher: '新华社', date: { month: 6, day: 12 }, rest: '记者从浙江省发改委获悉，今年以来……' }],
	['新华社北京2023年1月5日电（记者张明、李华）国家发展改革委5日发布通知。', { publisher: '新华社', date: { year: 2023, month: 1, day: 5 }, authors: [{ name: '张明', role: '记者' }, { name: '李华', role: '记者' }], rest: '国家发展改革委5日发布通知。' }],
	['中新网南京8月3日电 (记者 朱晓颖)江苏省今年新增高速公路两百公里。', { publisher: '中新网', date: { month: 8, day: 3 }, authors: [{ name: '朱晓颖', role: '记者' }], rest: '江苏省今年新增高速公路两百公里。' }],
	['人民网合肥11月20日电 安徽省首批跨省通办事项落地。', { publisher: '人民网', date: { month: 11, day: 20 }, rest: '安徽省首批跨省通办事项落地。' }],
	['嘉兴在线7月8日讯 昨天，南湖区举行招商推介会。', { publisher: '嘉兴在线', date: { month: 7, day: 8 }, rest: '昨天，南湖区举行招商推介会。' }],
	['浙江日报杭州9月3日讯（记者 王逸群 通讯员 陈立）杭州亚运场馆向市民开放。', { publisher: '浙江日报', date: { month: 9, day: 3 }, authors: [{ name: '王逸群', role: '记者' }, { name: '陈立', role: '通讯员' }], rest: '杭州亚运场馆向市民开放。' }],
	['中央社台北5月2日電 行政院今天通過新的住宅補貼方案。', { publisher: '中央社', date: { month: 5, day: 2 }, rest: '行政院今天通過新的住宅補貼方案。' }],
	['來源：聯合報 台北市今年新增公共托育中心十處。', { publisher: '聯合報', rest: '台北市今年新增公共托育中心十處。' }],
	['来源:经济参考报 3月2日,长三角电力交易中心挂牌。', { publisher: '经济参考报', date: { month: 3, day: 2 }, rest: '长三角电力交易中心挂牌。' }],
	['央视网消息（新闻联播）：近日，沪苏湖高铁铺轨完成。', { publisher: '央视网', authors: [], rest: '近日，沪苏湖高铁铺轨完成。' }],
	['金华日报消息（记者 张三）：近日，义乌开通新的中欧班列线路。', { publisher: '金华日报', authors: [{ name: '张三', role: '记者' }], rest: '近日，义乌开通新的中欧班列线路。' }],
	['湖州日报讯（记者 沈晨 通讯员 李可）湖州市今年新增就业岗位三万个。', { publisher: '湖州日报', authors: [{ name: '沈晨', role: '记者' }, { name: '李可', role: '通讯员' }], rest: '湖州市今年新增就业岗位三万个。' }],
];

describe('extract dateline: several publishers and forms', () => {
	for (const [line, expected] of DATELINES) {
		it(line.slice(0, 20), () => {
			const draft = run(line);
			expect(draft.found.publisher?.name).toBe(expected.publisher);
			expect(draft.found.publisher?.confidence).toBe('high');
			if (expected.date) expect(draft.found.dateline).toMatchObject({ year: expected.date.year, month: expected.date.month, day: expected.date.day });
			else expect(draft.found.dateline).toBeUndefined();
			if (expected.authors) expect(draft.found.authors).toEqual(expected.authors);
			expect(draft.lines).toEqual([expected.rest, SECOND]);
			expect(draft.removed).toHaveLength(1);
			expect(draft.removed[0]!.kind).toBe('dateline');
			expect(line.startsWith(draft.removed[0]!.text)).toBe(true);
		});
	}

	it('本报讯 is removed as a dateline but names no publisher', () => {
		const draft = run('本报讯（记者 刘洋）今年以来，常州新能源产业产值增长三成。');
		expect(draft.lines[0]).toBe('今年以来，常州新能源产业产值增长三成。');
		expect(draft.found.publisher).toBeUndefined();
		expect(draft.found.authors).toEqual([{ name: '刘洋', role: '记者' }]);
	});

	it('a line holding only the date, in either script', () => {
		const draft = run('2021年4月8日', '無錫市今年新開工項目五十個。');
		expect(draft.found.dateline).toMatchObject({ year: 2021, month: 4, day: 8 });
		expect(draft.lines).toEqual(['無錫市今年新開工項目五十個。', SECOND]);
	});

	it('a date line, a headline, then the source dateline (a transcript layout)', () => {
		const draft = run('2024年3月9日', '长三角科创走廊再添新平台', '央视网消息（新闻联播）：长三角国家技术创新中心今天揭牌。');
		expect(draft.found.dateline).toMatchObject({ year: 2024, month: 3, day: 9 });
		expect(draft.found.publisher?.name).toBe('央视网');
		expect(draft.lines).toEqual(['长三角科创走廊再添新平台', '长三角国家技术创新中心今天揭牌。', SECOND]);
	});
});

describe('extract dateline: what is not a dateline', () => {
	const NOT_DATELINES = [
		'好消息：地铁5号线今天开通。',
		'快讯：沪宁沿江高铁今日开通运营。',
		'记者从南京市规划资源局获悉，江北新区将新建学校十所。',
		'6月12日，第五届长三角文博会在上海开幕。',
		'据新华社报道，沪苏通长江公铁大桥已累计通行列车十万列。',
	];
	for (const line of NOT_DATELINES) {
		it(`leaves “${line.slice(0, 12)}…” alone`, () => {
			const draft = run(line);
			expect(draft.lines).toEqual([line, SECOND]);
			expect(draft.found.publisher).toBeUndefined();
			expect(draft.found.dateline).toBeUndefined();
			expect(draft.removed).toEqual([]);
		});
	}

	it('a dateline deep in the body is not taken', () => {
		const lines = ['第一段，苏州的夜经济持续升温。', '第二段，商圈客流同比增长。', '第三段，各区推出夜间消费券。', '新华社苏州6月12日电 另一篇稿件的开头。'];
		const draft = extractDateline(linesDraft(lines));
		expect(draft.lines).toEqual(lines);
	});

	it('an empty draft stays empty', () => {
		expect(extractDateline(linesDraft([])).lines).toEqual([]);
	});
});
