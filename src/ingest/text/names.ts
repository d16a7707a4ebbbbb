import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import type { Person } from '../../schemas/article.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { outlets } from './outlets.ts';

const surnamesSchema = z
	.object({
		/** Single-character surnames, one string of characters (Simplified). */
		single: z.string().min(1),
		/** Compound surnames (Simplified). */
		compound: z.array(z.string().min(2)),
	})
	.strict();
const surnames = surnamesSchema.parse(parse(readFileSync(new URL('../data/surnames.yaml', import.meta.url), 'utf8')));
const SINGLE_SURNAMES = new Set([...surnames.single.replace(/\s/gu, '')]);
const COMPOUND_SURNAMES = surnames.compound;

/**
 * Places that stand in credits beside a name (記者X台北電, 記者X／高雄報導) and
 * begin with a surname character, so the surname check alone would let them
 * pass as people. Simplified.
 */
const PLACES = new Set(['华盛顿', '纽约', '洛杉矶', '伦敦', '巴黎', '柏林', '东京', '首尔', '曼谷', '河内', '莫斯科', '布鲁塞尔', '日内瓦', '雅加达', '新加坡', '吉隆坡', '马尼拉', '金门', '马祖', '澎湖', '连江', '屏东', '花莲', '宜兰', '高雄', '台中', '台南', '新竹', '苗栗', '彰化', '南投', '云林', '嘉义', '台东', '基隆', '桃园', '新北', '武汉', '广州', '深圳', '南京', '杭州', '成都', '重庆', '天津', '西安', '长沙', '郑州', '济南', '合肥', '福州', '厦门', '温州', '宁波', '苏州', '无锡', '常州', '金华', '嘉兴', '湖州', '绍兴', '芜湖', '宣城', '松江', '上海', '北京', '香港', '澳门', '台北', '海口', '昆明', '贵阳', '南宁', '兰州', '银川', '西宁', '拉萨', '乌鲁木齐', '呼和浩特', '哈尔滨', '长春', '沈阳', '大连', '青岛', '石家庄', '太原', '南昌']);

/**
 * Whether a credited name is plausibly one Chinese person: 2–4 Han characters
 * beginning with a surname, and not a place or an outlet (记者台北报导 names no
 * one; 新华社 is not a reporter). Latin names (Reuters' "John Smith") pass on shape.
 */
export function isPersonalName(name: string): boolean {
	if (isOutletName(name)) return false;
	if (/^[A-Za-z][A-Za-z .'-]{1,40}$/u.test(name)) return /[A-Za-z]{2}/u.test(name);
	if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
	const folded = foldForMatching(name);
	if (PLACES.has(folded) || ROLE_WORD_ALONE.test(folded)) return false;
	return SINGLE_SURNAMES.has(folded[0]!) || COMPOUND_SURNAMES.some((surname) => folded.startsWith(surname) && folded.length > surname.length);
}

/** Splits a byline's list of names ("徐超 章鸣泽、张红林") into people with one role; anything that is not a personal name is left out. */
export function parseNames(list: string, role: string): Person[] {
	return list
		.split(/[\s、，,;；/／]+/u)
		.map((name) => name.trim())
		.filter(isPersonalName)
		.map((name) => ({ name, role }));
}

/** The dateline places a credit may end with before 电/报导 (记者王小明台北电): for splitting names from them. */
export const isPlace = (text: string): boolean => PLACES.has(foldForMatching(text));
/** Whether a name is one of the outlets of `data/outlets.yaml`. */
export const isOutletName = (text: string): boolean => outlets.byName.has(foldForMatching(text).toLowerCase());

/** Credit words that give the role of the names after them (matched on the Simplified fold). */
const ROLE_WORD = /((?:本报|本台|本刊|本网)?(?:特约记者|实习记者|见习记者|首席记者|摄影记者|记者|通讯员|实习生|摄影|摄像|撰稿))/u;
const ROLE_WORD_ALONE = new RegExp(`^${ROLE_WORD.source}$|^(?:编辑|责编|报导|报道|撰文|整理)$`, 'u');

/**
 * Splits a byline that may name several roles ("记者 沈晨 通讯员 李可",
 * "記者 李陽 攝影 張強") into people: each name takes the role word before
 * it, as printed, or `role` when none precedes it. Role words are never names.
 */
export function parseCredits(list: string, role: string): Person[] {
	const parts = foldForMatching(list).split(ROLE_WORD);
	const people: Person[] = [];
	let current = role;
	let at = 0;
	parts.forEach((part, i) => {
		const printed = list.slice(at, at + part.length);
		at += part.length;
		if (i % 2 === 1) current = printed;
		else people.push(...parseNames(printed, current));
	});
	return people;
}

/** Publisher-like names end in one of these (in Simplified): 经济日报, 浙江在线, 央视网, 新华社, 看看新闻Knews… */
export const PUBLISHER_ENDING = String.raw`(?:报|网|社|台|在线|新闻|频道|客户端|周刊|杂志|电视|广播|[Kk]news)`;
export const PUBLISHER_SUFFIX = new RegExp(`${PUBLISHER_ENDING}$`, 'u');
