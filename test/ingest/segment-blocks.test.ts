import { describe, expect, it } from 'vitest';
import { segmentBlocks, splitInlineHeadings } from '../../src/ingest/stages/segment-blocks.ts';
import { isCaptionStart, isPhotoCredit } from '../../src/ingest/text/line-kinds.ts';
import type { Block } from '../../src/ingest/types.ts';
import { linesDraft } from './helpers.ts';

const blocksOf = (lines: string[]) => segmentBlocks(linesDraft(lines)).blocks;
const P1 = '嘉兴市今年启动城市更新三年行动，计划改造老旧小区一百个。';
const P2 = '市住建局负责人表示，改造将优先解决加装电梯、停车难等问题。';
const P3 = '截至目前，已有二十个小区完成改造，居民满意度超过九成。';

describe('segment blocks: captions and photo credits', () => {
	it('a caption with its photo credit on the next line', () => {
		expect(blocksOf([P1, '图为改造后的小区一角', '记者 陈晨 摄', P2])).toEqual([
			{ type: 'paragraph', text: P1 },
			{ type: 'caption', text: '图为改造后的小区一角', credit: '记者 陈晨 摄' },
			{ type: 'paragraph', text: P2 },
		]);
	});

	it('a numbered caption and a Traditional one', () => {
		const blocks = blocksOf([P1, '图①：工人在安装电梯导轨', P2, '圖為新建的捷運站', P3]);
		expect(blocks.filter((b) => b.type === 'caption').map((b) => b.text)).toEqual(['图①：工人在安装电梯导轨', '圖為新建的捷運站']);
	});

	for (const credit of ['记者 陈晨 摄', '陈晨 摄', '新华社记者 王鹏 摄', '（新华社记者 王鹏 摄）', '張小明攝', '受访者供图', '图片来源：视觉中国', '摄影：张强', '圖片來源：中央社']) {
		it(`a photo credit on its own: ${credit}`, () => {
			expect(isPhotoCredit(credit)).toBe(true);
			expect(blocksOf([P1, credit, P2])).toEqual([
				{ type: 'paragraph', text: P1 },
				{ type: 'caption', text: '', credit },
				{ type: 'paragraph', text: P2 },
			]);
		});
	}

	for (const line of ['他一边拍摄一边向记者介绍情况。', '这张照片由市档案馆提供给本报。', '图书馆今年新增藏书两万册。', '图表显示，今年客流持续增长。']) {
		it(`not a caption nor a credit: ${line}`, () => {
			expect(isPhotoCredit(line)).toBe(false);
			expect(isCaptionStart(line)).toBe(false);
		});
	}
});

describe('segment blocks: subheadings', () => {
	it('a short line between two finished paragraphs is a subheading', () => {
		expect(blocksOf([P1, '老旧小区焕新颜', P2, P3])).toEqual([
			{ type: 'paragraph', text: P1 },
			{ type: 'heading', text: '老旧小区焕新颜' },
			{ type: 'paragraph', text: P2 },
			{ type: 'paragraph', text: P3 },
		]);
	});

	it('a subheading may open the text', () => {
		expect(blocksOf(['老旧小区焕新颜', P2])[0]).toEqual({ type: 'heading', text: '老旧小区焕新颜' });
	});

	it('the last line is never a subheading (nothing follows it)', () => {
		expect(blocksOf([P1, '老旧小区焕新颜']).at(-1)).toEqual({ type: 'paragraph', text: '老旧小区焕新颜' });
	});

	it('two short lines in a row are no subheading', () => {
		const blocks = blocksOf([P1, '联系人王女士', '咨询地址见官网', P2]);
		expect(blocks.every((b) => b.type === 'paragraph')).toBe(true);
	});
});

describe('segment blocks: subheadings inlined in a long line', () => {
	const INTRO = '三年来，长三角一体化发展取得显著成效，区域经济总量持续攀升，各项合作不断深化，人民群众的获得感明显增强。';
	const SECTIONS: [lead: string, heading: string, body: string][] = [
		['交通先行', '城际铁路织密网', '“轨道上的长三角”加速成形，沪宁合、沪苏湖等一批城际铁路相继开工建设，区域内高铁里程超过七千公里，主要城市之间实现一小时通达，跨省公交线路达到八十多条。'],
		['产业协同', '产业链条深融合', '“研发在上海、制造在周边”的模式日益普遍，集成电路、生物医药、人工智能三大产业集群规模不断扩大，一批跨区域产业联盟相继成立。'],
		['民生共享', '异地就医更便捷', '“一卡通”服务覆盖三省一市，长三角地区已实现门诊费用跨省直接结算，参保群众在四十一个城市均可刷卡就医，政务服务“一网通办”事项超过一百五十项，企业和群众办事更加方便。'],
	];
	const LONG = INTRO + SECTIONS.map(([lead, heading, body]) => `${lead}：${heading}${body}`).join('');

	it('splits each lead: heading out of the line', () => {
		expect(LONG.length).toBeGreaterThan(300);
		expect(blocksOf([P1, LONG, P3])).toEqual([
			{ type: 'paragraph', text: P1 },
			{ type: 'paragraph', text: INTRO },
			...SECTIONS.flatMap(([lead, heading, body]): Block[] => [
				{ type: 'heading', text: `${lead}：${heading}` },
				{ type: 'paragraph', text: body },
			]),
			{ type: 'paragraph', text: P3 },
		]);
	});

	it('does not split a colon that introduces speech', () => {
		const speech = [
			INTRO,
			'他表示：“下一步将继续深化合作，推动更多改革举措落地见效。”',
			'各地围绕交通互联、产业协同、民生共享等领域推出了一批务实举措，跨省通办事项不断扩容，异地就医结算更加便捷。',
			'专家指出：区域合作仍需在制度层面取得更大突破，尤其是在要素流动、标准互认和财税分享等方面。',
			'市民认为：如今去周边城市上班、看病、游玩都比过去方便了许多，真切感受到了一体化带来的变化。',
			'一位在苏州工作、家住上海的工程师说：每天乘坐城际列车通勤只要半个小时，周末还能带孩子去杭州、南京参观博物馆，生活半径扩大了很多。',
			'记者了解到：今年三省一市还将联合发布新一批跨省通办事项清单。',
		].join('');
		expect(speech.length).toBeGreaterThan(300);
		expect(splitInlineHeadings([{ type: 'paragraph', text: speech }])).toEqual([{ type: 'paragraph', text: speech }]);
	});

	it('does not split a short line', () => {
		const text = `${P1}交通先行：城际铁路织密网“轨道上的长三角”加速成形。`;
		expect(splitInlineHeadings([{ type: 'paragraph', text }])).toEqual([{ type: 'paragraph', text }]);
	});
});
