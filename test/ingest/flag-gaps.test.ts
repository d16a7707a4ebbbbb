import { describe, expect, it } from 'vitest';
import { findGaps, flagGaps, GAP_NOTE } from '../../src/ingest/stages/flag-gaps.ts';
import { GAP, markGarbled, readableText } from '../../src/ingest/text/markers.ts';
import { linesDraft } from './helpers.ts';

/** The text with □ where a number is missing. */
function showGaps(text: string): string {
	let out = '';
	let last = 0;
	for (const at of findGaps(text)) {
		out += `${text.slice(last, at)}□`;
		last = at;
	}
	return out + text.slice(last);
}

describe('flag gaps: numbers lost upstream', () => {
	const LOST: [text: string, expected: string][] = [
		// money and measures after a word that states a quantity
		['该项目总投资亿元，预计明年投产。', '该项目总投资□亿元，预计明年投产。'],
		['园区去年实现产值亿元。', '园区去年实现产值□亿元。'],
		['去年全市实现营业收入万元，同比增长。', '去年全市实现营业收入□万元，同比增长。'],
		['今年一季度出口额亿美元，创历史新高。', '今年一季度出口额□亿美元，创历史新高。'],
		['新建厂房占地面积平方米。', '新建厂房占地面积□平方米。'],
		['該項目總投資億元，預計明年完工。', '該項目總投資□億元，預計明年完工。'],
		// approximators with nothing to approximate
		['会议中心可容纳余人同时参会。', '会议中心可容纳□余人同时参会。'],
		['计划招聘余名员工，', '计划招聘□余名员工，'],
		['会场可容纳近名观众。', '会场可容纳□近名观众。'],
		['展会吸引了来自长三角地区多名，客商参展。', '展会吸引了来自长三角地区□多名，客商参展。'],
		// a classifier standing alone
		['本次活动共签约项目个。', '本次活动共签约项目□个。'],
		['大楼二楼个标准工位已经全部租出。', '大楼二楼□个标准工位已经全部租出。'],
		['论坛邀请的名人才代表作了发言。', '论坛邀请的□名人才代表作了发言。'],
	];
	for (const [text, expected] of LOST) {
		it(expected, () => expect(showGaps(text)).toBe(expected));
	}
});

describe('flag gaps: whole texts that must not be flagged', () => {
	const WHOLE = [
		'一至十月，全省计划总投资亿元及以上项目完成投资同比增长百分之八。',
		'今年中央财政资金亩均投入超过一千元，高标准农田建设提速。',
		'这家老字号以手工月饼出名，节前订单排到了下个月。',
		'重点推进投资亿元以上的项目建设。',
		'共吸引3万余名观众参观。',
		'多名专家参加了论证会。',
		'这个项目进展顺利。',
		'引进知名人才团队。',
		'打造上亿元规模的产业集群。',
		'吸引数百名青年创业者。',
		'每名学员可获得补贴。',
		'一个个项目拔地而起。',
		'建成万亩良田。',
		'他是当地的名人。',
		'个人所得税申报开始。',
		'各单位要高度重视。',
		'确立了行业地位。',
		'警方逮捕多人。',
		'美元汇率有所波动。',
		'总投资额较大的项目优先安排。',
		'每年投入资金两千万元。',
		'共有100多家企业参加。',
		'近50名志愿者参与服务。',
		'项目总投资约12亿元。',
		'总投资达三十亿元。',
		'投资超亿元的项目有十个。',
		'奖项颁给了优秀团队。',
		'水位持续上涨。',
		'这家企业名列前茅。',
		'名额有限，先到先得。',
		'共有两名同志获奖。',
		'首批10家单位入选。',
		'全市常住人口万人以上的镇有二十个。',
		'余家村今年新建文化礼堂。',
		'總投資達新臺幣三十億元。',
		'他的业余时间都用来学习。',
	];
	for (const text of WHOLE) {
		it(text, () => expect(showGaps(text)).toBe(text));
	}
});

describe('flag gaps: the stage', () => {
	it('marks each gap in place and lists it for the editor, inventing no number', () => {
		const draft = flagGaps({ ...linesDraft([]), blocks: [{ type: 'paragraph', text: '该项目总投资亿元，可容纳余人。' }] });
		const text = draft.blocks[0]!.text;
		expect(text).toBe(`该项目总投资${GAP}亿元，可容纳${GAP}余人。`);
		expect(readableText(text)).toBe('该项目总投资□亿元，可容纳□余人。');
		expect(text.replaceAll(GAP, '')).toBe('该项目总投资亿元，可容纳余人。');
		expect(draft.flags).toHaveLength(2);
		for (const flag of draft.flags) {
			expect(flag.kind).toBe('gap');
			expect(flag.note).toBe(GAP_NOTE);
			expect(flag.text).toContain('□');
		}
		expect(draft.flags[0]!.text).toContain('投资□亿元');
	});

	it('checks headings and captions too', () => {
		const draft = flagGaps({ ...linesDraft([]), blocks: [{ type: 'heading', text: '总投资亿元的新城开工' }, { type: 'caption', text: '图为可容纳余人的体育馆' }] });
		expect(draft.flags).toHaveLength(2);
	});

	it('never looks inside a garbled span', () => {
		const text = `项目${markGarbled('总投资亿元')}已开工。`;
		const draft = flagGaps({ ...linesDraft([]), blocks: [{ type: 'paragraph', text }] });
		expect(draft.blocks[0]!.text).toBe(text);
		expect(draft.flags).toEqual([]);
	});

	it('leaves a clean text and its flags alone', () => {
		const blocks = [{ type: 'paragraph' as const, text: '共吸引3万余名观众参观，多名专家参加了论证会。' }];
		const draft = flagGaps({ ...linesDraft([]), blocks });
		expect(draft.blocks).toEqual(blocks);
		expect(draft.flags).toEqual([]);
	});
});
