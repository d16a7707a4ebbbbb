import type { Person } from '../../schemas/article.ts';

/** Splits a byline's list of names ("徐超 章鸣泽、张红林") into people with one role. */
export function parseNames(list: string, role: string): Person[] {
	return list
		.split(/[\s、，,;；/／]+/u)
		.map((name) => name.trim())
		.filter((name) => /^(\p{Script=Han}{2,4}|[A-Za-z][A-Za-z .'-]{1,40})$/u.test(name))
		.map((name) => ({ name, role }));
}

/** Publisher-like names end in one of these (in Simplified): 经济日报, 浙江在线, 央视网, 新华社, 看看新闻Knews… */
export const PUBLISHER_ENDING = String.raw`(?:报|网|社|台|在线|新闻|频道|客户端|周刊|杂志|电视|广播|[Kk]news)`;
export const PUBLISHER_SUFFIX = new RegExp(`${PUBLISHER_ENDING}$`, 'u');
