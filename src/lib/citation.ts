import type { ArticleDate, Person } from '../schemas/article';
import { dateParts } from './dates';
import type { ArticleView } from './present';

/** What a citation needs, already in the edition's script. */
export interface CitationSource {
	title: string;
	authors: readonly Person[];
	publisher: string;
	date: ArticleDate;
	/** The permalink being cited. */
	url: string;
	/** The BCP 47 tag of the edition being cited (`zh-Hans`, `zh-Hant`), for the exports' language field. */
	language?: string;
}

/**
 * The citation of an article in one edition, from its view in that edition:
 * what the page's references, its `¶` citations and its export files all cite.
 */
export function articleCitation(view: Pick<ArticleView, 'title' | 'authorList' | 'publisherName' | 'lang'>, date: ArticleDate, url: string): CitationSource {
	return { title: view.title, authors: view.authorList, publisher: view.publisherName, date, url, language: view.lang };
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
 * Without authors the entry starts with the title. Citing one paragraph
 * (1-based), the paragraph is the locator where the standard puts the cited
 * page, after a colon (`报纸名, 2020-09-16: 第3段. URL#…`), and `src.url` is
 * the paragraph's permalink.
 */
export function gbt7714(src: CitationSource, paragraph?: number): Citation {
	const { year, month, day } = dateParts(src.date);
	const pad = (n: number) => String(n).padStart(2, '0');
	const date = year === undefined ? '' : [String(year), month && pad(month), month && day && pad(day)].filter(Boolean).join('-');
	const names = src.authors.map((p) => p.name);
	const who = names.length > 3 ? `${names.slice(0, 3).join(', ')}, 等` : names.join(', ');
	const where = [src.publisher, date].filter(Boolean).join(', ');
	const locator = paragraph === undefined ? '' : `第${paragraph}段`;
	const parts = [who && `${who}. `, `${src.title}[N/OL]. `, [where, locator].filter(Boolean).join(': ')];
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

/** A CSL-JSON item (the format of Zotero, Mendeley and citeproc) for a newspaper article. */
export interface CslItem {
	id: string;
	type: 'article-newspaper';
	title: string;
	author?: { literal: string }[];
	'container-title'?: string;
	issued?: { 'date-parts': number[][] };
	URL: string;
	language?: string;
}

/**
 * The article as a CSL-JSON item. Chinese names are given as `literal`
 * (CSL's family/given split would reorder them); the date at its precision.
 */
export function cslItem(src: CitationSource, id: string): CslItem {
	const { year, month, day } = dateParts(src.date);
	const parts = [year, month, month && day].filter((n): n is number => typeof n === 'number');
	return {
		id,
		type: 'article-newspaper',
		title: src.title,
		...(src.authors.length > 0 && { author: src.authors.map((p) => ({ literal: p.name })) }),
		...(src.publisher && { 'container-title': src.publisher }),
		...(parts.length > 0 && { issued: { 'date-parts': [parts] } }),
		URL: src.url,
		...(src.language && { language: src.language }),
	};
}

/**
 * A CSL-JSON citation item citing one paragraph (1-based) of the article:
 * the item (`itemData`, with the paragraph's permalink as `URL`) and CSL's
 * locator, `locator` + `label: "paragraph"`.
 */
export function cslParagraphCitation(src: CitationSource, id: string, paragraph: number) {
	return { id, locator: String(paragraph), label: 'paragraph' as const, itemData: cslItem(src, id) };
}
