import type { Person } from '../../schemas/article.ts';
import { foldForMatching } from '../../lib/fold.ts';

/** Splits a byline's list of names ("徐超 章鸣泽、张红林") into people with one role. */
export function parseNames(list: string, role: string): Person[] {
	return list
		.split(/[\s、，,;；/／]+/u)
		.map((name) => name.trim())
		.filter((name) => /^(\p{Script=Han}{2,4}|[A-Za-z][A-Za-z .'-]{1,40})$/u.test(name))
		.map((name) => ({ name, role }));
}

/** Credit words that give the role of the names after them (matched on the Simplified fold). */
const ROLE_WORD = /((?:本报|本台|本刊|本网)?(?:特约记者|实习记者|见习记者|首席记者|摄影记者|记者|通讯员|实习生|摄影|摄像|撰稿))/u;

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
