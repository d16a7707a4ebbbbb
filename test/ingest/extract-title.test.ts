import { describe, expect, it } from 'vitest';
import { dropRepeatedHeadline, extractLeadingHeadline, extractOriginalTitle, extractSubtitle } from '../../src/ingest/stages/extract-title.ts';
import { isHeadlineLike } from '../../src/ingest/text/line-kinds.ts';
import { linesDraft } from './helpers.ts';

const P1 = '记者从泰州市获悉，常泰长江大桥主航道桥合龙，预计明年建成通车。';
const P2 = '大桥建成后，泰州至常州的车程将由一个多小时缩短至二十分钟。';

describe('extract title: the 原标题 line', () => {
	it('takes the title and the subtitle under it', () => {
		const draft = extractOriginalTitle(linesDraft(['原标题：常泰长江大桥主航道桥合龙', '泰州至常州车程将缩短至二十分钟', P1, P2]));
		expect(draft.found.title).toEqual({ text: '常泰长江大桥主航道桥合龙', method: '原标题 line', confidence: 'high' });
		expect(draft.found.subtitle).toBe('泰州至常州车程将缩短至二十分钟');
		expect(draft.lines).toEqual([P1, P2]);
		expect(draft.removed.map((r) => r.kind)).toEqual(['title', 'subtitle']);
	});

	it('in Traditional script, with an ASCII colon', () => {
		const draft = extractOriginalTitle(linesDraft(['原標題:高雄捷運黃線動工', '預計二〇二八年通車', '高雄市政府今天宣布，捷運黃線正式動工。']));
		expect(draft.found.title?.text).toBe('高雄捷運黃線動工');
		expect(draft.found.subtitle).toBe('預計二〇二八年通車');
	});

	it('a sentence under the 原标题 line is body text, not a subtitle', () => {
		const draft = extractOriginalTitle(linesDraft(['原标题：常泰长江大桥主航道桥合龙', P1, P2]));
		expect(draft.found.subtitle).toBeUndefined();
		expect(draft.lines).toEqual([P1, P2]);
	});

	it('finds the line wherever it stands', () => {
		const draft = extractOriginalTitle(linesDraft([P1, P2, '原标题：常泰长江大桥主航道桥合龙']));
		expect(draft.found.title?.text).toBe('常泰长江大桥主航道桥合龙');
		expect(draft.lines).toEqual([P1, P2]);
	});

	it('does nothing without one', () => {
		const draft = linesDraft([P1, P2]);
		expect(extractOriginalTitle(draft)).toBe(draft);
	});
});

describe('extract title: a headline on the first line', () => {
	it('takes a short first line without sentence punctuation', () => {
		const draft = extractLeadingHeadline(linesDraft(['常泰长江大桥主航道桥合龙', P1, P2]));
		expect(draft.found.title).toMatchObject({ text: '常泰长江大桥主航道桥合龙', confidence: 'medium' });
		expect(draft.lines).toEqual([P1, P2]);
		expect(draft.removed).toEqual([{ kind: 'title', text: '常泰长江大桥主航道桥合龙' }]);
	});

	it('takes a Traditional headline with a space in it', () => {
		const draft = extractLeadingHeadline(linesDraft(['桃園機場捷運 延伸線今年底通車', '交通部今天表示，機場捷運延伸線工程進度超前。']));
		expect(draft.found.title?.text).toBe('桃園機場捷運 延伸線今年底通車');
	});

	it('the rest of a dateline line is the lead, not a headline, even when it runs on to the next line', () => {
		const dateline = '新华社常州4月2日电 ';
		const lead = '记者从常州市发改委获悉,今年常州新开工重大产业项目';
		const draft = linesDraft([lead, '一百二十个,总投资超过千亿元。', P2], {
			text: `${dateline}${lead}\n一百二十个,总投资超过千亿元。\n${P2}`,
			removed: [{ kind: 'dateline', text: dateline }],
		});
		const result = extractLeadingHeadline(draft);
		expect(result.found.title).toBeUndefined();
		expect(result.lines[0]).toBe(lead);
	});

	it('a first line that is a sentence is no headline', () => {
		const draft = linesDraft([P1, P2]);
		const result = extractLeadingHeadline(draft);
		expect(result.found.title).toBeUndefined();
		expect(result.lines).toEqual([P1, P2]);
	});

	it('a text of one line has no headline to take', () => {
		const draft = extractLeadingHeadline(linesDraft(['常泰长江大桥主航道桥合龙']));
		expect(draft.found.title).toBeUndefined();
		expect(draft.lines).toHaveLength(1);
	});

	it('keeps a title found before (原标题) and leaves the lines alone', () => {
		const found = { title: { text: '已有标题', method: '原标题 line', confidence: 'high' as const }, authors: [], editors: [] };
		const draft = extractLeadingHeadline(linesDraft(['常泰长江大桥主航道桥合龙', P1], { found }));
		expect(draft.found.title?.text).toBe('已有标题');
		expect(draft.lines).toEqual(['常泰长江大桥主航道桥合龙', P1]);
	});
});

describe('isHeadlineLike', () => {
	for (const line of ['常泰长江大桥主航道桥合龙', '“智慧港口”这样建成', '沪苏湖高铁 开通倒计时', '長三角議事廳：聚焦數據跨境', '一、总体要求']) {
		it(`a headline: ${line}`, () => expect(isHeadlineLike(line)).toBe(true));
	}
	for (const line of [P1, '大桥建成通车。', '好', 'GDP growth in 2024', '这座大桥全长十公里，是世界上最长的公铁两用斜拉桥之一所在的位置']) {
		it(`not a headline: ${line.slice(0, 16)}`, () => expect(isHeadlineLike(line)).toBe(false));
	}
});

describe('extract leading headline: repeated headline lines', () => {
	const TITLE = '全省春耕备耕工作会议召开 强调 抓好粮食生产 确保农业丰收';
	const BODY = '记者从会上获悉，今年全省粮食播种面积将稳定在一亿亩以上。';
	it('drops lines that repeat parts of a long headline, and reports them', () => {
		const draft = extractLeadingHeadline(linesDraft([TITLE, '抓好粮食生产', '确保农业丰收', BODY]));
		expect(draft.found.title?.text).toBe(TITLE);
		expect(draft.lines).toEqual([BODY]);
		expect(draft.removed.filter((r) => r.kind === 'title:repeated').map((r) => r.text)).toEqual(['抓好粮食生产', '确保农业丰收']);
	});
	it('keeps a following headline-like line that is not part of the headline (a roundup item’s own heading)', () => {
		const draft = extractLeadingHeadline(linesDraft(['国际新闻快讯', '多国央行宣布维持利率不变', BODY]));
		expect(draft.found.title?.text).toBe('国际新闻快讯');
		expect(draft.lines).toEqual(['多国央行宣布维持利率不变', BODY]);
	});
});

describe('extract title: headlines that end in a mark', () => {
	for (const headline of ['金华到义乌的轻轨为何又延期？', '宁波舟山港吞吐量再创新高！', '嘉善：这个小镇凭什么吸引上百家企业?', '市長回應：「明年一定動工」']) {
		it(`takes and keeps the final mark: ${headline}`, () => {
			const draft = extractLeadingHeadline(linesDraft([headline, P1, P2]));
			expect(draft.found.title?.text).toBe(headline);
			expect(draft.lines).toEqual([P1, P2]);
		});
	}

	it('a first line with a full stop is still a sentence, whatever it ends with', () => {
		const line = '工程已经完工。居民问：什么时候通车？';
		expect(extractLeadingHeadline(linesDraft([line, P1])).found.title).toBeUndefined();
	});

	it('a quotation the line did not open is not a headline end', () => {
		const line = '他说，这只是开始」';
		expect(extractLeadingHeadline(linesDraft([line, P1])).found.title).toBeUndefined();
	});
});

describe('drop repeated headline', () => {
	it('drops a first body line that repeats the headline, with or without its final mark, and reports it', () => {
		for (const repeat of ['金华轻轨为何又延期？', '金华轻轨为何又延期']) {
			const draft = dropRepeatedHeadline(linesDraft([repeat, P1], { found: { authors: [], editors: [], title: { text: '金华轻轨为何又延期？', method: 'page metadata', confidence: 'high' } } }));
			expect(draft.lines).toEqual([P1]);
			expect(draft.removed).toEqual([{ kind: 'title:repeated', text: repeat }]);
		}
	});

	it('keeps a first line that only starts like the headline, and keeps everything without a headline', () => {
		const found = { authors: [], editors: [], title: { text: '金华轻轨延期', method: 'page metadata', confidence: 'high' as const } };
		expect(dropRepeatedHeadline(linesDraft(['金华轻轨延期一年，市民盼早日通车。', P1], { found })).lines).toHaveLength(2);
		expect(dropRepeatedHeadline(linesDraft(['金华轻轨延期', P1])).lines).toHaveLength(2);
	});

	it('never leaves an article without text', () => {
		const found = { authors: [], editors: [], title: { text: '金华轻轨延期', method: 'page metadata', confidence: 'high' as const } };
		expect(dropRepeatedHeadline(linesDraft(['金华轻轨延期'], { found })).lines).toEqual(['金华轻轨延期']);
	});
});

describe('extract subtitle', () => {
	const found = { authors: [], editors: [], title: { text: '金华轻轨延期', method: 'headline on the first line', confidence: 'medium' as const } };
	it('a headline-like line opening the body is the subtitle when nothing else reads as a subheading', () => {
		const draft = extractSubtitle(linesDraft(['市民盼早日通车', P1, P2], { found }));
		expect(draft.found.subtitle).toBe('市民盼早日通车');
		expect(draft.lines).toEqual([P1, P2]);
		expect(draft.removed).toEqual([{ kind: 'subtitle', text: '市民盼早日通车' }]);
	});

	it('in a roundup, where other lines read as subheadings, it stays the first item’s heading', () => {
		const lines = ['市民盼早日通车', P1, '二期工程同步开工', P2];
		expect(extractSubtitle(linesDraft(lines, { found })).lines).toEqual(lines);
	});

	it('no headline, no subtitle; and a subtitle already found is kept', () => {
		expect(extractSubtitle(linesDraft(['市民盼早日通车', P1])).found.subtitle).toBeUndefined();
		expect(extractSubtitle(linesDraft(['市民盼早日通车', P1], { found: { ...found, subtitle: '已有副题' } })).found.subtitle).toBe('已有副题');
	});
});
