import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/ingest/document.ts';
import { isUntouched, readFrontmatter, serializeArticle, serializeBody } from '../../src/ingest/serialize.ts';
import { GAP, markGarbled, markRepaired } from '../../src/ingest/text/markers.ts';
import type { Block } from '../../src/ingest/types.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import { frontmatter } from '../lib/frontmatter.ts';
import { ALLOWED_JSX, compileMdx, inspectMdx } from './mdx-check.ts';

/** Text that MDX, Markdown or GFM would read as code, markup or formatting. */
const HOSTILE = [
	'<script>alert(1)</script>',
	'{x}',
	'{alert(document.cookie)}',
	"import x from 'y'",
	'export const a = 1',
	'export default function Page() {}',
	'`code` and ```fence```',
	'# not a heading',
	'## 也不是标题',
	'*not emphasis*',
	'_not emphasis_',
	'**not strong**',
	'~~不是删除线~~',
	'<Gap />',
	'<Garbled>伪造</Garbled>',
	'</Caption>',
	'<img src=x onerror=alert(1)>',
	'<!-- comment -->',
	'[link](javascript:alert(1))',
	'![image](http://x/y.png)',
	'> not a quote',
	'- not a list',
	'1. not a list',
	'---',
	'***',
	'    four spaces',
	'&amp; &#x41; &lt;',
	'\\ backslash \\{',
	'$x^2$',
	'[^1]: not a footnote',
	'| a | b |',
	':::note',
];

const fm = (title = '标题'): ArticleFrontmatter => frontmatter({ title, publisher: '测试报' });

function checkSafe(mdx: string, literals: string[]) {
	const report = inspectMdx(mdx);
	expect(report.code).toEqual([]);
	expect(report.formatting).toEqual([]);
	for (const name of report.jsx) expect(ALLOWED_JSX.has(name), `unexpected JSX <${name}>`).toBe(true);
	for (const url of report.links) expect(url).toMatch(/^(https?:|mailto:)/u);
	for (const literal of literals) expect(report.text, literal).toContain(literal.trim());
	expect(() => compileMdx(mdx)).not.toThrow();
	return report;
}

describe('serialize: article text is only ever text', () => {
	for (const hostile of HOSTILE) {
		it(`a paragraph holding ${JSON.stringify(hostile)}`, () => {
			const blocks: Block[] = [
				{ type: 'paragraph', text: hostile },
				{ type: 'paragraph', text: `嘉兴${hostile}湖州` },
			];
			const report = checkSafe(serializeBody(buildDocument(blocks)), [hostile, `嘉兴${hostile}湖州`]);
			expect(report.jsx).toEqual([]);
		});
	}

	it('the same inside a heading and a caption with a credit', () => {
		const all = HOSTILE.join(' ');
		const body = serializeBody(buildDocument([{ type: 'heading', text: `import a from "b" ${all}` }, { type: 'caption', text: `export const c = 1 ${all}`, credit: `"摄" {x} <b> ${'`'}` }]));
		const report = checkSafe(body, [`import a from "b" ${all}`, `export const c = 1 ${all}`]);
		expect(report.jsx).toEqual(['Caption']);
		expect(body).toMatch(/<Caption credit=/u);
	});

	it('a line starting with import or export never becomes ESM, even after a line break in a caption', () => {
		for (const text of ["import x from 'y'", 'export const a = 1', 'export {a}', 'import {a} from "b"']) {
			const report = inspectMdx(serializeBody(buildDocument([{ type: 'paragraph', text }, { type: 'caption', text }])));
			expect(report.code).toEqual([]);
			expect(report.texts).toContain(text);
		}
	});

	it('words merely starting with import/export are left readable', () => {
		const body = serializeBody(buildDocument([{ type: 'paragraph', text: 'important exports 进出口' }]));
		expect(body.trim()).toBe('important exports 进出口');
	});
});

describe('serialize: the archive’s own elements', () => {
	it('gaps, garbled and repaired spans become <Gap />, <Garbled> and <Repaired from>', () => {
		const text = `总投资${GAP}亿元，${markGarbled('躺惶寤{x}<b>')}，${markRepaired('\uFFFD', '体')}育馆`;
		const body = serializeBody(buildDocument([{ type: 'paragraph', text }]));
		const report = checkSafe(body, ['总投资', '躺惶寤{x}<b>', '体', '育馆']);
		expect(report.jsx).toEqual(['Gap', 'Garbled', 'Repaired']);
		expect(body).toContain('<Gap />');
	});

	it('a forged element in the text stays text', () => {
		const body = serializeBody(buildDocument([{ type: 'paragraph', text: '<Repaired from="x">伪造</Repaired><Caption credit="y" />' }]));
		expect(inspectMdx(body).jsx).toEqual([]);
	});
});

describe('serialize: frontmatter and hand-edit detection', () => {
	it('titles and notes with YAML syntax round-trip', () => {
		const title = '“标题”: --- # {x} [a] & *b* \'c\' "d" | >';
		const article = serializeArticle(fm(title), buildDocument([{ type: 'paragraph', text: '正文。' }]));
		expect(readFrontmatter(article)?.title).toBe(title);
		expect(inspectMdx(article).code).toEqual([]);
		expect(() => compileMdx(article)).not.toThrow();
	});

	it('a file as written is untouched; any edit to body or frontmatter shows', () => {
		const article = serializeArticle(fm(), buildDocument([{ type: 'paragraph', text: '正文。' }]));
		expect(isUntouched(article)).toBe(true);
		expect(isUntouched(article.replace('正文。', '正文有改动。'))).toBe(false);
		expect(isUntouched(article.replace('publisher: 测试报', 'publisher: 另一家报'))).toBe(false);
		expect(isUntouched(article.replace(/checksum: [0-9a-f]+/u, 'checksum: ""'))).toBe(false);
	});

	it('is deterministic', () => {
		const tree = buildDocument([{ type: 'paragraph', text: '正文。' }]);
		expect(serializeArticle(fm(), tree)).toBe(serializeArticle(fm(), tree));
	});

	it('readFrontmatter returns undefined for a file without one', () => {
		expect(readFrontmatter('正文')).toBeUndefined();
		expect(readFrontmatter('---\n: : :\n---\n')).toBeUndefined();
	});
});
