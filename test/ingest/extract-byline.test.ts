import { describe, expect, it } from 'vitest';
import { extractByline } from '../../src/ingest/stages/extract-byline.ts';
import { linesDraft } from './helpers.ts';

const FIRST = '连云港徐圩新区今年新落地石化项目六个，带动就业四千余人。';
const LAST = '园区负责人表示，将加快推进配套管网建设。';
const run = (lines: string[]) => extractByline(linesDraft(lines));

describe('extract byline: formats', () => {
	it('a parenthesised byline with the publisher at the end of the last line', () => {
		const draft = run([FIRST, `${LAST}(新民晚报记者 周文杰)`]);
		expect(draft.found.authors).toEqual([{ name: '周文杰', role: '记者' }]);
		expect(draft.found.publisher).toMatchObject({ name: '新民晚报', confidence: 'high' });
		expect(draft.lines).toEqual([FIRST, LAST]);
		expect(draft.removed).toEqual([{ kind: 'byline', text: '(新民晚报记者 周文杰)' }]);
	});

	it('several roles in one byline: each name takes the role before it, and roles are never names', () => {
		const draft = run([FIRST, `${LAST}（扬子晚报记者 顾丽华 通讯员 陈晓 实习生 王一帆）`]);
		expect(draft.found.authors).toEqual([
			{ name: '顾丽华', role: '记者' },
			{ name: '陈晓', role: '通讯员' },
			{ name: '王一帆', role: '实习生' },
		]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a Traditional byline at the start of the first line', () => {
		const draft = run([`（記者 林佳慧）${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '林佳慧', role: '記者' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a byline with an editor inside the parentheses', () => {
		const draft = run([FIRST, `${LAST}(看看新闻Knews记者 王海燕 实习编辑:陈一鸣)`]);
		expect(draft.found.authors).toEqual([{ name: '王海燕', role: '记者' }]);
		expect(draft.found.editors).toEqual([{ name: '陈一鸣', role: '实习编辑' }]);
		expect(draft.found.publisher?.name).toBe('看看新闻Knews');
	});

	it('a byline line: 本报记者 with two names', () => {
		const draft = run(['本报记者 刘明 张芳', FIRST, LAST]);
		expect(draft.found.authors).toEqual([
			{ name: '刘明', role: '本报记者' },
			{ name: '张芳', role: '本报记者' },
		]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a byline line naming the publisher: 澎湃新闻记者 王芳', () => {
		const draft = run(['澎湃新闻记者 王芳', FIRST, LAST]);
		expect(draft.found.authors).toEqual([{ name: '王芳', role: '记者' }]);
		expect(draft.found.publisher?.name).toBe('澎湃新闻');
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a byline line with a reporter and a photographer', () => {
		const draft = run(['记者 李阳 摄影 张强', FIRST, LAST]);
		expect(draft.found.authors).toEqual([
			{ name: '李阳', role: '记者' },
			{ name: '张强', role: '摄影' },
		]);
	});

	it('本版稿件均为本报记者…采写', () => {
		const draft = run([FIRST, LAST, '本版稿件均为本报记者何欣采写']);
		expect(draft.found.authors).toEqual([{ name: '何欣', role: '本报记者' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a Taiwanese byline: 〔記者陳志明／高雄報導〕', () => {
		const draft = run([`〔記者陳志明／高雄報導〕${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '陳志明', role: '記者' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	for (const [line, editors] of [
		['责任编辑：赵磊', [{ name: '赵磊', role: '责任编辑' }]],
		['编辑:孙宇', [{ name: '孙宇', role: '编辑' }]],
		['（责任编辑：钱多多）', [{ name: '钱多多', role: '责任编辑' }]],
		['責任編輯：黃美玲', [{ name: '黃美玲', role: '責任編輯' }]],
	] as const) {
		it(`an editor line: ${line}`, () => {
			const draft = run([FIRST, LAST, line]);
			expect(draft.found.editors).toEqual(editors);
			expect(draft.found.authors).toEqual([]);
			expect(draft.lines).toEqual([FIRST, LAST]);
		});
	}

	for (const line of ['文/王小明', '文／记者 王小明', '作者：王小明']) {
		it(`a writer credit line: ${line}`, () => {
			const draft = run([FIRST, LAST, line]);
			expect(draft.found.authors.map((a) => a.name)).toEqual(['王小明']);
			expect(draft.lines).toEqual([FIRST, LAST]);
		});
	}

	it('does not add the same person twice', () => {
		const draft = extractByline(linesDraft([FIRST, `${LAST}(记者 周文杰)`], { found: { authors: [{ name: '周文杰', role: '记者' }], editors: [] } }));
		expect(draft.found.authors).toEqual([{ name: '周文杰', role: '记者' }]);
	});
});

describe('extract byline: sentences about reporters stay', () => {
	const SENTENCES = [
		'记者在现场看到，工人们正在紧张施工。',
		'记者从南通市发改委获悉，沪通铁路二期工程进展顺利。',
		'据本报记者了解，这一政策将于下月实施。',
		'他告诉记者：“我们准备再招二十名工人。”',
	];
	for (const sentence of SENTENCES) {
		it(sentence, () => {
			const draft = run([FIRST, sentence, LAST]);
			expect(draft.lines).toEqual([FIRST, sentence, LAST]);
			expect(draft.found.authors).toEqual([]);
			expect(draft.removed).toEqual([]);
		});
	}

	it('a parenthesis in the body that is no byline stays', () => {
		const line = '苏州工业园区（简称“园区”）今年新增外资项目三十个。';
		const draft = run([line, LAST]);
		expect(draft.lines).toEqual([line, LAST]);
	});
});

describe('extract byline: wire credits, closing credits and outlet datelines', () => {
	it('a wire credit with the place run into the name, in Traditional', () => {
		const draft = run([`（中央社記者張美華高雄8日電）${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '張美華', role: '記者' }]);
		expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'credit', name: '中央社', confidence: 'high' })]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a wire credit with two reporters and a foreign place, in Simplified', () => {
		const draft = run([FIRST, `（中央社记者林一新、陈美君华盛顿3日专电）${LAST}`]);
		expect(draft.found.authors.map((a) => a.name)).toEqual(['林一新', '陈美君']);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a two-character name before a two-character place', () => {
		const draft = run([`（中央社記者葉真新竹電）${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '葉真', role: '記者' }]);
	});

	for (const [credit, name] of [
		['（环球网）', '环球网'],
		['（中央社）', '中央社'],
		['（來源：聯合報）', '聯合報'],
	] as const) {
		it(`a closing credit naming the outlet: ${credit}`, () => {
			const draft = run([FIRST, `${LAST}${credit}`]);
			expect(draft.found.publisherEvidence?.map((e) => e.name)).toEqual([name]);
			expect(draft.lines).toEqual([FIRST, LAST]);
			expect(draft.removed).toEqual([{ kind: 'byline', text: credit }]);
		});
	}

	it("an outlet's name in a credit shape it does not print is no credit (上報 is also a verb)", () => {
		const line = `${LAST}（上報）`;
		expect(run([FIRST, line]).lines).toEqual([FIRST, line]);
		expect(run(['上報記者林慧君／台北報導', FIRST, LAST]).found.publisher).toMatchObject({ name: '上報', confidence: 'high' });
	});

	it('a parenthesis naming an outlet in the middle of the text is not a closing credit', () => {
		const line = `${FIRST}（环球网）`;
		expect(run([line, LAST]).lines).toEqual([line, LAST]);
	});

	for (const [lead, outlet, reporter] of [
		['第一财经讯（记者 周晓燕）', '第一财经', '周晓燕'],
		['第一財經訊（記者 周曉燕）', '第一財經', '周曉燕'],
	] as const) {
		it(`an outlet's dateline without a date: ${lead}`, () => {
			const draft = run([`${lead}${FIRST}`, LAST]);
			expect(draft.found.publisher).toMatchObject({ name: outlet, confidence: 'high' });
			expect(draft.found.authors).toEqual([{ name: reporter, role: lead.includes('記') ? '記者' : '记者' }]);
			expect(draft.lines).toEqual([FIRST, LAST]);
		});
	}

	it('a byline closing a paragraph in the middle of the text', () => {
		const draft = run([`${FIRST}（記者 范文傑）`, '另一則消息指出，市府明年將增設兩座轉運站。', LAST]);
		expect(draft.found.authors).toEqual([{ name: '范文傑', role: '記者' }]);
		expect(draft.lines[0]).toBe(FIRST);
	});
});

describe('extract byline: byline lines in both scripts', () => {
	for (const [line, authors] of [
		['採訪．攝影╱林子晴', [{ name: '林子晴', role: '採訪．攝影' }]],
		['文字／王一鸣　摄影／刘畅', [{ name: '王一鸣', role: '文字' }, { name: '刘畅', role: '摄影' }]],
		['文／李明哲', [{ name: '李明哲', role: '文' }]],
		['记者 钱晓峰 通讯员 黄蕾', [{ name: '钱晓峰', role: '记者' }, { name: '黄蕾', role: '通讯员' }]],
		['記者 錢曉峰 通訊員 黃蕾', [{ name: '錢曉峰', role: '記者' }, { name: '黃蕾', role: '通訊員' }]],
		['記者 梁志強 見習記者 何穎', [{ name: '梁志強', role: '記者' }, { name: '何穎', role: '見習記者' }]],
	] as const) {
		it(line, () => {
			const draft = run([line, FIRST, LAST]);
			expect(draft.found.authors).toEqual(authors);
			expect(draft.lines).toEqual([FIRST, LAST]);
		});
	}

	for (const [line, source, name] of [
		['聯合報記者吳佩珊／高雄即時報導', '聯合報', '吳佩珊'],
		['新京报记者 周琪／北京报道', '新京报', '周琪'],
	] as const) {
		it(`an outlet's reporter with a place: ${line}`, () => {
			const draft = run([line, FIRST, LAST]);
			expect(draft.found.authors.map((a) => a.name)).toEqual([name]);
			expect(draft.found.publisher).toMatchObject({ name: source, confidence: 'high' });
			expect(draft.lines).toEqual([FIRST, LAST]);
		});
	}

	it('a bracketed byline after a page notice on the same line: the notice stays, the outlet is known by its byline shape', () => {
		const notice = '本網站建議以新版瀏覽器閱讀。';
		const draft = run([`${notice}〔記者翁嘉宏／台中報導〕${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '翁嘉宏', role: '記者' }]);
		expect(draft.lines).toEqual([notice, FIRST, LAST]);
		expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'credit', outletId: 'ltn', confidence: 'medium' })]);
	});

	it("a site's comment rules are evidence of the site, and stay in the text", () => {
		const line = '違反上述規定者，中時電子報有權刪除留言。';
		const draft = run([FIRST, line]);
		expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'page', name: '中時電子報' })]);
		expect(draft.lines).toEqual([FIRST, line]);
	});
});

describe('extract byline: places and outlets are never people', () => {
	for (const line of ['（中央社記者台北電）', '〔記者／台北報導〕', '（新华社记者摄）', '（记者 上海报道）', '（圖／記者蔡明達攝）', '（图/记者 何立群 摄）']) {
		it(line, () => {
			const draft = run([FIRST, `${LAST}${line}`]);
			expect(draft.found.authors).toEqual([]);
		});
	}

	it('a byline line whose "names" are not names stays', () => {
		const line = '记者 现场 直击';
		expect(run([line, FIRST, LAST]).lines).toEqual([line, FIRST, LAST]);
	});
});

describe("extract byline: a page's information line", () => {
	it('takes the source and the author and leaves the time', () => {
		const draft = run(['2021-03-04 09:30 来源：嘉兴日报 作者：沈一帆', FIRST, LAST]);
		expect(draft.found.authors).toEqual([{ name: '沈一帆', role: '作者' }]);
		expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'credit', name: '嘉兴日报' })]);
		expect(draft.lines).toEqual(['2021-03-04 09:30', FIRST, LAST]);
	});

	it('in Traditional, labels run together', () => {
		const draft = run(['來源：聯合新聞網作者：林美伶', FIRST, LAST]);
		expect(draft.found.authors.map((a) => a.name)).toEqual(['林美伶']);
		expect(draft.found.publisherEvidence?.map((e) => e.name)).toEqual(['聯合新聞網']);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a sentence with 来源： that names no outlet stays', () => {
		const line = '项目资金来源：省级财政专项补助。';
		expect(run([FIRST, line, LAST]).lines).toEqual([FIRST, line, LAST]);
	});

	it("an editor line with a portal's staff code after the name", () => {
		const draft = run([FIRST, LAST, '责任编辑：孔德明_NB2231']);
		expect(draft.found.editors).toEqual([{ name: '孔德明', role: '责任编辑' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});
});

describe('extract byline: bracket and dateline variants', () => {
	it('a fullwidth square-bracketed byline after a photo credit', () => {
		const draft = run([`（圖，翻攝自網路）［記者柯淑芬／嘉義報導］${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '柯淑芬', role: '記者' }]);
		expect(draft.lines).toEqual(['（圖，翻攝自網路）', FIRST, LAST]);
	});

	it("an outlet's 快讯 dateline", () => {
		const draft = run([`界面快讯（记者 马一鸣）${FIRST}`, LAST]);
		expect(draft.found.publisher).toMatchObject({ name: '界面', confidence: 'high' });
		expect(draft.found.authors).toEqual([{ name: '马一鸣', role: '记者' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});
});

describe('extract byline: an outlet dateline after a lead sentence', () => {
	it('splits the lead off and reads the dateline and its byline', () => {
		const lead = '海关总署今天公布了前三季度的进出口数据。';
		const draft = run([`${lead}新京报快讯（记者 周一凡）${FIRST}`, LAST]);
		expect(draft.lines).toEqual([lead, FIRST, LAST]);
		expect(draft.found.publisher).toMatchObject({ name: '新京报' });
		expect(draft.found.authors).toEqual([{ name: '周一凡', role: '记者' }]);
	});

	it('without a byline after it, an outlet name in a sentence stays', () => {
		const line = '海关总署今天公布了数据。新京报讯息显示，进口增长较快。';
		expect(run([line, LAST]).lines).toEqual([line, LAST]);
	});
});

describe('extract byline: a labelled source the outlets file does not know', () => {
	const FIRST = '湖州市今年新建公园十二座，市民休闲去处更多。';
	const LAST = '预计年底前全部完工并向市民开放。';
	it('a 来源 line of its own names its publisher at low confidence; one naming no outlet (网络, 本站) does not', () => {
		const known = extractByline(linesDraft([FIRST, LAST, '来源：南浔生活圈']));
		expect(known.found.publisher).toMatchObject({ name: '南浔生活圈', confidence: 'low' });
		for (const line of ['来源：网络', '来源：本站']) expect(extractByline(linesDraft([FIRST, LAST, line])).found.publisher).toBeUndefined();
	});

	it('a 来源 after a time on a page line counts too', () => {
		expect(extractByline(linesDraft([FIRST, LAST, '2021-05-06 09:12 来源：南浔生活圈'])).found.publisher?.name).toBe('南浔生活圈');
	});
});

describe('extract byline: more credit shapes (issue 11 §4)', () => {
	it('a wire credit that names no reporter: （中央社開羅7日電）', () => {
		const draft = run([`（中央社開羅7日電）${FIRST}`, LAST]);
		expect(draft.found.publisher).toMatchObject({ name: '中央社', confidence: 'high' });
		expect(draft.found.authors).toEqual([]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('an unknown name before 電 is no wire credit', () => {
		const line = `（某某社開羅7日電）${FIRST}`;
		expect(run([line, LAST]).lines).toEqual([line, LAST]);
	});

	it('writer and photographer at once: （文/图 周立新 蒋雨桐） closing a paragraph', () => {
		const draft = run([FIRST, `${LAST}（文/图 周立新 蒋雨桐）`]);
		expect(draft.found.authors).toEqual([
			{ name: '周立新', role: '文/图' },
			{ name: '蒋雨桐', role: '文/图' },
		]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a contributor credited after the text: （实习生邵一凡对此文亦有贡献）', () => {
		const draft = run([FIRST, LAST, '（实习生邵一凡对此文亦有贡献）']);
		expect(draft.found.authors).toEqual([{ name: '邵一凡', role: '实习生' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('a 采写 label with the outlet and the role: 采写：南都见习记者 刘思远 韩梅', () => {
		const draft = run([FIRST, LAST, '采写：南都见习记者 刘思远 韩梅']);
		expect(draft.found.authors).toEqual([
			{ name: '刘思远', role: '见习记者' },
			{ name: '韩梅', role: '见习记者' },
		]);
		expect(draft.found.publisher).toMatchObject({ name: '南都' });
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it("a column's writer: 《观澜》作者 钱一鸣; the column is no publisher", () => {
		const draft = run(['《观澜》作者 钱一鸣', FIRST, LAST]);
		expect(draft.found.authors).toEqual([{ name: '钱一鸣', role: '作者' }]);
		expect(draft.found.publisher).toBeUndefined();
	});

	it('a lone name in parentheses after the last sentence is the byline', () => {
		const draft = run([FIRST, `${LAST}（邵明远）`]);
		expect(draft.found.authors).toEqual([{ name: '邵明远', role: '' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	for (const [why, lines] of [
		['in the middle of the text', [`${FIRST}（邵明远）`, LAST]],
		['not after a sentence end', [FIRST, '园区负责人邵明远（邵明远）']],
		['a dictionary word, not surely a name', [FIRST, `${LAST}（高明）`]],
		['four characters, more likely a note', [FIRST, `${LAST}（王者归来）`]],
	] as const) {
		it(`a lone parenthesised name is no byline ${why}`, () => {
			const draft = run([...lines]);
			expect(draft.found.authors).toEqual([]);
			expect(draft.lines).toEqual(lines);
		});
	}
});

describe("extract byline: the headline's labels", () => {
	const withHeadline = (headline: string, lines = [FIRST, LAST]) => extractByline(linesDraft(lines, { found: { ...linesDraft([]).found, title: { text: headline, method: 'first line', confidence: 'high' } } }));

	it("an outlet's editorial: 聯合報社論／… names the publisher; the headline keeps its label", () => {
		const draft = withHeadline('聯合報社論／港口轉型不能只靠補貼');
		expect(draft.found.publisher).toMatchObject({ name: '聯合報', confidence: 'high' });
		expect(draft.found.title?.text).toBe('聯合報社論／港口轉型不能只靠補貼');
	});

	for (const headline of ['某某報社論／港口轉型不能只靠補貼', '人民日報評論：港口轉型不能只靠補貼', '新京報社論：港口轉型不能只靠補貼']) {
		it(`names no publisher: ${headline} (an unknown name, or a report on another outlet's editorial)`, () => {
			expect(withHeadline(headline).found.publisher).toBeUndefined();
		});
	}

	it('a column label names its writer: 【邵明遠專欄】…', () => {
		expect(withHeadline('【邵明遠專欄】港股下週仍看量能').found.authors).toEqual([{ name: '邵明遠', role: '專欄' }]);
		expect(withHeadline('〈邵明遠专栏〉港股下周仍看量能').found.authors).toEqual([{ name: '邵明遠', role: '专栏' }]);
	});

	for (const headline of ['【金融專欄】港股下週仍看量能', '〈彭博專欄〉中國出口放緩', '【房地產專欄】房價still漲', '【國際專欄】港股下週仍看量能']) {
		it(`a column label that names no certain person: ${headline}`, () => {
			expect(withHeadline(headline).found.authors).toEqual([]);
		});
	}

	it('a column label opening a paragraph is taken as its byline', () => {
		const draft = run([`【邵明遠專欄】${FIRST}`, LAST]);
		expect(draft.found.authors).toEqual([{ name: '邵明遠', role: '專欄' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});
});

describe("extract byline: an outlet's own notices glued into the text are evidence, and stay", () => {
	for (const [notice, name] of [
		['★《鏡週刊》關心您：颱風天請遠離海邊與河川。', '鏡週刊'],
		['1996年創刊的《今周刊》每週一出刊。', '今周刊'],
		['本服務由數位時代獨立經營管理。', '數位時代'],
		['★本圖由讀者提供，僅供《ETtoday新聞雲》專用。', 'ETtoday新聞雲'],
	] as const) {
		it(notice, () => {
			const line = `${LAST}${notice}`;
			const draft = run([FIRST, line]);
			expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'page', name, confidence: 'medium' })]);
			expect(draft.lines).toEqual([FIRST, line]);
		});
	}

	it('a fund house the data does not know, running a fund platform\'s column, is evidence at low confidence', () => {
		const line = `${LAST}【某某投信 獨立經營管理】`;
		expect(run([FIRST, line]).found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'page', name: '某某投信', confidence: 'low' })]);
	});

	it('the same notice by an outlet the data does not know is no evidence', () => {
		expect(run([FIRST, `${LAST}★《某某週報》關心您：颱風天請遠離海邊。`]).found.publisherEvidence).toEqual([]);
	});
});

describe('extract byline: a site\'s own bylines', () => {
	it("本站讯 names no publisher, but the byline after it names the writers", () => {
		const draft = run([`本站讯（职工通讯员 邵一凡 韩梅）${FIRST}`, LAST]);
		expect(draft.found.authors.map((a) => a.name)).toEqual(['邵一凡', '韩梅']);
		expect(draft.found.publisher).toBeUndefined();
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('本站讯 without a byline stays in the text', () => {
		const line = `本站讯 ${FIRST}`;
		expect(run([line, LAST]).lines).toEqual([line, LAST]);
	});

	it('a unit that supplied the text, then photographer and editor: 药剂科供稿 摄影/钱一鸣 编辑/蒋雨桐', () => {
		const draft = run([FIRST, LAST, '药剂科供稿 摄影/钱一鸣 编辑/蒋雨桐']);
		expect(draft.found.authors).toEqual([{ name: '钱一鸣', role: '摄影' }]);
		expect(draft.found.editors).toEqual([{ name: '蒋雨桐', role: '编辑' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it("a site's columnist in brackets: 【文/某某网专栏作者 钱一鸣】", () => {
		const draft = run(['【文/某某网专栏作者 钱一鸣】', FIRST, LAST]);
		expect(draft.found.authors).toEqual([{ name: '钱一鸣', role: '专栏作者' }]);
		expect(draft.lines).toEqual([FIRST, LAST]);
	});
});

describe("extract byline: a page's date line naming the outlet", () => {
	it('2021-04-06 10:56:28 证券时报网 names the publisher; the line goes (its date is the dateline stage\'s)', () => {
		const draft = run(['2021-04-06 10:56:28 证券时报网', FIRST, LAST]);
		expect(draft.found.publisher).toMatchObject({ name: '证券时报网', confidence: 'medium' });
		expect(draft.lines).toEqual([FIRST, LAST]);
	});

	it('an unknown name after the time is left alone', () => {
		const lines = ['2021-04-06 10:56:28 某某财经圈', FIRST, LAST];
		expect(run(lines).lines).toEqual(lines);
	});
});

describe('extract byline: a wire dateline left in the text', () => {
	it('新华社开罗3月9日电（记者邵一凡）below page lines: the reporter is read, the line stays as printed', () => {
		const line = `新华社开罗3月9日电（记者邵一凡）${FIRST}`;
		const draft = run(['图集', '视频', line, LAST]);
		expect(draft.found.authors).toEqual([{ name: '邵一凡', role: '记者' }]);
		expect(draft.found.publisherEvidence).toEqual([expect.objectContaining({ kind: 'credit', name: '新华社', confidence: 'high' })]);
		expect(draft.lines).toEqual(['图集', '视频', line, LAST]);
	});

	it('an unknown outlet before the date is no dateline', () => {
		const line = `某某社开罗3月9日电（记者邵一凡）${FIRST}`;
		expect(run(['图集', line, LAST]).found.authors).toEqual([]);
	});
});
