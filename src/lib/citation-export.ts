import { type CitationSource, cslItem } from './citation';
import { dateParts } from './dates';

/**
 * Citation files for reference managers (Zotero, EndNote, JabRef, Mendeley,
 * LaTeX): BibTeX, RIS and CSL-JSON, all three from the same citation record
 * the page's GB/T 7714 and APA references are made from (`citation.ts`), so
 * a download never disagrees with the page. Files for a whole list are the
 * single entries concatenated (`joinExports`), which is also how the search
 * page exports its results from the per-article files.
 */

/** The three formats, by file extension. */
export const EXPORT_FORMATS = ['bib', 'ris', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/**
 * The media type each file is sent with (`_headers`, docs/serving.md): BibTeX
 * and RIS have no registered type, these are the ones reference managers and
 * browsers recognise; CSL-JSON's is registered, but a static host sends a
 * `.json` file as `application/json`, which it also is.
 */
export const EXPORT_MEDIA_TYPES: Readonly<Record<ExportFormat, string>> = {
	bib: 'application/x-bibtex; charset=utf-8',
	ris: 'application/x-research-info-systems; charset=utf-8',
	json: 'application/json; charset=utf-8',
};

/** One article to export: its citation and an ASCII key unique in the file (the slug), BibTeX's cite key and RIS's `ID`. */
export interface ExportEntry extends CitationSource {
	key: string;
}

/** The file of one format for these entries, in the order given. */
export function exportFile(format: ExportFormat, entries: readonly ExportEntry[]): string {
	if (format === 'json') return cslJsonFile(entries);
	return joinExports(format, entries.map(format === 'bib' ? bibtexEntry : risRecord));
}

/**
 * Files of one format joined into one: BibTeX entries and RIS records one
 * after another, CSL-JSON arrays merged into one array.
 */
export function joinExports(format: ExportFormat, files: readonly string[]): string {
	if (format === 'json') return `${JSON.stringify(files.flatMap((file) => JSON.parse(file) as unknown[]), null, 2)}\n`;
	const separator = format === 'ris' ? '\r\n' : '\n';
	return files.map((file) => file.replace(/[\r\n]+$/u, '')).join(separator + separator) + separator;
}

/** CSL-JSON: an array of items (`cslItem`, `type: article-newspaper`), the form citeproc and Zotero import. */
function cslJsonFile(entries: readonly ExportEntry[]): string {
	return `${JSON.stringify(entries.map((entry) => cslItem(entry, entry.url)), null, 2)}\n`;
}

/** Everything has one line in RIS and in a BibTeX field: runs of white space become one space. */
const oneLine = (text: string) => text.replace(/\s+/gu, ' ').trim();

const BIBTEX_ESCAPES: Readonly<Record<string, string>> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'%': '\\%',
	'&': '\\&',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
};

/**
 * Text as a BibTeX field value: braces would end or unbalance the field, and
 * `\ % & $ # _ ^ ~` mean something to LaTeX, so each is escaped; CJK and
 * other Unicode stay as they are (BibTeX files are UTF-8 here, as biber and
 * every reference manager read them).
 */
export function bibtexText(text: string): string {
	return oneLine(text).replace(/[\\{}%&$#_^~]/gu, (c) => BIBTEX_ESCAPES[c]!);
}

/** A URL in BibTeX's verbatim `url` field: characters that would break the field are percent-encoded, the rest kept. */
const bibtexUrl = (url: string) => url.replace(/[{}\\\s]/gu, (c) => encodeURIComponent(c));

const MONTH_MACROS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One `@article` entry, `entrysubtype = {newspaper}` (biblatex's newspaper
 * article). Each author is one braced name: a Chinese name has no
 * first/last split for BibTeX to find, and splitting would reorder it. The
 * title is braced twice so that styles never change its case (G60 stays G60).
 * The date is given as biblatex's `date` at its real precision and as
 * BibTeX's `year`/`month` (BibTeX has no day).
 */
export function bibtexEntry(entry: ExportEntry): string {
	const { year, month, day } = dateParts(entry.date);
	const fields: [string, string][] = [
		['title', `{{${bibtexText(entry.title)}}}`],
		...(entry.authors.length > 0 ? [['author', `{${entry.authors.map((p) => `{${bibtexText(p.name)}}`).join(' and ')}}`] as [string, string]] : []),
		...(entry.publisher ? [['journal', `{${bibtexText(entry.publisher)}}`] as [string, string]] : []),
		...(year === undefined ? [] : ([['date', `{${[String(year).padStart(4, '0'), month && pad(month), month && day && pad(day)].filter(Boolean).join('-')}}`], ['year', `{${year}}`]] as [string, string][])),
		...(month === undefined ? [] : [['month', MONTH_MACROS[month - 1]!] as [string, string]]),
		['url', `{${bibtexUrl(entry.url)}}`],
		['entrysubtype', '{newspaper}'],
	];
	return `@article{${entry.key},\n${fields.map(([name, value]) => `  ${name} = ${value},\n`).join('')}}\n`;
}

/**
 * One RIS record (`TY  - NEWS`, newspaper article), lines ending in CR LF as
 * the format specifies: title (`T1`), each author (`AU`), year (`PY`) and the
 * date at its precision (`DA`, `YYYY/MM/DD`), the newspaper as secondary
 * title (`T2`, where Zotero and EndNote look for it) and publisher (`PB`),
 * language (`LA`), permalink (`UR`), key (`ID`).
 */
export function risRecord(entry: ExportEntry): string {
	const { year, month, day } = dateParts(entry.date);
	const lines: [string, string][] = [
		['TY', 'NEWS'],
		['T1', entry.title],
		...entry.authors.map((p): [string, string] => ['AU', p.name]),
		...(year === undefined ? [] : ([['PY', String(year)], ['DA', [String(year).padStart(4, '0'), month && pad(month), month && day && pad(day)].filter(Boolean).join('/')]] as [string, string][])),
		...(entry.publisher ? ([['T2', entry.publisher], ['PB', entry.publisher]] as [string, string][]) : []),
		...(entry.language ? [['LA', entry.language] as [string, string]] : []),
		['UR', entry.url],
		['ID', entry.key],
	];
	return `${lines.map(([tag, value]) => `${tag}  - ${oneLine(value)}\r\n`).join('')}ER  - \r\n`;
}
