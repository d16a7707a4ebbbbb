import type { Person } from '../../schemas/article.ts';
import type { DateEvidence, Draft, PageCandidate, PublisherEvidence } from '../types.ts';
import { isPersonalName } from '../text/names.ts';
import { outletsNamed } from '../text/outlets.ts';
import { readDateLine } from '../text/date-lines.ts';
import { splitPoster } from '../html/page-header.ts';

/**
 * Stage 11b — a saved web page's own metadata (`draft.page`, read by
 * `html/page-metadata.ts`) becomes evidence of the same kinds the text gives:
 * its publication times as dates (weighed with the page's visible date lines
 * by `infer/date.ts`, so a disagreement leaves the article undated); the
 * header bar's labels (`html/page-header.ts`): its timestamp as a date, its
 * 来源 and poster as credits, its 作者 and a poster who is a person as
 * authors; its site or publisher (or a known outlet in its author field) and
 * the site's name in `<title>` as weaker publisher evidence (a credit in the
 * text still wins, `infer/publisher.ts`); and its authors, when the text
 * credits none and the name is a person's. A date line at the foot of a page's text may only
 * confirm another date. A text file has no page metadata: nothing changes.
 */
export function readPageMetadata(draft: Draft): Draft {
	const { page } = draft;
	if (!page) return draft;
	const dates: DateEvidence[] = page.published.flatMap((candidate) => {
		const day = pageDay(candidate.value);
		return day ? [{ ...day, text: candidate.value, where: `page metadata ${candidate.from}`, role: 'published' as const }] : [];
	});
	const labels = page.labels ?? { dates: [], yearlessDates: [], sources: [], people: [], posters: [], copyright: [] };
	const visibleDates = [...labels.dates.flatMap(labelledDate), ...labels.yearlessDates.flatMap((candidate) => yearFromMetadata(candidate, [...page.published, ...page.modified]))];
	const posters = labels.posters.map((candidate) => ({ candidate, ...splitPoster(candidate.value) }));
	// Portals put the originating outlet in the author field (article:author 参考消息): a known outlet there is publisher evidence.
	const outletAuthors = page.authors.filter((candidate) => outletsNamed(candidate.value.trim()).length > 0);
	const publishers: PublisherEvidence[] = [
		...labels.sources.map((candidate) => ({ kind: 'credit' as const, name: candidate.value, method: `${candidate.from}: 来源`, confidence: 'medium' as const })),
		...posters.flatMap(({ candidate, outlets }) => outlets.map((name) => ({ kind: 'credit' as const, name, method: `${candidate.from}: the poster`, confidence: 'low' as const }))),
		...[...page.publishers, ...outletAuthors].map((candidate) => ({ kind: 'page' as const, name: candidate.value, method: `page metadata ${candidate.from}`, confidence: 'medium' as const })),
		...[...(page.siteTitle ? [page.siteTitle] : []), ...labels.copyright].map((candidate) => ({ kind: 'site' as const, name: candidate.value, method: candidate.from, confidence: 'low' as const })),
	].filter((evidence) => evidence.name !== '');
	const visiblePeople = [...labels.people.flatMap((candidate) => candidate.value.split(/[\s、，,]+/u)), ...posters.flatMap(({ people }) => people)].filter(isPersonalName);
	const authors = draft.found.authors.length > 0 ? draft.found.authors : visiblePeople.length > 0 ? [...new Set(visiblePeople)].map((name) => ({ name, role: '' })) : pagePeople(page.authors);
	// A page's text ends where its furniture begins: a date line at the foot only confirms (`confirmsOnly`).
	const textDates = (draft.found.dates ?? []).map((date) => (date.filed && date.where !== 'dateline lead' ? { ...date, confirmsOnly: true } : date));
	return {
		...draft,
		found: {
			...draft.found,
			dates: [...textDates, ...visibleDates, ...dates],
			publisherEvidence: [...(draft.found.publisherEvidence ?? []), ...publishers],
			authors,
		},
	};
}

/** A header's or a labelled date line's date, read as a date line reads it (its label may say it is an update). */
function labelledDate(candidate: PageCandidate): DateEvidence[] {
	return (readDateLine(candidate.value)?.dates ?? []).filter((date) => date.year !== undefined && date.day !== undefined).map((date) => ({ ...date, where: candidate.from }));
}

const YEARLESS = /^(?:(?<yy>\d{2})-)?(?<month>\d{1,2})-(?<day>\d{1,2})\s*(?<hour>\d{1,2})[:：](?<minute>\d{2})$/u;

/**
 * A timestamp printed without its year (10-08 12:00) is dated only by a
 * metadata time of the same month, day, hour and minute (and the same two
 * last digits of the year, when printed): that time gives the year.
 */
function yearFromMetadata(candidate: PageCandidate, times: readonly PageCandidate[]): DateEvidence[] {
	const printed = YEARLESS.exec(candidate.value.trim())?.groups;
	if (!printed) return [];
	const same = times.find((time) => {
		const at = pageTime(time.value);
		return at && at.month === Number(printed.month) && at.day === Number(printed.day) && at.hour === Number(printed.hour) && at.minute === Number(printed.minute) && (printed.yy === undefined || at.year % 100 === Number(printed.yy));
	});
	const at = same && pageTime(same.value);
	if (!same || !at) return [];
	return [{ year: at.year, month: at.month, day: at.day, text: candidate.value.trim(), where: `${candidate.from}, its year from page metadata ${same.from} “${same.value}” of the same minute`, role: 'published' }];
}

/** China Standard Time, in which the archive's sources date their pages. */
const CHINA_OFFSET_MS = 8 * 3600_000;
const AS_WRITTEN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[\sT-](\d{1,2}):(\d{2}))/u;

interface PageTime {
	year: number;
	month: number;
	day: number;
	hour?: number;
	minute?: number;
}

/**
 * The calendar day a metadata time names, in China time: an instant with a
 * time zone (`2019-09-07T02:20:00Z`, an epoch in seconds or milliseconds) is
 * moved to +08:00; a time without one is the day as written
 * (`2007-08-20-23:59:59` too). Anything else is no date (undefined):
 * metadata is never guessed at.
 */
export function pageDay(value: string): { year: number; month: number; day: number } | undefined {
	const time = pageTime(value);
	return time && { year: time.year, month: time.month, day: time.day };
}

function pageTime(value: string): PageTime | undefined {
	const text = value.trim();
	if (/^\d{10}(\d{3})?$/u.test(text)) return inChina(Number(text) * (text.length === 10 ? 1000 : 1));
	const written = AS_WRITTEN.exec(text);
	if (!written) return undefined;
	if (/(?:Z|[+-]\d{2}:?\d{2})$/u.test(text) && /T|\d:\d/u.test(text)) {
		const instant = Date.parse(text.replace(' ', 'T'));
		return Number.isNaN(instant) ? undefined : inChina(instant);
	}
	const hour = written[4] === undefined ? undefined : Number(written[4]);
	const minute = written[5] === undefined ? undefined : Number(written[5]);
	return { year: Number(written[1]), month: Number(written[2]), day: Number(written[3]), hour, minute };
}

function inChina(instant: number): PageTime | undefined {
	if (!Number.isFinite(instant)) return undefined;
	const at = new Date(instant + CHINA_OFFSET_MS);
	return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate(), hour: at.getUTCHours(), minute: at.getUTCMinutes() };
}

/** What page templates leave in an author field when no one filled it in (name, email@gmail.com). */
const PLACEHOLDER = /^(?:name|author|admin|user|username|email|test|unknown|未知|佚名|匿名|不详)$/iu;

/** The people among a page's author fields (`<meta name="author">` often holds the site's name, an editor's login or a list). */
function pagePeople(candidates: readonly PageCandidate[]): Person[] {
	const names = candidates.flatMap((candidate) => candidate.value.split(/[,，、;；/／|\s]+/u)).map((name) => name.trim());
	return [...new Set(names)].filter((name) => isPersonalName(name) && !PLACEHOLDER.test(name)).map((name) => ({ name, role: '' }));
}
