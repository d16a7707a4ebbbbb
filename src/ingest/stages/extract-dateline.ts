import type { Removal } from '../../schemas/article.ts';
import type { DateEvidence, Draft } from '../types.ts';
import { readClosingDate, readDateLine, readOpeningDate, type DateReading } from '../text/date-lines.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { parseCredits, PUBLISHER_ENDING, PUBLISHER_SUFFIX } from '../text/names.ts';

/**
 * Stage 9 — the article's date lines and its source dateline. A date is read
 * only where a date line dates the article; a date in the prose never is.
 *   the header (up to 4 lines, before the first sentence):
 *     a line holding only a date and its furniture   2022年9月24日 · 2018-07-31 08:19 · 建立時間：2016/05/21 · 发布时间：… 来源：…
 *     a bracketed date opening a line                 【2019.07.10】…
 *   the lead of the first paragraph (a dateline):
 *     来源:经济日报9月16日,…            source + date
 *     浙江在线7月28日讯(浙江在线徐超 …)…  source + date + byline
 *     新华社北京2023年1月5日电 · 2012年7月18日北京讯  with a year
 *     金华日报消息 …  /  央视网消息（新闻联播）：…  source only
 *   the footer (the last 3 lines): a date line, or a bracketed date closing the last paragraph (…。（2018-07-31）)
 * Each date read becomes evidence (`found.dates`), checked and weighed by
 * `infer/date.ts`. A line holding only dates is removed (quoted in the
 * report); the rest of the text stays. Patterns are matched on the
 * Simplified fold of the line; captured text is taken from the original line.
 */
const DATE = String.raw`(?:(?<year>\d{4})年)?(?<month>\d{1,2})月(?<day>\d{1,2})日`;
const DATELINES: RegExp[] = [
	new RegExp(String.raw`^来源[:：]\s*(?<source>[^\d\s,，。:：]{2,20}?)\s*(?:${DATE})?(?:电|讯)?[,，:：\s]+`, 'du'),
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})(?<place>[^\d\s,，。]{0,4}?)${DATE}(?:电|讯|消息)\s*(?:[（(](?<byline>[^（）()]{2,80})[)）])?[,，:：\s]*`, 'du'),
	// 2012年7月18日北京讯: a dated lead without an outlet; 电/讯 must end it (not 2012年7月18日电视…).
	new RegExp(String.raw`^(?<year>\d{4})年(?<month>\d{1,2})月(?<day>\d{1,2})日(?<place>[^\d\s,，。:：（(]{0,6}?)(?:电|讯)(?=[\s（(,，:：]|记者)\s*(?:[（(](?<byline>[^（）()]{2,80})[)）])?[,，:：\s]*`, 'du'),
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})消息\s*(?:[（(](?<program>[^（）()]{2,20})[)）])?[,，:：\s]*`, 'du'),
	// 新民晚报讯（记者 …） / 本报讯：a dateline without a date.
	new RegExp(String.raw`^(?<source>[^\d\s,，。:：（(]{1,14}?${PUBLISHER_ENDING})讯\s*(?:[（(](?<byline>[^（）()]{2,80})[)）])?[,，:：\s]*`, 'du'),
];
/** 本报, 本台…: "this paper" names no publisher. */
const OWN_STAFF = /^本(报|台|刊|网)$/u;
/** A parenthesis after 消息 holds a programme (新闻联播) unless it credits someone. */
const CREDIT = /记者|通讯员|实习生/u;

/** Date lines stand among the first lines, before the story begins; a transcript gives date, headline, then 央视网消息：… */
const HEADER_LINES = 4;
/** The source dateline opens one of the first lines left once the date lines are gone. */
const DATELINE_LINES = 2;
/** A closing date line stands among the last lines. */
const FOOTER_LINES = 3;
/** A sentence: where the header ends. A headline may end in ？ or ！ but has no 。. */
const isProse = (line: string) => line.includes('。') || (line.length >= 40 && /[！？]/u.test(line));

export function extractDateline(draft: Draft): Draft {
	const { draft: headed, headerEnd } = readHeader(draft);
	let result = headed;
	for (let at = 0; at < Math.min(DATELINE_LINES, result.lines.length); at++) {
		const taken = takeSourceDateline(result, at);
		if (taken) {
			result = taken;
			break;
		}
	}
	// A line the header has read is not the footer's, however short the text.
	const headerLeft = headerEnd - (headed.lines.length - result.lines.length);
	return readFooter(result, Math.max(headerLeft, result.lines.length - FOOTER_LINES));
}

const evidence = (dates: DateReading[], where: string, filed?: true): DateEvidence[] => dates.map((date) => ({ ...date, where, ...(filed ? { filed } : {}) }));

/** Reads the date lines of the header; `headerEnd` is the index of the first line after it. */
function readHeader(draft: Draft): { draft: Draft; headerEnd: number } {
	const dates: DateEvidence[] = [];
	const removed: Removal[] = [];
	const lines = [...draft.lines];
	let at = 0;
	for (let seen = 0; at < lines.length && seen < HEADER_LINES; seen++) {
		const line = lines[at]!;
		if (isProse(line)) break;
		const dateLine = readDateLine(line);
		const opening = dateLine ? undefined : readOpeningDate(line);
		if (dateLine) dates.push(...evidence(dateLine.dates, `line ${seen + 1}`));
		if (opening) dates.push(...evidence(opening.dates, `line ${seen + 1}, opening bracket`));
		if (dateLine?.pure) {
			removed.push({ kind: 'dateline', text: line });
			lines.splice(at, 1);
			continue;
		}
		if (opening) {
			removed.push({ kind: 'dateline', text: opening.text });
			lines[at] = line.slice(line.indexOf(opening.text) + opening.text.length).trimStart();
		}
		at++;
	}
	return { draft: withDates({ ...draft, lines, removed: [...draft.removed, ...removed] }, dates), headerEnd: at };
}

function readFooter(draft: Draft, from: number): Draft {
	const dates: DateEvidence[] = [];
	const removed: Removal[] = [];
	const keep: string[] = [];
	draft.lines.forEach((line, at) => {
		const fromEnd = draft.lines.length - at;
		const where = fromEnd === 1 ? 'last line' : `line ${fromEnd} from the end`;
		const dateLine = at >= from ? readDateLine(line) : undefined;
		if (dateLine) dates.push(...evidence(dateLine.dates, where, true));
		if (dateLine?.pure) removed.push({ kind: 'dateline', text: line });
		else keep.push(line);
		const closing = at >= from && !dateLine && fromEnd === 1 ? readClosingDate(line) : undefined;
		if (closing) dates.push(...evidence(closing.dates, `closing ${closing.text} of the last line`, true));
	});
	return withDates({ ...draft, lines: keep, removed: [...draft.removed, ...removed] }, dates);
}

const withDates = (draft: Draft, dates: DateEvidence[]): Draft =>
	dates.length === 0 ? draft : { ...draft, found: { ...draft.found, dates: [...(draft.found.dates ?? []), ...dates] } };

function takeSourceDateline(draft: Draft, at: number): Draft | undefined {
	const line = draft.lines[at]!;
	const folded = foldForMatching(line);
	for (const pattern of DATELINES) {
		const match = pattern.exec(folded);
		if (!match?.groups || !match.indices?.groups) continue;
		const sourceAt = match.indices.groups.source;
		const source = sourceAt ? line.slice(...sourceAt) : undefined;
		// Only a publisher-like name makes a dateline; "好消息…" does not.
		if (source !== undefined && !PUBLISHER_SUFFIX.test(foldForMatching(source)) && !folded.startsWith('来源')) continue;
		const hasDate = match.groups.month !== undefined;
		const programAt = match.indices.groups.program;
		const bylineAt = match.indices.groups.byline ?? (programAt && CREDIT.test(folded.slice(...programAt)) ? programAt : undefined);
		const byline = bylineAt ? line.slice(...bylineAt) : undefined;
		const authors = byline ? parseCredits(source && byline.startsWith(source) ? byline.slice(source.length) : byline, '') : [];
		const removedText = readDateLine(line.slice(match[0].length))?.pure ? line : line.slice(0, match[0].length);
		const remainder = line.slice(match[0].length);
		const lines = [...draft.lines];
		// 来源：某网 2021-06-18: what the source leaves is the date, already read in the header.
		const restIsDate = readDateLine(remainder)?.pure === true;
		if (remainder.trim() && !restIsDate) lines[at] = remainder;
		else lines.splice(at, 1);
		const dated = {
			...draft,
			lines,
			removed: [...draft.removed, { kind: 'dateline', text: removedText }],
			found: {
				...draft.found,
				publisher: source === undefined || OWN_STAFF.test(foldForMatching(source)) ? draft.found.publisher : { name: source, method: `dateline “${removedText.trim()}”`, confidence: 'high' as const },
				authors: [...draft.found.authors, ...authors],
			},
		};
		return hasDate ? withDates(dated, [{ ...numbers(match.groups), text: removedText.trim(), where: 'dateline lead', role: 'published', filed: true }]) : dated;
	}
	return undefined;
}

function numbers(groups: Record<string, string | undefined>): { year?: number; month?: number; day?: number } {
	const n = (v: string | undefined) => (v === undefined ? undefined : Number(v));
	return { year: n(groups.year), month: n(groups.month), day: n(groups.day) };
}
