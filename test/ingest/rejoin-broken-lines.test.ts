import { describe, expect, it } from 'vitest';
import { rejoinBrokenLines } from '../../src/ingest/stages/rejoin-broken-lines.ts';
import { linesDraft } from './helpers.ts';

const run = (lines: string[]) => rejoinBrokenLines(linesDraft(lines));

describe('rejoin broken lines', () => {
	it('rejoins a word broken across lines: 人工智 ⏎ 能', () => {
		const draft = run(['苏州工业园区今年新增外资项目三十个，其中总投资超过一亿美元的项目有八个，集中在生物医药和人工智', '能领域。']);
		expect(draft.lines).toEqual(['苏州工业园区今年新增外资项目三十个，其中总投资超过一亿美元的项目有八个，集中在生物医药和人工智能领域。']);
		expect(draft.repaired).toEqual([expect.objectContaining({ kind: 'broken-line', to: expect.stringContaining('人工智能') })]);
	});

	it('rejoins a place name broken after its first character: 上 ⏎ 海外国语大学', () => {
		const draft = run(['本次长三角高校智库论坛聚焦区域协同创新，由复旦大学、同济大学、华东师范大学和上', '海外国语大学联合主办，来自三省一市的两百名学者参加。']);
		expect(draft.lines).toEqual(['本次长三角高校智库论坛聚焦区域协同创新，由复旦大学、同济大学、华东师范大学和上海外国语大学联合主办，来自三省一市的两百名学者参加。']);
	});

	it('rejoins a sentence broken over three lines', () => {
		const draft = run(['合肥市今年计划新开工城市更新项目一百二十个，', '涉及老旧小区改造、地下管网更新和', '城市公园建设等多个领域。']);
		expect(draft.lines).toEqual(['合肥市今年计划新开工城市更新项目一百二十个，涉及老旧小区改造、地下管网更新和城市公园建设等多个领域。']);
		expect(draft.repaired).toHaveLength(2);
	});

	it('rejoins Traditional text', () => {
		const draft = run(['臺中市政府今天宣布，捷運藍線第一期工程將於明年動工，全長約二十公里，沿途設置十', '九座車站。']);
		expect(draft.lines).toEqual(['臺中市政府今天宣布，捷運藍線第一期工程將於明年動工，全長約二十公里，沿途設置十九座車站。']);
	});

	it('keeps lines that end a sentence apart', () => {
		const lines = ['合肥市今年计划新开工城市更新项目一百二十个。', '涉及老旧小区改造、地下管网更新等领域。', '市住建局表示将加强质量监管！', '这些项目何时完工？', '“我们很期待。”'];
		const draft = run(lines);
		expect(draft.lines).toEqual(lines);
		expect(draft.repaired).toEqual([]);
	});

	it('does not join a subheading to the paragraph after it, nor a paragraph to a subheading', () => {
		const lines = ['合肥市今年计划新开工城市更新项目一百二十个，其中老旧小区改造项目占到一半以上，惠及居民五万户', '老旧小区焕新颜', '在包河区的一个小区，工人们正在加装电梯。'];
		expect(run(lines).lines).toEqual(lines);
	});

	it('does not join a caption or a photo credit', () => {
		const lines = ['合肥市今年计划新开工城市更新项目一百二十个，其中老旧小区改造项目占到一半以上，惠及居民五万户', '图为改造后的小区一角', '记者 陈晨 摄', '市住建局表示，将加强质量监管。'];
		expect(run(lines).lines).toEqual(lines);
	});

	it('does not join a list item to the line before it', () => {
		const lines = ['会议明确了今年的重点任务，包括以下几个方面，各地要结合实际抓好落实，确保按时完成', '（一）加快交通基础设施互联互通。', '（二）推进公共服务共建共享。', '1. 完善跨省医保结算'];
		expect(run(lines).lines).toEqual(lines);
	});

	it('does not join after a colon that introduces what follows', () => {
		const lines = ['市政府新闻办公室发布的通知全文如下：', '各区县人民政府，市政府各部门。'];
		expect(run(lines).lines).toEqual(lines);
	});

	it('leaves short fragments (names, labels) alone', () => {
		const lines = ['联系人', '王女士', '联系电话见官网。'];
		expect(run(lines).lines).toEqual(lines);
	});
});

describe('rejoin broken lines: never across a byline, a credit or a caption', () => {
	// Ending in a comma, each would join the next line were that line text.
	const FRAGMENT = '桃園市政府今天宣布，龜山區將新增兩條公車路線，沿途停靠長庚醫院與林口三井購物中心，';
	const FRAGMENT_HANS = '嘉善县今天宣布，西塘镇将新增两条跨省公交线路，沿途停靠汾湖高铁站和黎里古镇，';
	for (const byline of ['報導．攝影╱陳柏宇', '〔記者陳柏宇／桃園報導〕', '聯合報記者陳柏宇／桃園即時報導', '记者 孙立新 通讯员 郑洁', '文/孙立新', '责任编辑：孙立新', '（圖／記者陳柏宇攝）', '（中央社記者陳柏宇桃園5日電）', '记者 孙立新、郑洁、马晓东、黄一鸣 通讯员 周婷', '采写：南都见习记者 孙立新', '（文/图 孙立新 郑洁）', '《观澜》作者 孙立新', '（实习生孙立新对此文亦有贡献）', '（中央社開羅5日電）']) {
		it(`a fragment before ${byline} stays apart from it`, () => {
			const lines = [byline.match(/[記報圖陳]/u) ? FRAGMENT : FRAGMENT_HANS, byline, '市府表示，新路線下月起試營運。'];
			expect(run(lines).lines).toEqual(lines);
		});
		it(`${byline} is not joined to the text after it`, () => {
			const lines = [byline, '市府表示，新路線下月起試營運，首月免費搭乘，歡迎民眾多加利用並提供意見'];
			expect(run(lines).lines).toEqual(lines);
		});
	}

	it('a paragraph closed by a credit is over, even without a full stop', () => {
		const lines = [`${FRAGMENT_HANS.slice(0, -1)}（记者 孙立新）`, '另据了解，两条线路均由新能源公交车运营。'];
		expect(run(lines).lines).toEqual(lines);
	});

	it('still rejoins a fragment that only mentions a reporter', () => {
		const draft = run(['嘉善县今天宣布，西塘镇将新增两条跨省公交线路，记者从县交通运输局了解到，线路沿途停靠汾湖高', '铁站和黎里古镇。']);
		expect(draft.lines).toHaveLength(1);
	});
});
