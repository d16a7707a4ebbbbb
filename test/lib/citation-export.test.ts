import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import { describe, expect, it } from 'vitest';
import { articleCitation } from '../../src/lib/citation';
import { bibtexEntry, bibtexText, EXPORT_FORMATS, type ExportEntry, exportFile, joinExports, risRecord } from '../../src/lib/citation-export';
import { splitArticleFile } from '../../src/lib/article-file';
import { EDITIONS } from '../../src/lib/edition';
import { articleView } from '../../src/lib/present';
import { absolute } from '../../src/lib/urls';
import type { ArticleDate } from '../../src/schemas/article';

const date = (value: string, precision: ArticleDate['precision']): ArticleDate => ({ value, precision, source: 'test', confidence: 'high' });

/** A title with every character BibTeX or LaTeX gives a meaning to, and Latin letters whose case a style could change. */
const hostileTitle = '苏南{试点} 100% & $5_亿^2~元\\ #G60 “一体化”';
const full: ExportEntry = {
	key: '2021-03-04-ceshi',
	title: hostileTitle,
	authors: [{ name: '张三', role: '记者' }, { name: '欧阳小明', role: '通讯员' }],
	publisher: '测试日报',
	date: date('2021-03-04', 'day'),
	url: 'https://example.org/articles/2021-03-04-ceshi/',
	language: 'zh-Hans',
};
const monthOnly: ExportEntry = { ...full, key: '2021-03-ceshi', title: '只知道月份', date: date('2021-03', 'month'), url: 'https://example.org/articles/2021-03-ceshi/' };
const bare: ExportEntry = { key: 'undated-ceshi', title: '無日期無作者', authors: [], publisher: '', date: date('', 'unknown'), url: 'https://example.org/zh-hant/articles/undated-ceshi/', language: 'zh-Hant' };

/** citation-js's reading of a file: CSL-JSON items, keyed by URL. */
const parsed = (text: string) => new Map(new Cite(text).data.map((item) => [item.URL as string, item]));
/** The names citation-js read: CSL names, or for RIS's NEWS its `reporter` (a string when there is one). */
const names = (item: Record<string, unknown>) => {
	const list = (item.author ?? item.reporter) as ({ literal?: string; family?: string } | string)[] | string | undefined;
	return list === undefined ? undefined : [list].flat().map((n) => (typeof n === 'string' ? n : (n.literal ?? n.family)));
};
const dateParts = (item: Record<string, unknown>) => (item.issued as { 'date-parts': number[][] } | undefined)?.['date-parts'][0];

describe('BibTeX', () => {
	it('escapes braces and LaTeX specials, and leaves CJK alone', () => {
		expect(bibtexText('a{b}c')).toBe('a\\{b\\}c');
		expect(bibtexText('50% & $1 #2 a_b')).toBe('50\\% \\& \\$1 \\#2 a\\_b');
		expect(bibtexText('x^y~z\\')).toBe('x\\textasciicircum{}y\\textasciitilde{}z\\textbackslash{}');
		expect(bibtexText('长三角 G60')).toBe('长三角 G60');
		expect(bibtexText('两行\n标题')).toBe('两行 标题');
	});

	it('keeps every field\'s braces balanced whatever the title holds', () => {
		const entry = bibtexEntry({ ...full, title: '}}{ 不平衡 {{' });
		const unescaped = entry.replace(/\\[{}]/gu, '');
		expect(unescaped.split('{').length).toBe(unescaped.split('}').length);
		expect(new Cite(entry).data[0]!.title).toBe('}}{ 不平衡 {{');
	});

	it('gives the date at its precision: date, year and month, never a day it does not know', () => {
		expect(bibtexEntry(full)).toContain('  date = {2021-03-04},\n  year = {2021},\n  month = mar,\n');
		expect(bibtexEntry(monthOnly)).toContain('  date = {2021-03},\n');
		expect(bibtexEntry(bare)).not.toMatch(/^ {2}(date|year|month|author|journal) =/mu);
	});

	it('is a newspaper article keyed by the slug', () => {
		expect(bibtexEntry(full)).toMatch(/^@article\{2021-03-04-ceshi,\n/u);
		expect(bibtexEntry(full)).toContain('entrysubtype = {newspaper}');
	});
});

describe('RIS', () => {
	it('is a NEWS record with the tags reference managers read, CR LF line ends and a closing ER', () => {
		const record = risRecord(full);
		expect(record.split('\r\n').slice(0, -1).map((line) => line.slice(0, 6))).toEqual([
			'TY  - ', 'T1  - ', 'AU  - ', 'AU  - ', 'PY  - ', 'DA  - ', 'T2  - ', 'PB  - ', 'LA  - ', 'UR  - ', 'ID  - ', 'ER  - ',
		]);
		expect(record).toMatch(/^TY {2}- NEWS\r\n/u);
		expect(record).toContain('PY  - 2021\r\nDA  - 2021/03/04\r\n');
		expect(record.endsWith('ER  - \r\n')).toBe(true);
		expect(record.replace(/\r\n/gu, '')).not.toContain('\n');
	});

	it('writes the date at its precision and leaves out what is unknown', () => {
		expect(risRecord(monthOnly)).toContain('DA  - 2021/03\r\n');
		expect(risRecord(bare)).not.toMatch(/^(PY|DA|AU|T2|PB) /mu);
		expect(risRecord(bare)).toContain('LA  - zh-Hant\r\n');
	});
});

describe('the three formats parse with citation-js and keep the citation', () => {
	const entries = [full, monthOnly, bare];

	for (const format of EXPORT_FORMATS) {
		it(`${format}: title, authors, date, publisher and URL of every entry`, () => {
			const items = parsed(exportFile(format, entries));
			expect(items.size).toBe(entries.length);
			for (const entry of entries) {
				const item = items.get(entry.url)!;
				expect(item, entry.key).toBeDefined();
				expect(item.title).toBe(entry.title);
				expect(names(item) ?? []).toEqual(entry.authors.map((p) => p.name));
				// RIS keeps the full date in DA, which citation-js does not read for NEWS (Zotero and EndNote do): it gets the year from PY.
				const expected = entry.date.value ? entry.date.value.split('-').map(Number) : undefined;
				expect(dateParts(item)).toEqual(format === 'ris' ? expected?.slice(0, 1) : expected);
				expect(item['container-title']).toBe(entry.publisher || undefined);
				if (format === 'ris') expect(item.publisher).toBe(entry.publisher || undefined);
			}
		});
	}

	it('json: a newspaper article in the edition\'s language', () => {
		const [item] = JSON.parse(exportFile('json', [full])) as Record<string, unknown>[];
		expect(item).toMatchObject({ type: 'article-newspaper', language: 'zh-Hans', URL: full.url });
	});

	it('a list\'s file is its entries\' own files joined (what the search page does with the per-article files)', () => {
		for (const format of EXPORT_FORMATS) {
			expect(joinExports(format, entries.map((e) => exportFile(format, [e])))).toBe(exportFile(format, entries));
		}
	});
});

describe('every committed article, in both editions', () => {
	const dir = 'content/articles';
	const articles = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => splitArticleFile(readFileSync(join(dir, f), 'utf8')).data);

	it('round-trips through citation-js in each format', () => {
		expect(articles.length).toBeGreaterThan(0);
		for (const edition of EDITIONS) {
			const entries = articles.map((data) => {
				const view = articleView(data, edition);
				return { key: data.slug, ...articleCitation(view, data.date, absolute(view.href, undefined)) };
			});
			for (const format of EXPORT_FORMATS) {
				const items = parsed(exportFile(format, entries));
				for (const entry of entries) {
					const item = items.get(entry.url)!;
					expect(item?.title, `${format} ${entry.url}`).toBe(entry.title);
					expect(names(item) ?? [], `${format} ${entry.url}`).toEqual(entry.authors.map((p) => p.name));
					expect(item['container-title'], `${format} ${entry.url}`).toBe(entry.publisher || undefined);
					expect(dateParts(item)?.[0], `${format} ${entry.url}`).toBe(entry.date.value ? Number(entry.date.value.slice(0, 4)) : undefined);
				}
			}
		}
	});
});
