import { createHash } from 'node:crypto';
import { parseFrontmatter } from '@astrojs/internal-helpers/frontmatter';
import { describe, expect, it } from 'vitest';
import { buildDocument } from '../../src/ingest/document.ts';
import { prepare } from '../../src/ingest/prepare.ts';
import { taggerFor } from '../../src/ingest/pipeline.ts';
import { serializeBody } from '../../src/ingest/serialize.ts';
import { normalize } from '../../src/ingest/stages/normalize.ts';
import { EMPTY_TAXONOMY } from '../../src/lib/taxonomy.ts';
import { draftOf } from '../ingest/helpers.ts';
import { ALLOWED_JSX, compileMdx, inspectMdx } from '../ingest/mdx-check.ts';

/**
 * Web pages: output. Whatever a raw file's text holds, the MDX the ingest
 * writes is read back by the site's own MDX parser (satteri with the site's
 * features, `src/lib/mdx-features.ts`) as exactly that text: no element, no
 * expression, no ESM, no formatting, nothing that breaks the build. Each
 * case names its promise (listed in docs/reliability.md).
 */

/** Serializes `text` as one paragraph and parses it back the way the site does. */
function roundTrip(text: string) {
	const mdx = serializeBody(buildDocument([{ type: 'paragraph', text }]));
	return { mdx, report: inspectMdx(mdx) };
}

/** The promise every output case checks: the text reads back unchanged, and nothing in it is code or markup. */
function expectOnlyText(text: string) {
	const { mdx, report } = roundTrip(text);
	expect(report.text, `read back from ${JSON.stringify(mdx)}`).toBe(text);
	expect(report.code).toEqual([]);
	expect(report.jsx).toEqual([]);
	expect(report.formatting).toEqual([]);
	// GFM turns a bare URL into a link; only web and mail links, never javascript: or data:.
	for (const url of report.links) expect(url).toMatch(/^(https?:\/\/|mailto:)/u);
	expect(() => compileMdx(mdx)).not.toThrow();
	return report;
}

describe('output: HTML after a URL stays text (the autolink must not swallow the escape)', () => {
	it('an <img onerror> right after a URL is text, not an element', () => {
		expectOnlyText('参见https://news.example.cn/a/1.html<img src="p.png" onerror="alert(document.domain)" />以下为原文。');
	});

	it('a <meta http-equiv="refresh"> after a URL is text, so it cannot redirect the reader', () => {
		expectOnlyText('原载http://www.example.org/path/<meta http-equiv="refresh" content="0;url=https://evil.example/" />');
	});

	it('a URL whose query holds <tag> builds (it used to fail with "Expected a closing tag")', () => {
		expectOnlyText('https://search.example.com/find?kw=<长三角>&page=2');
	});

	it('a www. address followed by markup is text', () => {
		expectOnlyText('访问www.example.net/<b>首页</b>了解详情');
	});

	it('an e-mail address followed by a <script> is text', () => {
		expectOnlyText('来信请寄editor@example.cn<script>fetch("/x")</script>');
	});

	it('a URL holding { } is not an expression', () => {
		expectOnlyText('链接http://a.example/{globalThis.x=1}/b');
	});

	it('a backslash inside a URL, then <, is neither lost nor an escape that opens a tag', () => {
		expectOnlyText('路径https://a.example/c:\\dir\\<i>x</i>');
	});

	it('markdown punctuation inside a URL (* _ ~ [ ]) is kept, not formatting', () => {
		expectOnlyText('见http://a.example/*b*/_c_/~~d~~/[e](f)说明');
	});

	it('a javascript: or data: URL in the text never becomes a link', () => {
		const report = expectOnlyText('点击javascript:alert(1)或data:text/html,<script>alert(1)</script>打开');
		expect(report.links).toEqual([]);
	});
});

describe('output: import/export lines are text, never ESM', () => {
	for (const line of ['export', 'import', 'export default', 'export{a}', 'import*as x from"y"', 'export\tconst a=1', "import'x'", 'export;']) {
		it(`a paragraph that is just ${JSON.stringify(line)} builds and reads back`, () => {
			expectOnlyText(line);
		});
	}

	it('at the start of a caption, a heading or after a Gap it is text too', () => {
		const mdx = serializeBody(
			buildDocument([
				{ type: 'heading', text: 'export' },
				{ type: 'caption', text: 'import', credit: 'export' },
			]),
		);
		const report = inspectMdx(mdx);
		expect(report.code).toEqual([]);
		expect(report.texts).toEqual(['export', 'import']);
		expect(() => compileMdx(mdx)).not.toThrow();
	});

	it('words that only start with import/export are written as they are', () => {
		expect(roundTrip('exports imported exporter').mdx.trim()).toBe('exports imported exporter');
	});
});

describe('output: the page shows the punctuation the text has', () => {
	it('straight quotes, -- and ... are not made "smart"', () => {
		expectOnlyText(`他说"这是'试点'"--为期三年...`);
	});
});

describe('output: every mixture of hostile fragments reads back as the same text', () => {
	const FRAGMENTS = ['http://a.example/', 'https://b.example/?q=', 'www.c.example', 'd@e.example', '<', '>', '</', '/>', '<img src=x onerror=alert(1)>', '{', '}', '\\', '`', '*', '_', '~~', '[', ']', '(', ')', '!', '#', '&amp;', '&#x3C;', '|', ':', 'export', 'import', ' ', '长三角', '。', '“', '”', '"', "'", '$', '^', '=', '%3C'];

	/** A small deterministic generator (mulberry32), so a failure names a reproducible seed. */
	const random = (seed: number) => () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};

	it('500 random paragraphs of 1–12 fragments', () => {
		const next = random(15);
		const failures: string[] = [];
		for (let i = 0; i < 500; i++) {
			const parts = Array.from({ length: 1 + Math.floor(next() * 12) }, () => FRAGMENTS[Math.floor(next() * FRAGMENTS.length)]);
			// A paragraph's text never starts or ends with a space, nor has two in a row: normalize trims lines.
			const text = parts.join('').replace(/ +/gu, ' ').trim();
			if (!text) continue;
			const { mdx, report } = roundTrip(text);
			let compiles = true;
			try {
				compileMdx(mdx);
			} catch {
				compiles = false;
			}
			const unsafeLink = report.links.some((url) => !/^(https?:\/\/|mailto:)/u.test(url));
			if (report.text !== text || report.code.length || report.jsx.length || report.formatting.length || unsafeLink || !compiles) {
				failures.push(`${JSON.stringify(text)} → ${JSON.stringify(mdx)} → ${JSON.stringify(report.text)}`);
			}
		}
		expect(failures).toEqual([]);
	});
});

describe('output: characters that are never text', () => {
	const rawFile = (body: string) => {
		const bytes = new TextEncoder().encode(`长三角生态绿色一体化发展示范区建设取得新进展\n${body}\n`);
		return prepare(
			{ rawPath: 'content/raw/test.txt', bytes, bytesHash: createHash('sha256').update(bytes).digest('hex'), override: {}, overrideFile: 'content/overrides/test.txt.yaml' },
			taggerFor(EMPTY_TAXONOMY),
		);
	};

	it('U+FFFE in a raw file: the article still builds, the spot is shown as garbled and reported, no text is lost', () => {
		const prepared = rawFile('嘉善县与青浦区\uFFFE吴江区签订合作协议，共同推进跨界水体联保共治。\n三地将共同编制示范区国土空间规划。');
		expect(prepared.status).toBe('cleaned');
		if (prepared.status !== 'cleaned') return;
		// The frontmatter reads with the YAML reader Astro uses (it refused U+FFFE), and the body compiles.
		expect(() => parseFrontmatter(prepared.text)).not.toThrow();
		expect(() => compileMdx(prepared.text)).not.toThrow();
		expect(prepared.text).not.toContain('\uFFFE');
		const report = inspectMdx(prepared.text);
		expect(report.jsx).toContain('Garbled');
		expect(report.text).toContain('嘉善县与青浦区');
		expect(report.text).toContain('吴江区签订合作协议');
		expect(prepared.report).toContain('U+FFFE');
	});

	it('noncharacters in the planes beyond the BMP, and U+FDD0…U+FDEF, are replaced the same way and named in the report', () => {
		const draft = normalize(draftOf('苏州\u{1FFFF}工业园区\uFDD5'));
		expect(draft.text).toBe('苏州\uFFFD工业园区\uFFFD');
		expect(draft.repaired.find((r) => r.kind === 'noncharacters')?.from).toBe('U+1FFFF U+FDD5');
	});

	it('a lone surrogate (which UTF-8 cannot even write) becomes U+FFFD and is counted, not dropped', () => {
		const draft = normalize(draftOf('合肥\uD83D滨湖'));
		expect(draft.text).toBe('合肥\uFFFD滨湖');
		expect(draft.repaired.find((r) => r.kind === 'noncharacters')?.from).toBe('1 lone surrogate(s)');
	});

	it('the archive’s own elements are the only JSX in a whole cleaned article', () => {
		const prepared = rawFile('湖州南太湖新区{x}与<Caption>安吉县</Caption>签约。\nexport\n项目总投资http://x.example/<iframe src=//evil>亿元。');
		expect(prepared.status).toBe('cleaned');
		if (prepared.status !== 'cleaned') return;
		const report = inspectMdx(prepared.text);
		expect(report.code).toEqual([]);
		for (const name of report.jsx) expect(ALLOWED_JSX.has(name), name).toBe(true);
		expect(report.text).toContain('<iframe src=//evil>');
		expect(() => compileMdx(prepared.text)).not.toThrow();
	});
});

describe('output: the frontmatter never holds what is not text', () => {
	const withTitle = (title: string) => {
		const bytes = new TextEncoder().encode('嘉兴南湖区与上海金山区签订毗邻合作协议。\n双方将共建产业园区，推动交通互联互通。\n');
		return prepare(
			{ rawPath: 'content/raw/t.txt', bytes, bytesHash: createHash('sha256').update(bytes).digest('hex'), override: { title }, overrideFile: 'content/overrides/t.txt.yaml' },
			taggerFor(EMPTY_TAXONOMY),
		);
	};

	it('an override title holding U+FFFF is refused with a message naming the field, not written (it would stop the build)', () => {
		const prepared = withTitle('南湖\uFFFF金山');
		expect(prepared.status).toBe('failed');
		expect(prepared.status === 'failed' && prepared.message).toBe('title: contains U+FFFF, which is not a character; correct the text (an override?)');
	});

	it('an override title holding a lone surrogate is refused the same way', () => {
		const prepared = withTitle('南湖\uDC00金山');
		expect(prepared.status === 'failed' && prepared.message).toMatch(/^title: contains a lone surrogate/u);
	});
});
