import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { findGarbledSpans, flagGarbled, GARBLED_NOTE, isQuestionMark } from '../../src/ingest/stages/flag-garbled.ts';
import { normalize } from '../../src/ingest/stages/normalize.ts';
import { readableText, REPAIR_CLOSE, REPAIR_OPEN } from '../../src/ingest/text/markers.ts';
import { draftOf, garbleGbk, garbledSpans, unmarked } from './helpers.ts';

/** As the pipeline runs them: normalize (drops the private-use characters GBK's user areas decode to), then flag. */
const flag = (text: string) => flagGarbled(normalize(draftOf(text)));

const PHRASES = ['数字经济产业园', '科技创新走廊', '生态绿色一体化', '跨省公交线路', '人才公寓项目', '港口集装箱运输', '高新技术企业', '医疗保险结算', '城市轨道交通', '养老服务中心'];
const PREFIX = '嘉善县今年启动建设';
/** The damage runs until the next ASCII byte, where GBK falls back into step. */
const SUFFIX = '2期工程，预计年底完工。';

/** Each phrase without one of its bytes, as GBK reads it back: with U+FFFD, and with ? where a site re-encoded it. */
function garblings(phrase: string): { name: string; garbled: string }[] {
	const length = iconv.encode(phrase, 'gbk').length;
	return [0, 1, 3, length - 3, length - 2].flatMap((drop) => {
		const garbled = garbleGbk(phrase, drop);
		return [
			{ name: `byte ${drop} dropped (U+FFFD)`, garbled },
			{ name: `byte ${drop} dropped (?)`, garbled: garbled.replace(/\uFFFD/gu, '?') },
		];
	});
}
const cases = PHRASES.flatMap(garblings);

describe('flag garbled: spans from a GBK byte lost upstream', () => {
	it('the fixtures are genuinely garbled', () => {
		for (const { garbled } of cases) expect(garbled).toMatch(/[\uFFFD?]/u);
	});

	for (const phrase of PHRASES) {
		it(`marks ${phrase} with any one byte lost, and only the damage`, () => {
			for (const { name, garbled } of garblings(phrase)) {
				const draft = flag(PREFIX + garbled + SUFFIX);
				const flags = draft.flags.filter((f) => f.kind === 'garbled');
				expect(flags.length, name).toBeGreaterThanOrEqual(1);
				for (const f of flags) expect(f.note).toBe(GARBLED_NOTE);
				// Nothing unreadable is left unmarked.
				expect(unmarked(draft.text), name).not.toMatch(/[\uFFFD?]/u);
				// The intact text on either side is untouched and outside every span.
				expect(draft.text.startsWith(PREFIX), name).toBe(true);
				expect(draft.text.endsWith(SUFFIX), name).toBe(true);
				// Each flag quotes its span exactly; readers see □ in its place.
				expect(flags.map((f) => f.text)).toEqual(garbledSpans(draft.text));
				expect(readableText(draft.text)).toContain('□');
			}
		});
	}

	// Known limitation: a byte lost in GBK text shifts every following pair, and the
	// shifted characters are often common ones (their lead byte is an old trail byte,
	// B0–D7 about 40% of the time). The detector extends a span only over rare
	// characters, so the first shifted characters stay outside it as if they were text.
	it.fails('marks every character read out of step', () => {
		for (const { garbled } of cases) {
			const text = flag(PREFIX + garbled + SUFFIX).text;
			expect(unmarked(text)).toBe(PREFIX + SUFFIX);
		}
	});

	it('one garbled stretch gives one flag, not one per odd character', () => {
		const garbled = garbleGbk('长三角生态绿色一体化发展示范区', 1);
		const draft = flag(`${PREFIX}${garbled}${SUFFIX}`);
		expect(draft.flags.filter((f) => f.kind === 'garbled').length).toBe(1);
	});

	it('damage in two separate sentences gives two flags', () => {
		const text = `${PREFIX}${garbleGbk('跨省公交线路', 1)}${SUFFIX}\n湖州市新建${garbleGbk('养老服务中心', 2)}12家。`;
		const draft = flag(text);
		expect(draft.flags.filter((f) => f.kind === 'garbled').length).toBe(2);
		expect(unmarked(draft.text)).not.toMatch(/\uFFFD/u);
	});
});

describe('flag garbled: text that is not garbled', () => {
	const CLEAN = [
		'南通市今年新增高新技术企业三百余家，同比增长两成。',
		'甬台温高速复线婺城段、溧阳至宁德高速公路项目稳步推进。',
		'“Hello, Shanghai!”外籍志愿者用中文和英文问候游客。',
		'市民可登录https://www.example.gov.cn/service?id=12查询。',
	];
	for (const text of CLEAN) {
		it(`leaves clean text alone: ${text.slice(0, 12)}…`, () => {
			const draft = flag(text);
			expect(draft.text).toBe(text);
			expect(draft.flags).toEqual([]);
		});
	}

	const QUESTIONS = [
		'这是为什么?',
		'你去过乌镇吗?我去过。',
		'“能不能再快一点?”他问。',
		'下一步怎么走?记者采访了多位专家。',
		'能不能按期完工?业内人士表示乐观。',
		'会不会影响通行?交警部门作出回应。',
		'地铁何时开通?市民十分关心。',
		'要等多久?工作人员说十分钟。',
		'效果如何?数据显示明显改善。',
		'Is it OK? 是的。',
		'你说呢?',
	];
	for (const text of QUESTIONS) {
		it(`keeps a real question mark: ${text}`, () => {
			expect(findGarbledSpans(text)).toEqual([]);
			expect(flag(text).text).toBe(text);
		});
	}

	it('a question mark after a rare character in a run of odd ones is no question', () => {
		const text = '建设躺惶寤?2期工程';
		expect(isQuestionMark(text, text.indexOf('?'))).toBe(false);
		expect(findGarbledSpans(text).length).toBe(1);
	});
});

describe('flag garbled: repair only when the text itself tells', () => {
	it('repairs a character lost to U+FFFD when the same phrase stands intact elsewhere', () => {
		const text = '长三角生态绿色一体化发展示范区今年新落地项目42个。执委会表示，生态绿色一\uFFFD化发展示范区将继续推进制度创新。';
		const draft = flag(text);
		expect(draft.flags).toEqual([]);
		expect(draft.repaired).toContainEqual(expect.objectContaining({ kind: 'garbled', from: '\uFFFD', to: '体' }));
		expect(draft.text).toContain(`一${REPAIR_OPEN}`);
		expect(readableText(draft.text)).toContain('生态绿色一体化发展示范区将继续');
		expect(draft.text).toContain(REPAIR_CLOSE);
	});

	it('does not guess when two different phrases fit the same place', () => {
		const text = '论坛先后在杭州市举办、在湖州市举办，明年将在\uFFFD州市举办。';
		const draft = flag(text);
		expect(draft.repaired.filter((r) => r.kind === 'garbled')).toEqual([]);
		expect(garbledSpans(draft.text)).toEqual(['\uFFFD']);
	});

	it('does not repair when nothing intact matches: the span is flagged', () => {
		const text = `${PREFIX}${garbleGbk('人工智能实验室', 3)}${SUFFIX}`;
		const draft = flag(text);
		expect(draft.repaired.filter((r) => r.kind === 'garbled')).toEqual([]);
		expect(draft.flags.length).toBeGreaterThanOrEqual(1);
	});

	it('does not mutate its input', () => {
		const draft = draftOf(`${PREFIX}${garbleGbk('跨省公交线路', 1)}${SUFFIX}`);
		const copy = structuredClone(draft);
		flagGarbled(draft);
		expect(draft).toEqual(copy);
	});
});
