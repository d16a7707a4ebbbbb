import { describe, expect, it } from 'vitest';
import { extractDisplacedHeadline } from '../../src/ingest/stages/extract-displaced-headline.ts';
import { rejoinBrokenLines } from '../../src/ingest/stages/rejoin-broken-lines.ts';
import { linesDraft } from './helpers.ts';

const OPENING = '今年以来，南通市加快推进沿江科创带建设，一批重大平台相继落地。';
const BROKEN = '在南通创新区，记者看到一栋栋研发楼拔地而起，已入驻企业超过';
const RESUMED = '两百家。区管委会负责人介绍，今年还将引进高层次人才团队十个。';
const CLOSING = '据悉，南通还将与上海共建科技成果转化基地，推动更多成果落地。';

describe('extract displaced headline', () => {
	it('takes a kicker and headline that layout dropped into a sentence', () => {
		const draft = extractDisplacedHeadline(linesDraft([OPENING, BROKEN, '江海观察', '沿江科创带上的新引擎', RESUMED, CLOSING]));
		expect(draft.found.title).toMatchObject({ text: '沿江科创带上的新引擎', confidence: 'medium' });
		expect(draft.found.kicker).toBe('江海观察');
		expect(draft.lines).toEqual([OPENING, BROKEN, RESUMED, CLOSING]);
		expect(draft.removed).toEqual([
			{ kind: 'layout:displaced-headline', text: '江海观察' },
			{ kind: 'layout:displaced-headline', text: '沿江科创带上的新引擎' },
		]);
	});

	it('takes a headline and subtitle in Traditional script', () => {
		const lines = ['新竹科學園區今年營業額再創新高，', '竹科再擴建', '寶山用地第二期動工', '園區管理局表示，新廠區將帶來五千個就業機會。', '預計三年內完工。'];
		const draft = extractDisplacedHeadline(linesDraft(lines));
		expect(draft.found.title?.text).toBe('竹科再擴建');
		expect(draft.found.subtitle).toBe('寶山用地第二期動工');
		expect(draft.lines).toEqual([lines[0], lines[3], lines[4]]);
	});

	it('the sentence reads on once the broken line is rejoined', () => {
		let draft = extractDisplacedHeadline(linesDraft([OPENING, BROKEN, '江海观察', '沿江科创带上的新引擎', RESUMED, CLOSING]));
		draft = rejoinBrokenLines(draft);
		expect(draft.lines).toEqual([OPENING, BROKEN + RESUMED, CLOSING]);
	});

	it('keeps a title found before, but still takes the displaced lines out of the body', () => {
		const found = { title: { text: '原有标题', method: '原标题 line', confidence: 'high' as const }, authors: [], editors: [] };
		const draft = extractDisplacedHeadline(linesDraft([OPENING, BROKEN, '沿江科创带上的新引擎', RESUMED], { found }));
		expect(draft.found.title?.text).toBe('原有标题');
		expect(draft.lines).toEqual([OPENING, BROKEN, RESUMED]);
	});

	it('leaves a real subheading after a finished sentence alone', () => {
		const lines = [OPENING, '创新平台加速集聚', '在南通创新区，记者看到一栋栋研发楼拔地而起。', CLOSING];
		const draft = extractDisplacedHeadline(linesDraft(lines));
		expect(draft.lines).toEqual(lines);
		expect(draft.found.title).toBeUndefined();
		expect(draft.removed).toEqual([]);
	});

	it('leaves a run of short lines (a list) alone', () => {
		const lines = [BROKEN, '智能制造产业园', '生物医药产业园', '新材料产业园', '海洋装备产业园', CLOSING];
		const draft = extractDisplacedHeadline(linesDraft(lines));
		expect(draft.lines).toEqual(lines);
	});

	it('needs text after the headline: a short last line is not displaced', () => {
		const lines = [OPENING, BROKEN, '沿江科创带上的新引擎'];
		expect(extractDisplacedHeadline(linesDraft(lines)).lines).toEqual(lines);
	});
});

describe('extract displaced headline: lines that only look like one stay in the text', () => {
	const cases: [string, string[]][] = [
		['a word runs across the break (主 ⏎ 管机关)', ['本公司员工认股权凭证之发行，依当时中华民国主', '管机关所订之相关规定及子公司注册地法令', '办理之。其余事项依董事会决议。']],
		['the line ends on a function word', ['各营业日股票电脑议价系统内，本公司股票普通股之', '每一营业日成交金额之', '平均值计算。以上资料仅供参考。']],
		['the line holds a space (a signature)', ['踔厉前行，开启两国友好合作新篇章', '国家主席 王某某', '三月二十日，在出访之际发表署名文章。']],
		['the line holds an enumeration comma (a broken list)', ['本次合作涵盖制造业、服务业，以及农业、', '林业、渔业和旅游业', '等多个领域。双方将定期会商。']],
		['the line is a list item', ['本次会议议程如下，请各单位提前准备，', '一、审议年度报告', '相关材料已于会前印发。']],
	];
	for (const [why, lines] of cases) {
		it(why, () => {
			const draft = extractDisplacedHeadline(linesDraft(lines));
			expect(draft.lines).toEqual(lines);
			expect(draft.removed).toEqual([]);
			expect(draft.found.title).toBeUndefined();
		});
	}
});
