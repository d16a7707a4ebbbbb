import type { Draft } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { parseCredits, PUBLISHER_ENDING, PUBLISHER_SUFFIX } from '../text/names.ts';

/**
 * Stage 9 — parse the dateline at the start of the body into source and
 * date, and remove it. Patterns are matched on the Simplified fold of the
 * line; captured text is taken from the original line.
 *   来源:经济日报9月16日,…            source + date
 *   浙江在线7月28日讯(浙江在线徐超 …)…  source + date + byline
 *   金华日报消息 …  /  央视网消息（新闻联播）：…
 *   2022年9月24日                     a line holding only the date
 */
const DATE = String.raw`(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?<day>\d{1,2})日`;
const DATELINES: RegExp[] = [
	new RegExp(String.raw`^来源[:：]\s*(?<source>[^\d\s,，。:：]{2,20}?)\s*(?:${DATE})?(?:电|讯)?[,，:：\s]+`, 'du'),
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})(?<place>[^\d\s,，。]{0,4}?)${DATE}(?:电|讯|消息)\s*(?:[（(](?<byline>[^（）()]{2,80})[)）])?[,，:：\s]*`, 'du'),
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})消息\s*(?:[（(](?<program>[^（）()]{2,20})[)）])?[,，:：\s]*`, 'du'),
	// 新民晚报讯（记者 …） / 本报讯：a dateline without a date.
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})讯\s*(?:[（(](?<byline>[^（）()]{2,80})[)）])?[,，:：\s]*`, 'du'),
];
/** 本报, 本台…: "this paper" names no publisher. */
const OWN_STAFF = /^本(报|台|刊|网)$/u;
/** A parenthesis after 消息 holds a programme (新闻联播) unless it credits someone. */
const CREDIT = /记者|通讯员|实习生/u;
const DATE_ONLY = new RegExp(String.raw`^${DATE}$`, 'u');

/**
 * The date-only line and the source dateline may each stand in the first few
 * lines (a transcript gives date, headline, then 央视网消息：…); each is taken once.
 */
const SEARCH_LINES = 3;

export function extractDateline(draft: Draft): Draft {
	let result = draft;
	const dateOnlyAt = draft.lines.slice(0, SEARCH_LINES).findIndex((line) => DATE_ONLY.test(foldForMatching(line)));
	if (dateOnlyAt >= 0) {
		const line = draft.lines[dateOnlyAt]!;
		const groups = DATE_ONLY.exec(foldForMatching(line))!.groups!;
		result = {
			...draft,
			lines: draft.lines.filter((_, i) => i !== dateOnlyAt),
			removed: [...draft.removed, { kind: 'dateline', text: line }],
			found: { ...draft.found, dateline: { ...numbers(groups), text: line } },
		};
	}
	for (let at = 0; at < Math.min(SEARCH_LINES - 1, result.lines.length); at++) {
		const taken = takeSourceDateline(result, at);
		if (taken) return taken;
	}
	return result;
}

function takeSourceDateline(draft: Draft, at: number): Draft | undefined {
	const line = draft.lines[at]!;
	const folded = foldForMatching(line);
	for (const pattern of DATELINES) {
		const match = pattern.exec(folded);
		if (!match?.groups || !match.indices?.groups) continue;
		const source = line.slice(...match.indices.groups.source!);
		// Only a publisher-like name makes a dateline; "好消息…" does not.
		if (!PUBLISHER_SUFFIX.test(foldForMatching(source)) && !folded.startsWith('来源')) continue;
		const hasDate = match.groups.month !== undefined;
		const programAt = match.indices.groups.program;
		const bylineAt = match.indices.groups.byline ?? (programAt && CREDIT.test(folded.slice(...programAt)) ? programAt : undefined);
		const byline = bylineAt ? line.slice(...bylineAt) : undefined;
		const authors = byline ? parseCredits(byline.startsWith(source) ? byline.slice(source.length) : byline, '') : [];
		const removedText = line.slice(0, match[0].length);
		const remainder = line.slice(match[0].length);
		const lines = [...draft.lines];
		if (remainder.trim()) lines[at] = remainder;
		else lines.splice(at, 1);
		return {
			...draft,
			lines,
			removed: [...draft.removed, { kind: 'dateline', text: removedText }],
			found: {
				...draft.found,
				publisher: OWN_STAFF.test(foldForMatching(source)) ? draft.found.publisher : { name: source, method: `dateline “${removedText.trim()}”`, confidence: 'high' },
				dateline: hasDate ? { ...numbers(match.groups), text: removedText.trim() } : draft.found.dateline,
				authors: [...draft.found.authors, ...authors],
			},
		};
	}
	return undefined;
}

function numbers(groups: Record<string, string | undefined>): { year?: number; month?: number; day?: number } {
	const n = (v: string | undefined) => (v === undefined ? undefined : Number(v));
	return { year: n(groups.year), month: n(groups.month), day: n(groups.day) };
}
