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
			if (expected.date) expect(draft.found.dates).toEqual([expect.objectContaining({ year: expected.date.year, month: expected.date.month, day: expected.date.day, where: 'dateline lead', filed: true })]);
			else expect(draft.found.dates).toBeUndefined();
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
		expect(draft.found.dates).toEqual([expect.objectContaining({ year: 2021, month: 4, day: 8, where: 'line 1' })]);
		expect(draft.lines).toEqual(['無錫市今年新開工項目五十個。', SECOND]);
	});

	it('a date line, a headline, then the source dateline (a transcript layout)', () => {
		const draft = run('2024年3月9日', '长三角科创走廊再添新平台', '央视网消息（新闻联播）：长三角国家技术创新中心今天揭牌。');
		expect(draft.found.dates).toEqual([expect.objectContaining({ year: 2024, month: 3, day: 9, where: 'line 1' })]);
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
			expect(draft.found.dates).toBeUndefined();
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

describe('extract dateline: date lines in the header', () => {
	const HEADLINE = '南通新机场配套道路开工';
	const BODY = '通州湾示范区今天举行集中开工仪式，十二个项目总投资超过百亿元。';
	const dateOf = (draft: ReturnType<typeof run>) => draft.found.dates?.map(({ year, month, day, where, role }) => ({ year, month, day, where, role }));

	const PURE: [line: string, date: { year: number; month: number; day: number }][] = [
		['2021-06-18 09:42', { year: 2021, month: 6, day: 18 }],
		['2021/6/18', { year: 2021, month: 6, day: 18 }],
		['2021.06.18', { year: 2021, month: 6, day: 18 }],
		['创建时间：2021/06/18', { year: 2021, month: 6, day: 18 }],
		['建立時間：2021/06/18 14:05', { year: 2021, month: 6, day: 18 }],
		['发布日期：2021年6月18日 星期五', { year: 2021, month: 6, day: 18 }],
		['發佈時間：2021年06月18日 週五 下午', { year: 2021, month: 6, day: 18 }],
		['日期：2021-06-18', { year: 2021, month: 6, day: 18 }],
		// A flattened page glues the time to the date.
		['09:422021/06/18', { year: 2021, month: 6, day: 18 }],
		['（2021-06-18）', { year: 2021, month: 6, day: 18 }],
		['民國110年6月18日', { year: 2021, month: 6, day: 18 }],
		['二〇二一年六月十八日', { year: 2021, month: 6, day: 18 }],
	];
	for (const [line, date] of PURE) {
		it(`reads and removes the date line “${line}”, after or before the headline`, () => {
			for (const lines of [[HEADLINE, line, BODY], [line, HEADLINE, BODY]]) {
				const draft = extractDateline(linesDraft(lines));
				expect(dateOf(draft)).toEqual([{ ...date, where: `line ${lines.indexOf(line) + 1}`, role: 'published' }]);
				expect(draft.lines).toEqual([HEADLINE, BODY]);
				expect(draft.removed).toEqual([{ kind: 'dateline', text: line }]);
			}
		});
	}

	it('a date line that also names the source and author is read and kept for the other stages', () => {
		for (const line of ['发布时间：2021-06-18 09:42　来源：南通日报　作者：陈冬', '2021-06-18 09:42 南通网']) {
			const draft = extractDateline(linesDraft([HEADLINE, line, BODY]));
			expect(dateOf(draft)).toEqual([{ year: 2021, month: 6, day: 18, where: 'line 2', role: 'published' }]);
			expect(draft.lines).toEqual([HEADLINE, line, BODY]);
		}
	});

	it('a 來源 line that holds the date too gives both and goes whole', () => {
		const line = '來源：聯合新聞網 | 2021/06/18';
		const draft = extractDateline(linesDraft([HEADLINE, line, BODY]));
		expect(dateOf(draft)).toEqual([{ year: 2021, month: 6, day: 18, where: 'line 2', role: 'published' }]);
		expect(draft.found.publisher?.name).toBe('聯合新聞網');
		expect(draft.lines).toEqual([HEADLINE, BODY]);
		expect(draft.removed).toEqual([{ kind: 'dateline', text: line }]);
	});

	it('an update time is read as such, next to the publication time', () => {
		const draft = extractDateline(linesDraft([HEADLINE, '发布时间：2021-06-18', '更新時間：2021-06-20 10:00', BODY]));
		expect(dateOf(draft)?.map((d) => [d.day, d.role])).toEqual([[18, 'published'], [20, 'updated']]);
	});

	it('a month-precision date line, and one with month and day only', () => {
		expect(dateOf(extractDateline(linesDraft(['2021年6月', HEADLINE, BODY])))).toEqual([{ year: 2021, month: 6, day: undefined, where: 'line 1', role: 'published' }]);
		expect(dateOf(extractDateline(linesDraft(['6月18日', HEADLINE, BODY])))).toEqual([{ year: undefined, month: 6, day: 18, where: 'line 1', role: 'published' }]);
	});

	it('a bracketed date opening the headline is read and taken off it', () => {
		const draft = extractDateline(linesDraft(['【2021.06.18】南通新机场配套道路开工', BODY]));
		expect(dateOf(draft)).toEqual([{ year: 2021, month: 6, day: 18, where: 'line 1, opening bracket', role: 'published' }]);
		expect(draft.lines).toEqual([HEADLINE, BODY]);
	});

	it('a dated lead without an outlet, in either script', () => {
		for (const [line, rest] of [['2021年6月18日南通讯 通州湾示范区今天举行集中开工仪式。', '通州湾示范区今天举行集中开工仪式。'], ['2021年6月18日台中電（記者林美玲）市府今天公布新預算。', '市府今天公布新預算。']]) {
			const draft = extractDateline(linesDraft([line, BODY]));
			expect(draft.found.dates).toEqual([expect.objectContaining({ year: 2021, month: 6, day: 18, where: 'dateline lead', filed: true })]);
			expect(draft.lines[0]).toBe(rest);
			expect(draft.found.publisher).toBeUndefined();
		}
	});
});

describe('extract dateline: date lines in the footer', () => {
	const BODY = ['扬州市今年将改造老旧小区八十个，惠及居民三万户。', '改造内容包括加装电梯、雨污分流和停车位建设。'];

	it('a closing bracketed date at the end of the last paragraph is read; the text stays', () => {
		for (const closing of ['（2022-03-07）', '(2022/3/7)', '【2022.03.07】']) {
			const last = `${BODY[1]}${closing}`;
			const draft = extractDateline(linesDraft([BODY[0]!, last]));
			expect(draft.found.dates).toEqual([expect.objectContaining({ year: 2022, month: 3, day: 7, where: `closing ${closing} of the last line`, filed: true })]);
			expect(draft.lines).toEqual([BODY[0], last]);
		}
	});

	it('a date line standing among the last lines is read and removed', () => {
		const draft = extractDateline(linesDraft([...BODY, '2022年3月7日', '（责任编辑：王芳）']));
		expect(draft.found.dates).toEqual([expect.objectContaining({ year: 2022, month: 3, day: 7, where: 'line 2 from the end', filed: true })]);
		expect(draft.lines).toEqual([...BODY, '（责任编辑：王芳）']);
	});
});

describe('extract dateline: dates that are not date lines', () => {
	const cases: [what: string, lines: string[]][] = [
		['a year in the lead paragraph', ['自2011年扩建以来，这座码头的吞吐量翻了两番，今年有望突破千万标箱。', '第二段。']],
		['an amount with 2000', ['公司昨天签下4份2000萬元的訂單，全年營收有望創新高，董事會將再擴產。', '第二段。']],
		['a full date inside a sentence', ['2020年5月8日，这座码头正式投入运营，此后吞吐量连年增长，今年有望突破千万标箱。', '第二段。']],
		['a headline holding an event date', ['【防汛】7月9日晚太湖水位超警戒　沿湖各区启动响应', '第二段。']],
		['a headline ending in a date', ['长三角一体化周报 2021/7/9', '第二段。']],
		['a date line deep in the body', ['第一段，湖州的农家乐持续升温，游客比去年增加三成。', '第二段，民宿入住率居高不下，周末一房难求。', '2021年7月9日', '第四段，各县推出乡村旅游线路，游客络绎不绝。', '第五段，交通部门增开了旅游专线，方便游客出行。', '第六段，景区门口的停车场已经扩建完成。']],
	];
	for (const [what, lines] of cases) {
		it(`reads no date from ${what}`, () => {
			const draft = extractDateline(linesDraft(lines));
			expect(draft.found.dates).toBeUndefined();
			expect(draft.lines).toEqual(lines);
		});
	}
});
