import { describe, expect, it } from 'vitest';
import { extractMainBlock } from '../../src/ingest/stages/extract-main-block.ts';
import { linesDraft } from './helpers.ts';

// A whole web page flattened to text, written for this test: invented menu, widgets and story.
const MENU = ['首頁', '即時', '政治', '社會', '生活', '國際', '財經', '體育', '影音'];
const HEADLINE = '社區共享圖書館今天啟用';
const DATE = '2024/03/05 09:30';
const STORY = [
	'〔記者林小華／新竹報導〕縣內首座社區共享圖書館今天啟用，館內藏書約八千冊，開放時間延長至晚上九點。',
	'縣府表示，圖書館由閒置的活動中心改建而成，預計每年可服務上萬人次的居民與學生。',
	'承辦單位說，未來將與鄰近學校合作舉辦讀書會，並逐步增加外文與兒童讀物。',
];
const WIDGETS = ['分享', 'Facebook', 'Line', '字級設定：小 中 大', '留言規則'];
const AFTER = ['責任編輯：陳大同'];
const FOOTER = ['熱門新聞', '看更多', '關於我們', '廣告刊登'];

describe('extractMainBlock (a web page flattened to text)', () => {
	it('keeps the main block, takes the headline before the date line, and quotes the rest with its kind', () => {
		const lines = [...MENU, HEADLINE, DATE, ...WIDGETS.slice(0, 3), ...STORY, ...AFTER, ...WIDGETS.slice(3), ...FOOTER];
		const draft = extractMainBlock(linesDraft(lines));
		expect(draft.lines).toEqual([DATE, ...STORY, ...AFTER]);
		expect(draft.found.title).toEqual({ text: HEADLINE, method: 'flattened web page: the line before the date line', confidence: 'medium' });
		const removed = Object.fromEntries(draft.removed.map((r) => [r.text, r.kind]));
		expect(removed['首頁']).toBe('page:navigation');
		expect(removed['Facebook']).toBe('page:widget');
		expect(removed['字級設定：小 中 大']).toBe('page:widget');
		expect(removed[HEADLINE]).toBe('title');
		// Nothing is dropped unquoted: every line is kept or removed.
		expect(draft.lines.length + draft.removed.length).toBe(lines.length);
	});

	it('leaves an ordinary article alone (a headline, a byline and a short footer are no page)', () => {
		const lines = [HEADLINE, '記者 林小華', ...STORY, ...STORY.map((line) => line.replace('。', '，據了解。')), '責任編輯：陳大同', '版權所有'];
		const draft = linesDraft(lines);
		expect(extractMainBlock(draft)).toBe(draft);
	});

	it('leaves a form of short numbered fields alone', () => {
		const lines = ['1.事實發生日：113/03/05', '2.公司名稱：示例股份有限公司', '3.與公司關係：本公司', '4.相互持股比例：不適用', '5.發生緣由：董事會通過', '6.因應措施：無', '7.其他應敘明事項：無', '8.變動日期：113/03/06', '9.新任者姓名：王大同', '10.舊任者姓名：李小明', '11.異動原因：職務調整', '12.生效日期：113/03/07', STORY[1]!];
		const draft = linesDraft(lines);
		expect(extractMainBlock(draft)).toBe(draft);
	});

	it('leaves a letter with its list of addressees alone (short lines, but no widgets)', () => {
		const addressees = ['示例市交通运输局', '示例市文化和旅游局', '示例市生态环境局', '示例市园林绿化管理中心', '示例湖风景区管理委员会', '沿湖各街道办事处', '各社区居民委员会：'];
		const lines = ['致沿湖各单位的感谢信', '2024年4月2日', ...addressees, ...STORY, '此致', '敬礼！', '示例市人民政府', '2024年4月2日'];
		const draft = linesDraft(lines);
		expect(extractMainBlock(draft)).toBe(draft);
	});

	it('keeps subheadings and short lines inside the story', () => {
		const lines = [...MENU, HEADLINE, DATE, STORY[0]!, '館藏特色', STORY[1]!, STORY[2]!, ...FOOTER, ...WIDGETS];
		expect(extractMainBlock(linesDraft(lines)).lines).toEqual([DATE, STORY[0], '館藏特色', STORY[1], STORY[2]]);
	});
});
