import { describe, expect, it } from 'vitest';
import { isPinyinAnnotation, stripPinyin, stripPinyinAnnotations } from '../../src/ingest/stages/strip-pinyin.ts';
import { draftOf } from './helpers.ts';

/** [text with the annotation, text without it]: polyphonic characters in both scripts, in invented sentences. */
const ANNOTATED: [string, string][] = [
	['南京市长(zhǎng)江路街道', '南京市长江路街道'],
	['重(chóng)新规划滨江岸线', '重新规划滨江岸线'],
	['银行(háng)网点延长营业时间', '银行网点延长营业时间'],
	['还(huán)款期限延至年底', '还款期限延至年底'],
	['音乐(yuè)节在太湖边开幕', '音乐节在太湖边开幕'],
	['专题调(diào)研组赴无锡', '专题调研组赴无锡'],
	['着(zhuó)力打通堵点', '着力打通堵点'],
	['朝(zhāo)气蓬勃的园区', '朝气蓬勃的园区'],
	['人物传(zhuàn)记出版', '人物传记出版'],
	['处(chǔ)理投诉三百件', '处理投诉三百件'],
	['参(cēn)差不齐的收费标准', '参差不齐的收费标准'],
	['种(zhòng)植水稻两千亩', '种植水稻两千亩'],
	['出勤率(lǜ)明显提高', '出勤率明显提高'],
	// Traditional script
	['蘇州市長(zhǎng)與企業家座談', '蘇州市長與企業家座談'],
	['調(tiáo)整公交線路', '調整公交線路'],
	['音樂(yuè)廳對外開放', '音樂廳對外開放'],
	['還(huán)原歷史街區風貌', '還原歷史街區風貌'],
	['處(chǔ)置突發事件', '處置突發事件'],
	['種(zhòng)下一片水杉林', '種下一片水杉林'],
	// fullwidth parentheses, and a toneless syllable that is one of the character's readings
	['行（háng）业协会', '行业协会'],
	['长（chang）期合作', '长期合作'],
	['处(chu)理', '处理'],
	['調（diao）度中心', '調度中心'],
];

describe('strip pinyin annotations', () => {
	for (const [annotated, clean] of ANNOTATED) {
		it(`${annotated} → ${clean}`, () => {
			const { text, count } = stripPinyinAnnotations(annotated);
			expect(text).toBe(clean);
			expect(count).toBe(1);
		});
	}

	it('strips several annotations in one text and counts them', () => {
		const { text, count } = stripPinyinAnnotations('长(cháng)三角地区的银行(háng)业，著名音乐(yuè)家还(hái)在演出。');
		expect(text).toBe('长三角地区的银行业，著名音乐家还在演出。');
		expect(count).toBe(4);
	});

	it('the stage records how many it stripped', () => {
		const draft = stripPinyin(draftOf('重(zhòng)点项目，長(cháng)期合作。'));
		expect(draft.text).toBe('重点项目，長期合作。');
		expect(draft.pinyinStripped).toBe(2);
	});

	it('takes the orphaned annotation garbling left behind: ?jiǎng)', () => {
		const { text, count } = stripPinyinAnnotations('企业获?jiǎng)励资金');
		expect(text).toBe('企业获?励资金');
		expect(count).toBe(1);
	});

	const REAL_PARENTHESES = [
		'在安亭(上海)设立研发中心',
		'虚拟现实(VR)体验馆',
		'地区生产总值(GDP)增长5%',
		'新能源汽车(ev)销量',
		'轨道交通线路总长(km)统计',
		'浦东(pudong)国际机场',
		'第(3)项',
		'（简称“示范区”）',
		'杭州(Hangzhou)',
		'项目(一期)',
	];
	for (const text of REAL_PARENTHESES) {
		it(`keeps real parentheses: ${text}`, () => {
			const result = stripPinyinAnnotations(text);
			expect(result.text).toBe(text);
			expect(result.count).toBe(0);
		});
	}

	it('a toneless syllable that is not a reading of the character before it stays', () => {
		expect(isPinyinAnnotation('长', 'xing')).toBe(false);
		expect(isPinyinAnnotation('长', 'zhang')).toBe(true);
		expect(isPinyinAnnotation('A', 'bi')).toBe(false);
		expect(isPinyinAnnotation('行', 'háng')).toBe(true);
		expect(isPinyinAnnotation('行', 'HANG')).toBe(false);
	});
});
