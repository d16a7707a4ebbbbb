import { describe, expect, it } from 'vitest';
import { parseTruth, referenceText } from '../../scripts/eval/truth.ts';
import { decodePage, visibleLines } from '../../scripts/eval/visible-text.ts';
import iconv from 'iconv-lite';

// Invented entries and pages, not from the shared sets.
const ENTRY = `- file: pages/demo/1.html
  title: 湖州新建三座码头
  date: 2021-05
  publisher: 示例日报
  authors: [王一]
  starts: 湖州市今年
  ends: 年底完工。
`;

describe('parseTruth', () => {
	it('reads an entry and keeps the date at the precision written, a bare year included', () => {
		const [entry] = parseTruth(ENTRY, 'demo.yaml');
		expect(entry).toMatchObject({ file: 'pages/demo/1.html', date: '2021-05', publisher: '示例日报', authors: ['王一'] });
		expect(parseTruth(ENTRY.replace('2021-05', '2021'), 'demo.yaml')[0]!.date).toBe('2021');
		expect(parseTruth(ENTRY.replace('2021-05', 'null'), 'demo.yaml')[0]!.date).toBeNull();
	});

	it('names the file and the field when an entry is malformed', () => {
		expect(() => parseTruth(ENTRY.replace('2021-05', '2021/05/03'), 'demo.yaml')).toThrow(/demo\.yaml: 0\.date/u);
		expect(() => parseTruth(ENTRY.replace(/ {2}starts: .*\n/u, ''), 'demo.yaml')).toThrow(/0\.starts/u);
	});

	it('refuses a file listed twice', () => {
		expect(() => parseTruth(ENTRY + ENTRY, 'demo.yaml')).toThrow(/listed twice/u);
	});
});

describe('referenceText', () => {
	const lines = ['首页 > 新闻', '湖州新建三座码头', '2021-05-03 来源：示例日报', '记者王一报道 湖州市今年将新建三座码头。', '图为码头效果图。', '工程预计年底完工。记者王一', '相关阅读'];
	const entry = { file: 'pages/demo/1.html', starts: '湖州市今年', ends: '年底完工。' };

	it('cuts from the starts marker to the end of the ends marker', () => {
		expect(referenceText(lines, entry)).toBe('湖州市今年将新建三座码头。\n图为码头效果图。\n工程预计年底完工。');
	});

	it('leaves out the lines that begin with a skip marker', () => {
		expect(referenceText(lines, { ...entry, skip: ['图为'] })).toBe('湖州市今年将新建三座码头。\n工程预计年底完工。');
	});

	it('cuts within one line when both markers are on it', () => {
		expect(referenceText(['甲乙丙丁戊己庚'], { file: 'x', starts: '乙丙', ends: '戊己' })).toBe('乙丙丁戊己');
	});

	it('throws, naming the file, when a marker is not in the page', () => {
		expect(() => referenceText(lines, { ...entry, starts: '嘉兴' })).toThrow(/pages\/demo\/1\.html: starts marker/u);
		expect(() => referenceText(lines, { ...entry, ends: '明年' })).toThrow(/ends marker/u);
	});
});

describe('visible text of a saved page', () => {
	it('drops scripts, styles and hidden blocks and breaks lines at blocks', () => {
		const html = '<html><head><title>T</title><style>p{}</style></head><body><p>第一段<b>加粗</b></p><script>var a=1</script><div hidden>隐藏</div><div style="display: none">也隐藏</div><p>第二段</p></body></html>';
		expect(visibleLines(html)).toEqual(['第一段加粗', '第二段']);
	});

	it('keeps what follows a stray </html>, as a browser renders it', () => {
		expect(visibleLines('<html><body><p>页头</p></body></html><div><p>正文在后</p></div>')).toEqual(['页头', '正文在后']);
	});

	it('reads valid UTF-8 as UTF-8 even under a gb2312 meta, and a real GBK page by its meta', () => {
		const page = '<html><head><meta charset="gb2312"></head><body><p>长三角一体化</p></body></html>';
		expect(decodePage(new TextEncoder().encode(page))).toContain('长三角一体化');
		expect(decodePage(iconv.encode(page, 'gbk'))).toContain('长三角一体化');
	});
});
