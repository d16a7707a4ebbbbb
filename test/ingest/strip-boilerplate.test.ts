import { describe, expect, it } from 'vitest';
import { matchBoilerplate, stripBoilerplate } from '../../src/ingest/stages/strip-boilerplate.ts';
import { normalize } from '../../src/ingest/stages/normalize.ts';
import { flagGarbled } from '../../src/ingest/stages/flag-garbled.ts';
import { splitLines } from '../../src/ingest/stages/split-lines.ts';
import { draftOf, linesDraft } from './helpers.ts';

/** Twelve invented body paragraphs, long enough that the middle ones are not at an edge. */
const BODY = [
	'记者从扬州市交通运输局获悉，连淮扬镇铁路今年客流量突破一千万人次。',
	'这条铁路串联起淮安、扬州、镇江等城市，沿线市民往返上海的时间明显缩短。',
	'扬州东站工作人员介绍，节假日期间车站增开临时列车，最多时一天发送旅客三万人次。',
	'与此同时，扬州与上海两地签署了文旅合作协议，推出多条周末旅游线路。',
	'不少上海游客乘坐高铁来到瘦西湖、东关街游玩，当天往返成为新的出行方式。',
	'当地酒店和餐饮企业也迎来客流高峰，部分民宿提前一个月就已订满。',
	'扬州市文旅局相关负责人表示，将进一步完善交通接驳和公共服务设施。',
	'下一步，扬州还将加强与南京都市圈、上海大都市圈的协作。',
	'专家认为，轨道交通的互联互通是长三角一体化的重要支撑。',
	'预计到明年，区域内还将有多条城际铁路建成通车。',
	'市民王先生说，以前去上海要坐大巴，现在方便多了。',
	'据悉，扬州还将开通至杭州方向的直达列车。',
];

const removedKinds = (lines: string[]) => stripBoilerplate(linesDraft(lines)).removed.map((r) => r.kind);

describe('strip boilerplate: notices in both scripts', () => {
	const NOTICES: [line: string, rule: string][] = [
		['版权所有 © 2024 嘉兴日报社', 'copyright'],
		['版權所有，未經授權不得轉載', 'copyright'],
		['Copyright © 2019 Example Media. All Rights Reserved.', 'copyright'],
		['©2021 湖州在线', 'copyright'],
		['转载请注明出处', 'repost-notice'],
		['轉載請註明出處', 'repost-notice'],
		['【本文转载须注明原文链接】', 'repost-notice'],
		['未经许可，不得转载', 'exclusive-rights'],
		['未經本網書面授權，禁止轉載、鏡像', 'exclusive-rights'],
		['本文独家版权归无锡日报所有', 'exclusive-rights'],
		['全部评论', 'comment-widget'],
		['全部評論(12)', 'comment-widget'],
		['暂无评论', 'comment-widget'],
		['已有25条评论', 'comment-widget'],
		['违法和不良信息举报电话：0571-12345678', 'hotline'],
		['新聞熱線：02-2345-6789', 'hotline'],
	];
	for (const [line, rule] of NOTICES) {
		it(`removes “${line}” wherever it stands (${rule})`, () => {
			expect(matchBoilerplate(line, false)?.rule.id).toBe(rule);
			const lines = [...BODY.slice(0, 6), line, ...BODY.slice(6)];
			const draft = stripBoilerplate(linesDraft(lines));
			expect(draft.lines).toEqual(BODY);
			expect(draft.removed).toEqual([{ kind: `boilerplate:${rule}`, text: line }]);
		});
	}

	const EDGE_ONLY: [line: string, rule: string][] = [
		['扫码关注“湖州发布”微信公众号', 'app-promotion'],
		['下載看看新聞客戶端', 'app-promotion'],
		['分享到：', 'share-widget'],
		['返回首页', 'share-widget'],
		['上一篇：苏州湾大桥通车', 'share-widget'],
	];
	for (const [line, rule] of EDGE_ONLY) {
		it(`removes “${line}” at the edge of the article but not in its middle (${rule})`, () => {
			expect(matchBoilerplate(line, true)?.rule.id).toBe(rule);
			expect(matchBoilerplate(line, false)).toBeUndefined();
			const atEnd = stripBoilerplate(linesDraft([...BODY, line]));
			expect(atEnd.lines).toEqual(BODY);
			const inMiddle = stripBoilerplate(linesDraft([...BODY.slice(0, 6), line, ...BODY.slice(6)]));
			expect(inMiddle.lines).toContain(line);
		});
	}

	it('keeps the URL of a reposting notice as provenance, query string and all', () => {
		const url = 'https://news.example.com.tw/a/123?from=home&id=9';
		const draft = stripBoilerplate(linesDraft([...BODY, `（轉載請註明來源：${url}）`]));
		expect(draft.lines).toEqual(BODY);
		expect(draft.found.sourceUrl).toBe(url);
	});

	it('keeps the URL intact through the stages that run before (garbled-span detection sees the whole text)', () => {
		const url = 'http://www.example.cn/news/show.php?itemid=2024&page=1';
		let draft = draftOf([...BODY, `转载请注明来源：${url}`].join('\n'));
		for (const stage of [normalize, flagGarbled, splitLines, stripBoilerplate]) draft = stage(draft);
		expect(draft.found.sourceUrl).toBe(url);
		expect(draft.flags).toEqual([]);
	});

	for (const line of ['原文链接：https://www.example.com/2024/a.html', '原文連結：https://www.example.com/2024/a.html', '本文地址：https://www.example.com/2024/a.html']) {
		it(`takes a bare source-URL line at the end: ${line.slice(0, 5)}`, () => {
			const draft = stripBoilerplate(linesDraft([...BODY, line]));
			expect(draft.lines).toEqual(BODY);
			expect(draft.found.sourceUrl).toBe('https://www.example.com/2024/a.html');
		});
	}
});

describe('strip boilerplate: what must stay', () => {
	it('keeps an article without boilerplate as it is', () => {
		const draft = stripBoilerplate(linesDraft(BODY));
		expect(draft.lines).toEqual(BODY);
		expect(draft.removed).toEqual([]);
	});

	it('keeps a long paragraph that merely discusses copyright', () => {
		const paragraph = [
			'在近日举行的长三角版权保护协作会议上，沪苏浙皖四地版权管理部门就网络转载、短视频剪辑、有声读物等领域的侵权问题交换了意见，并发布了十起典型案例。',
			'其中一起案例中，某自媒体账号长期搬运地方报纸的原创稿件，被判赔偿经济损失八万元。',
			'与会代表认为，稿件末尾“版权所有，未经许可不得转载”的声明并不能替代作品登记，媒体和企业应当主动留存证据、及时维权。',
			'会议还商定，四地将共建版权监测平台，推动侵权线索跨区域移送，并在年内联合开展两次专项执法行动，重点整治网络平台上的批量转载和洗稿行为，切实维护原创作者的合法权益，营造尊重知识产权的良好氛围。',
		].join('');
		expect(paragraph.length).toBeGreaterThan(200);
		expect(removedKinds([...BODY.slice(0, 6), paragraph, ...BODY.slice(6)])).toEqual([]);
	});

	it('keeps a sentence about a copyright holder', () => {
		const line = '据了解，这部纪录片的版权所有者为苏州一家影视公司，已授权多家平台播出。';
		expect(matchBoilerplate(line, false)).toBeUndefined();
		expect(removedKinds([...BODY.slice(0, 6), line, ...BODY.slice(6)])).toEqual([]);
	});

	it('keeps a short sentence quoting a notice, but not the notice itself', () => {
		const quoted = '他指出，很多网站只写一句“未经授权不得转载”，却从不追究。';
		expect(matchBoilerplate(quoted, false)).toBeUndefined();
		expect(matchBoilerplate('未经授权不得转载', false)?.rule.id).toBe('exclusive-rights');
	});

	it('keeps a sentence in the body that mentions a WeChat account', () => {
		const line = '市民可以扫码关注“扬州发布”微信公众号，在线预约景区门票。';
		const draft = stripBoilerplate(linesDraft([...BODY.slice(0, 6), line, ...BODY.slice(6)]));
		expect(draft.lines).toContain(line);
	});

	it('keeps a short last line of the article when no footer stands above it', () => {
		const lines = [...BODY, '（完）', '编辑 周敏'];
		const draft = stripBoilerplate(linesDraft(lines));
		expect(draft.lines).toEqual(lines);
	});
});

describe('strip boilerplate: the trailing block', () => {
	it('removes the short widget lines below a site footer, quoting each', () => {
		const footer = ['全部评论', '点赞', '收藏 12', '我来说两句', '版权所有 © 2024 扬州网'];
		const draft = stripBoilerplate(linesDraft([...BODY, ...footer]));
		expect(draft.lines).toEqual(BODY);
		expect(draft.removed.map((r) => r.text)).toEqual(footer);
		expect(draft.removed.filter((r) => r.kind === 'boilerplate:trailing-block').map((r) => r.text)).toEqual(['点赞', '收藏 12', '我来说两句']);
	});

	it('does not reach past a real sentence into the body', () => {
		const lines = [...BODY, '全部评论', '网友：扬州的早茶真不错，周末还要再去一次。', '点赞'];
		const draft = stripBoilerplate(linesDraft(lines));
		expect(draft.lines).toContain(BODY.at(-1));
		expect(draft.lines).toContain('网友：扬州的早茶真不错，周末还要再去一次。');
	});

	it('a file that is only boilerplate has no lines left', () => {
		const draft = stripBoilerplate(linesDraft(['版权所有 © 2024 示例网', '转载请注明出处', '全部评论', '暂无评论']));
		expect(draft.lines).toEqual([]);
		expect(draft.removed).toHaveLength(4);
	});
});

describe('strip boilerplate: copyright lines are read for the publisher before they go', () => {
	for (const [line, name, confidence] of [
		['本文版權所有 © 聯合新聞網', '聯合新聞網', 'medium'],
		['Copyright © 2021 huanqiu.com All Rights Reserved', '环球时报', 'medium'],
		['© 2020 松江晨报 版权所有', '松江晨报', 'low'],
		['版权归新民网所有，未经许可不得转载', '新民网', 'medium'],
	] as const) {
		it(line, () => {
			const draft = stripBoilerplate(linesDraft([...BODY, line]));
			expect(draft.lines).toEqual(BODY);
			expect(draft.removed.map((r) => r.text)).toEqual([line]);
			expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'copyright', name, confidence })]);
		});
	}

	for (const line of ['本网版权所有，未经授权不得转载', '版权所有 © 2023 某某文化传播有限公司', 'Copyright © 2022 人民网 新华网']) {
		it(`names no outlet: ${line}`, () => {
			const draft = stripBoilerplate(linesDraft([...BODY, line]));
			expect(draft.lines).toEqual(BODY);
			expect(draft.found.publisherEvidence).toEqual([]);
		});
	}
});

describe('strip boilerplate: a rights notice glued into a paragraph names the outlet, and the text stays', () => {
	// Longer than any notice line, as the paragraphs such notices are glued to are: the line is text, not a notice.
	const PARAGRAPH = [
		'新竹科學園區今年第三季營業額創下新高，半導體與光電產業貢獻最多，園區管理局預估全年營業額將再成長一成。',
		'管理局表示，園區內今年新增廠商二十家，其中有八家來自生技醫療領域，另有五家投入綠能與儲能設備的研發。',
		'為了因應廠商的用水與用電需求，管理局已和自來水公司及電力公司協商，將在明年完成新的供水管線與變電所。',
		'園區周邊的交通問題也受到關注，縣府計畫增設兩條聯外道路，並加開尖峰時段的公車班次，以紓解上下班車潮。',
		'多位廠商代表指出，人才招募仍是最大挑戰，希望政府持續推動產學合作，讓更多畢業生願意留在新竹就業發展。',
		'另外，園區也將舉辦國際投資說明會，邀請歐洲與日本的廠商前來參訪，希望吸引更多外資在台灣設立研發中心。',
		'管理局強調，未來會持續改善園區的生活機能，包括增設托育中心、運動場館與員工宿舍，讓從業人員安心工作。',
	].join('');
	for (const [notice, name] of [
		['本文經商業周刊授權轉載，請勿另行複製。', '商業周刊'],
		['※本文由今周刊授權轉載。', '今周刊'],
		['本文版權所有，未經數位時代書面授權不得轉載。', '數位時代'],
	] as const) {
		it(notice, () => {
			const line = `${PARAGRAPH}${notice}`;
			const draft = stripBoilerplate(linesDraft([...BODY, line]));
			expect(draft.lines).toEqual([...BODY, line]);
			expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'copyright', name, confidence: 'medium' })]);
		});
	}

	for (const notice of ['本文獲作者授權轉載。', '本研究報告由某某期貨股份有限公司版權所有，未經授權禁止轉載。', '他說，「商業周刊版權所有，未經同意禁止轉載」是常見的聲明。']) {
		it(`names no known outlet, or quotes one: ${notice}`, () => {
			const draft = stripBoilerplate(linesDraft([...BODY, `${PARAGRAPH}${notice}`]));
			expect(draft.found.publisherEvidence).toEqual([]);
		});
	}
});
