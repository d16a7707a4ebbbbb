import type { ArticleDate, Person } from '../schemas/article';
import { dateParts } from './dates';

/** What a citation needs, already in the edition's script. */
export interface CitationSource {
	title: string;
	authors: readonly Person[];
	publisher: string;
	date: ArticleDate;
	/** The permalink being cited. */
	url: string;
}

/** A formatted reference: plain text for copying, and HTML with the container in italics (APA). */
export interface Citation {
	text: string;
	html: string;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const escapeHtml = (s: string) => s.replace(/&/gu, '&amp;').replace(/</gu, '&lt;').replace(/>/gu, '&gt;').replace(/"/gu, '&quot;');

/** Full stop unless the text already ends in one (西文 or 中文 punctuation). */
const stop = (s: string) => (/[.。!！?？]$/u.test(s) ? s : `${s}.`);

/**
 * GB/T 7714-2015, newspaper article online (`[N/OL]`):
 * `作者. 题名[N/OL]. 报纸名, 2020-09-16. URL.` The date is given at its real
 * precision; the access date is omitted so that builds are reproducible.
 * Without authors the entry starts with the title.
 */
export function gbt7714(src: CitationSource): Citation {
	const { year, month, day } = dateParts(src.date);
	const pad = (n: number) => String(n).padStart(2, '0');
	const date = year === undefined ? '' : [String(year), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
	const names = src.authors.map((p) => p.name);
	const who = names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
	const parts = [who && `${who}. `, `${src.title}[N/OL]. `, [src.publisher, date].filter(Boolean).join(', ')];
	const text = `${stop(parts.join('').replace(/[, ]+$/u, ''))} ${src.url}.`;
	return { text, html: escapeHtml(text) };
}

/**
 * APA 7, newspaper article: `作者. (2020, September 16). 题名. *报纸名*. URL`
 * — date at its precision, `(n.d.)` when unknown; without authors the title
 * takes the author position.
 */
export function apa7(src: CitationSource): Citation {
	const { year, month, day } = dateParts(src.date);
	const date = year === undefined ? 'n.d.' : [year, month && [MONTHS[month - 1], day].filter(Boolean).join(' ')].filter(Boolean).join(', ');
	const names = src.authors.map((p) => p.name);
	const who = names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')}, & ${names.at(-1)}`;
	const title = stop(src.title);
	const head = who ? `${stop(who)} (${date}). ${title}` : `${title} (${date}).`;
	const container = src.publisher ? stop(src.publisher) : '';
	const text = [head, container, src.url].filter(Boolean).join(' ');
	const html = [escapeHtml(head), container && `<i>${escapeHtml(src.publisher)}</i>.`, escapeHtml(src.url)].filter(Boolean).join(' ');
	return { text, html };
}
