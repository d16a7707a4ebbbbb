import type { Person } from '../../schemas/article.ts';
import type { DateEvidence, Draft, PageCandidate, PublisherEvidence } from '../types.ts';
import { isPersonalName } from '../text/names.ts';
import { outletsNamed } from '../text/outlets.ts';

/**
 * Stage 11b — a saved web page's own metadata (`draft.page`, read by
 * `html/page-metadata.ts`) becomes evidence of the same kinds the text gives:
 * its publication times as dates (weighed with the page's visible date lines
 * by `infer/date.ts`, so a disagreement leaves the article undated), its site
 * or publisher (or a known outlet in its author field) as publisher evidence (a credit in the text still wins,
 * `infer/publisher.ts`), and its authors, when the text credits none and the
 * name is a person's. A date line at the foot of a page's text may only
 * confirm another date. A text file has no page metadata: nothing changes.
 */
export function readPageMetadata(draft: Draft): Draft {
	const { page } = draft;
	if (!page) return draft;
	const dates: DateEvidence[] = page.published.flatMap((candidate) => {
		const day = pageDay(candidate.value);
		return day ? [{ ...day, text: candidate.value, where: `page metadata ${candidate.from}`, role: 'published' as const }] : [];
	});
	// Portals put the originating outlet in the author field (article:author 参考消息): a known outlet there is publisher evidence.
	const outletAuthors = page.authors.filter((candidate) => outletsNamed(candidate.value.trim()).length > 0);
	const publishers: PublisherEvidence[] = [...page.publishers, ...outletAuthors]
		.map((candidate) => ({ kind: 'page' as const, name: siteName(candidate.value), method: `page metadata ${candidate.from}`, confidence: 'medium' as const }))
		.filter((evidence) => !HOSTING_PLATFORM.test(evidence.name));
	const authors = draft.found.authors.length > 0 ? draft.found.authors : pagePeople(page.authors);
	// A page's text ends where its furniture begins: a date line at the foot only confirms (`confirmsOnly`).
	const textDates = (draft.found.dates ?? []).map((date) => (date.filed && date.where !== 'dateline lead' ? { ...date, confirmsOnly: true } : date));
	return {
		...draft,
		found: {
			...draft.found,
			dates: [...textDates, ...dates],
			publisherEvidence: [...(draft.found.publisherEvidence ?? []), ...publishers.filter((p) => p.name !== '')],
			authors,
		},
	};
}

/**
 * Platforms that host other people's accounts name themselves as the site
 * (og:site_name 微信公众平台): the host is not the publisher, so its name is no
 * evidence. The account's own name, when the page prints it, comes from the text.
 */
const HOSTING_PLATFORM = /^(?:微信公众平台|微信公众号|百家号|今日头条|头条号|企鹅号|搜狐号|网易号|一点号|大鱼号|澎湃号)$/u;

/** A site name without its channel (人民网-文化频道, 澎湃新闻·澎湃号·政务): the part before the separator, when that part is a known outlet. */
function siteName(value: string): string {
	const name = value.trim();
	const [first = name] = name.split(/\s*[-－–—_|｜·•]\s*/u);
	return first !== name && outletsNamed(first).length > 0 ? first : name;
}

/** China Standard Time, in which the archive's sources date their pages. */
const CHINA_OFFSET_MS = 8 * 3600_000;
const AS_WRITTEN = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?(?:$|[\sT](\d{1,2}):(\d{2}))/u;

/**
 * The calendar day a metadata time names, in China time: an instant with a
 * time zone (`2019-09-07T02:20:00Z`, an epoch in seconds or milliseconds) is
 * moved to +08:00; a time without one is the day as written. Anything else
 * is no date (undefined): metadata is never guessed at.
 */
export function pageDay(value: string): { year: number; month: number; day: number } | undefined {
	const text = value.trim();
	if (/^\d{10}(\d{3})?$/u.test(text)) return inChina(Number(text) * (text.length === 10 ? 1000 : 1));
	const written = AS_WRITTEN.exec(text);
	if (!written) return undefined;
	if (/(?:Z|[+-]\d{2}:?\d{2})$/u.test(text) && /T|\d:\d/u.test(text)) {
		const instant = Date.parse(text.replace(' ', 'T'));
		return Number.isNaN(instant) ? undefined : inChina(instant);
	}
	return { year: Number(written[1]), month: Number(written[2]), day: Number(written[3]) };
}

function inChina(instant: number): { year: number; month: number; day: number } | undefined {
	if (!Number.isFinite(instant)) return undefined;
	const at = new Date(instant + CHINA_OFFSET_MS);
	return { year: at.getUTCFullYear(), month: at.getUTCMonth() + 1, day: at.getUTCDate() };
}

/** The people among a page's author fields (`<meta name="author">` often holds the site's name, an editor's login or a list). */
function pagePeople(candidates: readonly PageCandidate[]): Person[] {
	const names = candidates.flatMap((candidate) => candidate.value.split(/[,，、;；/／|\s]+/u)).map((name) => name.trim());
	return [...new Set(names)].filter(isPersonalName).map((name) => ({ name, role: '' }));
}
