import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, renameSync, symlinkSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readFrontmatter, isUntouched } from '../../src/ingest/serialize.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, articles, byRaw, expectRefusal, expectSafeMdx, expectSameFiles, ingest, removeTempProjects, runCli, snapshot, tempDir, tempProject, writeFiles } from './harness.ts';

/**
 * Reliability, inputs: whatever an archivist (or an attacker) hands the
 * ingest, it ingests it safely or refuses it in one line naming the file,
 * and nothing else changes. Each case's name is its promise.
 */
afterAll(removeTempProjects);

const frontmatter = (text: string) => readFrontmatter(text) as ArticleFrontmatter;
const outputText = (root: string, output: string) => readFileSync(join(root, output), 'utf8');
const outputOf = (o: ReturnType<typeof byRaw>) => ('output' in o ? o.output : '');
/** A file outside the project, in a folder of its own. */
function outside(name: string, data: string | Uint8Array, folder = tempDir('delta-incoming-')): string {
	writeFiles(folder, { [name]: data });
	return join(folder, name);
}

describe('inputs: file names', () => {
	for (const [label, name] of [
		['spaces', '长三角 新闻 2024.txt'],
		['unicode (NFD accents and CJK)', 'Cafe\u0301-長三角-é.txt'],
		['a leading -', '-leading-dash.txt'],
		['a length near the file-system limit (250 bytes)', `${'长'.repeat(82)}.txt`],
	] as const) {
		it(`a name with ${label} is copied in byte for byte and ingested under that name`, async () => {
			const root = tempProject({ raw: {} });
			const file = outside(name, ARTICLE_A);
			const run = await ingest(root, { inputs: [file] });
			const outcome = byRaw(run.outcomes, `content/raw/${name}`);
			expect(outcome.status).toBe('written');
			expect(readFileSync(join(root, 'content', 'raw', name), 'utf8')).toBe(ARTICLE_A);
			expect(frontmatter(outputText(root, outputOf(outcome))).raw.path).toBe(`content/raw/${name}`);
			expect(run.ok).toBe(true);
			expect((await ingest(root)).outcomes.map((o) => o.status)).toEqual(['unchanged']);
		});
	}

	it('npm run ingest takes a name with a leading - after --, and a missing path is one line on stdout, no stack trace, exit code 1', async () => {
		const root = tempProject({ raw: {} });
		writeFiles(join(root, 'incoming'), { '-dash.txt': ARTICLE_B });
		const ok = await runCli(root, ['--', 'incoming/-dash.txt']);
		expect([ok.code, ok.stderr]).toEqual([0, '']);
		expect(readFileSync(join(root, 'content', 'raw', '-dash.txt'), 'utf8')).toBe(ARTICLE_B);
		const bad = await runCli(root, ['no/such/file.txt']);
		expect([bad.code, bad.stderr]).toEqual([1, '']);
		const lines = bad.stdout.split('\n').filter((l) => l.includes('no/such/file.txt'));
		expect(lines).toEqual(['✗ no/such/file.txt: no such file or folder; check the path; nothing was read from it', '  ✗ no/such/file.txt: no such file or folder; check the path; nothing was read from it']);
		expect(bad.stdout).not.toMatch(/\bat .+:\d+:\d+/u);
	}, 60_000);

	it('a path through ../ is resolved: outside content/raw it is copied in, inside it is read in place', async () => {
		const root = tempProject({ raw: { 'in-place.txt': ARTICLE_B } });
		writeFiles(join(root, 'incoming'), { 'far.txt': ARTICLE_A });
		const viaDots = join(root, 'content', 'raw', '..', '..', 'incoming', 'far.txt');
		const intoRaw = join(root, 'incoming', '..', 'content', 'raw', 'in-place.txt');
		const run = await ingest(root, { inputs: [viaDots, intoRaw] });
		expect(run.outcomes.map((o) => [o.raw, o.status])).toEqual([
			['content/raw/in-place.txt', 'written'],
			['content/raw/far.txt', 'written'],
		]);
		expect(readFileSync(join(root, 'content', 'raw', 'far.txt'), 'utf8')).toBe(ARTICLE_A);
		expect(snapshot(join(root, 'content', 'raw')).size).toBe(2);
	});

	it('a file in a sibling folder named like content/raw (content/rawnew/) is copied in like any outside file', async () => {
		const root = tempProject({ raw: {} });
		writeFiles(join(root, 'content', 'rawnew'), { 'x.txt': ARTICLE_C });
		const run = await ingest(root, { inputs: [join(root, 'content', 'rawnew', 'x.txt')] });
		const outcome = byRaw(run.outcomes, 'content/raw/x.txt');
		expect(outcome.status).toBe('written');
		expect(readFileSync(join(root, 'content', 'raw', 'x.txt'), 'utf8')).toBe(ARTICLE_C);
		expect(frontmatter(outputText(root, outputOf(outcome))).raw.path).toBe('content/raw/x.txt');
	});
});

describe('inputs: things that are not regular files', () => {
	it('a symbolic link to a file outside (/etc/passwd-like) is not followed: one line "is a symbolic link", nothing written', async () => {
		const secret = outside('passwd', 'root:x:0:0:root:/root:/bin/bash\n新华社上海3月1日电 这是一行看似新闻的文字，用来确认链接没有被跟随读取。\n');
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A } });
		symlinkSync(secret, join(root, 'content', 'raw', 'link.txt'));
		const direct = join(tempDir(), 'direct.txt');
		symlinkSync(secret, direct);
		const run = await ingest(root, { inputs: [join(root, 'content', 'raw'), direct] });
		expectRefusal(run, 'content/raw/link.txt', /is a symbolic link, not followed; give the file itself/);
		expectRefusal(run, direct, /is a symbolic link/);
		expect(byRaw(run.outcomes, 'content/raw/a.txt').status).toBe('written');
		expect([...articles(root).values()].some((text) => text.includes('root:x:0'))).toBe(false);
		expect(articles(root).size).toBe(1);
	});

	it('a dangling symbolic link in a folder is skipped with one line, and the rest of the folder is ingested', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A, 'b.txt': ARTICLE_B } });
		symlinkSync(join(root, 'nowhere.txt'), join(root, 'content', 'raw', 'dangling.txt'));
		const run = await ingest(root);
		expectRefusal(run, 'content/raw/dangling.txt', /is a symbolic link \(to nothing\)/);
		expect(run.outcomes.filter((o) => o.status === 'written').map((o) => o.raw)).toEqual(['content/raw/a.txt', 'content/raw/b.txt']);
	});

	it('a FIFO, named directly or in a folder, is refused without being opened (the run does not hang)', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A } });
		const fifo = join(root, 'content', 'raw', 'pipe.txt');
		execFileSync('mkfifo', [fifo]);
		const direct = await ingest(root, { inputs: [fifo] });
		expectRefusal(direct, 'content/raw/pipe.txt', /is a FIFO \(named pipe\), not a regular file; not opened/);
		expect(direct.outcomes).toHaveLength(1);
		const folder = await ingest(root);
		expectRefusal(folder, 'content/raw/pipe.txt', /FIFO/);
		expect(byRaw(folder.outcomes, 'content/raw/a.txt').status).toBe('written');
	}, 20_000);

	it('a character device (/dev/zero) given as a file is refused without being read', async () => {
		const root = tempProject({ raw: {} });
		const run = await ingest(root, { inputs: ['/dev/zero'] });
		expectRefusal(run, '/dev/zero', /is a character device, not a regular file/);
		expect(existsSync(join(root, 'content', 'raw', 'zero'))).toBe(false);
	});

	it('a folder inside a folder being ingested is reported in one line, not read and not silently skipped', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A } });
		writeFiles(join(root, 'content', 'raw', 'looks-like-a-file.txt'), { 'inner.txt': ARTICLE_B });
		const run = await ingest(root);
		expectRefusal(run, 'content/raw/looks-like-a-file.txt', /is a folder inside a folder being ingested/);
		expect(articles(root).size).toBe(1);
	});

	it('a path that does not exist gives one line (no stack trace), and the other inputs are still ingested', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A } });
		const missing = join(root, 'content', 'raw', 'no-such-file.txt');
		const run = await ingest(root, { inputs: [missing, join(root, 'content', 'raw', 'a.txt')] });
		expectRefusal(run, 'content/raw/no-such-file.txt', /: no such file or folder; check the path/);
		expect(byRaw(run.outcomes, 'content/raw/a.txt').status).toBe('written');
	});
});

describe('inputs: text', () => {
	it('a NUL byte in the text is refused in one line as binary, and nothing is written for it', async () => {
		const root = tempProject({ raw: { 'nul.txt': ARTICLE_B.replace('两地共建', '两地\u0000共建') } });
		const run = await ingest(root);
		expectRefusal(run, 'content/raw/nul.txt', /rejected: binary file/);
		expect(articles(root).size).toBe(0);
	});

	it('bidi overrides (U+202E) and zero-width characters never reach the MDX, and the words around them stay', async () => {
		const root = tempProject({ raw: { 'bidi.txt': ARTICLE_B.replace('生态补偿', '生态\u202e补偿').replace('水质', '水\u200b\u200d质\u2066') } });
		const run = await ingest(root);
		const text = outputText(root, outputOf(byRaw(run.outcomes, 'content/raw/bidi.txt')));
		expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/u);
		expect(expectSafeMdx(text).text).toContain('新安江生态补偿机制不断完善，跨界断面水质连续保持优良');
	});

	it('frontmatter-looking text at the start of a raw file stays text: it sets no slug or title', async () => {
		const root = tempProject({ raw: { 'fm.txt': `---\ntitle: 伪造的标题\nslug: hijacked\nraw:\n  path: /etc/passwd\n---\n${ARTICLE_A}` } });
		const run = await ingest(root);
		const outcome = byRaw(run.outcomes, 'content/raw/fm.txt');
		const text = outputText(root, outputOf(outcome));
		const data = frontmatter(text);
		expect(data.slug).not.toBe('hijacked');
		expect(data.raw.path).toBe('content/raw/fm.txt');
		expect(data.title).not.toBe('伪造的标题');
		const body = expectSafeMdx(text).text;
		expect(body).toContain('slug: hijacked');
		expect(body).toContain('沿线群众出行更加便捷');
	});

	it('YAML-breaking titles (": ", " #", !!js/function, a leading ---) round-trip exactly through the frontmatter', async () => {
		const titles = ['标题: 冒号 # 不是注释', "!!js/function 'function(){return 1}'", '--- 三条横线开头', '[未闭合的方括号', '{ a: 1 }', '"引号\' 混合'];
		const raw = Object.fromEntries(titles.map((_, i) => [`t${i}.txt`, `${[ARTICLE_A, ARTICLE_B, ARTICLE_C][i % 3]!}第${'一二三四五六'[i]}批项目今年内开工建设。\n`]));
		const overrides = Object.fromEntries(titles.map((title, i) => [`t${i}.yaml`, `title: ${JSON.stringify(title)}\n`]));
		const root = tempProject({ raw, overrides });
		const run = await ingest(root);
		expect(run.ok).toBe(true);
		for (const [i, title] of titles.entries()) {
			const text = outputText(root, outputOf(byRaw(run.outcomes, `content/raw/t${i}.txt`)));
			expect(frontmatter(text).title).toBe(title);
			expect(isUntouched(text)).toBe(true);
			expectSafeMdx(text);
		}
	});

	it('two inputs with the same derived slug get two files (-2), neither overwrites the other', async () => {
		const same = "title: 同一个标题\ndate: '2024-03-18'\n";
		const root = tempProject({ raw: {}, overrides: { 'one.yaml': same, 'two.yaml': same } });
		const run = await ingest(root, { inputs: [outside('one.txt', ARTICLE_A), outside('two.txt', ARTICLE_B)] });
		const [first, second] = run.outcomes.map((o) => outputOf(o).replace(/\.mdx$/u, ''));
		expect(first).toMatch(/^content\/articles\/2024-03-18-tong/u);
		expect(second).toBe(`${first}-2`);
		expect(articles(root).size).toBe(2);
		expect(run.outcomes.map((o) => o.status)).toEqual(['written', 'written']);
		expect([...articles(root).values()].map((t) => frontmatter(t).raw.path).sort()).toEqual(['content/raw/one.txt', 'content/raw/two.txt']);
	});

	it('a 50,000-line file is ingested whole, in bounded time, as a valid MDX', async () => {
		const lines = Array.from({ length: 50_000 }, (_, i) => `第${i + 1}个合作项目进展顺利。`);
		const root = tempProject({ raw: { 'long.txt': lines.join('\n') } });
		const run = await ingest(root);
		const text = outputText(root, outputOf(byRaw(run.outcomes, 'content/raw/long.txt')));
		expect(text).toContain('第50000个合作项目进展顺利。');
		expect(text).toContain('第25000个合作项目进展顺利。');
		expect(isUntouched(text)).toBe(true);
	}, 60_000);
});

describe('inputs: overrides and taxonomy', () => {
	it('a malformed override YAML is refused naming content/overrides/x.yaml, on one line without a code frame', async () => {
		const root = tempProject({ raw: { 'x.txt': ARTICLE_A, 'y.txt': ARTICLE_B }, overrides: { 'x.yaml': 'title: [未闭合\npublisher: 某报\n' } });
		const run = await ingest(root);
		const line = expectRefusal(run, 'content/overrides/x.yaml', /invalid editorial override \(YAML: .+\); fix content\/overrides\/x\.yaml; content\/raw\/x\.txt was not ingested$/);
		expect(line).not.toContain('^');
		expect(byRaw(run.outcomes, 'content/raw/x.txt').status).toBe('rejected');
		expect(byRaw(run.outcomes, 'content/raw/y.txt').status).toBe('written');
	});

	it('an override with an unknown field and a wrong type names both, in one line naming the override', async () => {
		const root = tempProject({ raw: { 'x.txt': ARTICLE_A }, overrides: { 'x.yaml': 'titel: 拼错的字段\nauthors: 张三\n' } });
		const run = await ingest(root);
		const line = expectRefusal(run, 'content/overrides/x.yaml', /invalid editorial override/);
		expect(line).toMatch(/authors/);
		expect(line).toMatch(/titel/);
		expect(articles(root).size).toBe(0);
	});

	it('an override that matches no article (ghost.yaml) or uses .yml is reported, with what to rename', async () => {
		const root = tempProject({ raw: { 'x.txt': ARTICLE_A }, overrides: { 'ghost.yaml': 'publisher: 某报\n', 'x.yml': 'publisher: 某报\n' } });
		const run = await ingest(root);
		expectRefusal(run, 'content/overrides/ghost.yaml', /matches no raw file \(expected content\/raw\/ghost\.\*\); rename it after its raw file/);
		expectRefusal(run, 'content/overrides/x.yml', /only read from \.yaml files.*; rename it to x\.yaml/);
		expect(byRaw(run.outcomes, 'content/raw/x.txt').status).toBe('written');
	});

	it('an override whose multi-line text contains "checksum: x" is kept exactly, and the hand-edit check still works', async () => {
		const title = '第一行\n  checksum: x\nchecksum: y';
		const note = 'ingest:\n  version: 1\n  checksum: forged';
		const root = tempProject({ raw: { 'x.txt': ARTICLE_A }, overrides: { 'x.yaml': `title: ${JSON.stringify(title)}\nnote: ${JSON.stringify(note)}\n` } });
		const run = await ingest(root);
		const output = outputOf(byRaw(run.outcomes, 'content/raw/x.txt'));
		const text = outputText(root, output);
		expect(frontmatter(text).title).toBe(title);
		expect(isUntouched(text)).toBe(true);
		expect((await ingest(root)).outcomes.map((o) => o.status)).toEqual(['unchanged']);
		writeFileSync(join(root, output), text.replace('沿线群众', '沿线居民'));
		expect((await ingest(root)).outcomes.map((o) => o.status)).toEqual(['hand-edited']);
	});

	it('a correction (repair, title) containing <script> is text in the MDX, never an element', async () => {
		const raw = ARTICLE_A.replace('沿线群众', '沿线??众');
		const root = tempProject({
			raw: { 'x.txt': raw },
			overrides: { 'x.yaml': `title: '<script>alert(1)</script>标题'\nrepairs:\n  - raw: '沿线??众'\n    correct: '沿线<script>alert(2)</script>群众'\n` },
		});
		const run = await ingest(root);
		const text = outputText(root, outputOf(byRaw(run.outcomes, 'content/raw/x.txt')));
		const report = expectSafeMdx(text);
		expect(report.jsx.filter((name) => /script/iu.test(name))).toEqual([]);
		expect(report.text).toContain('<script>alert(2)</script>');
		expect(frontmatter(text).title).toBe('<script>alert(1)</script>标题');
	});

	it('a malformed taxonomy (YAML error, unknown field, wrong type) stops the run in one line naming content/taxonomy.yaml', async () => {
		for (const [taxonomy, detail] of [
			['- id: a\n  slug: [未闭合\n', /YAML: /],
			['- { id: shanghai, slug: shanghai, name: 上海, kind: place, colour: red }\n', /colour/],
			['- { id: shanghai, slug: shanghai, name: 上海, kind: place, aliases: 沪 }\n', /aliases/],
		] as const) {
			const root = tempProject({ raw: { 'x.txt': ARTICLE_A }, taxonomy });
			const run = await ingest(root);
			expectRefusal(run, 'content/taxonomy.yaml', detail);
			expect(existsSync(join(root, 'content', 'articles'))).toBe(false);
		}
	});
});

describe('inputs: the articles folder as people leave it', () => {
	async function ingested() {
		const root = tempProject({ raw: { 'a.txt': ARTICLE_A, 'b.txt': ARTICLE_B } });
		const run = await ingest(root);
		expect(run.ok).toBe(true);
		return { root, fileA: join(root, outputOf(byRaw(run.outcomes, 'content/raw/a.txt'))) };
	}

	for (const [label, edit, reason] of [
		['breaks its YAML (an unclosed [ in the title)', (t: string) => t.replace(/^title: (.*)$/mu, 'title: [$1'), /its frontmatter is not valid YAML/],
		['deletes its slug: line', (t: string) => t.replace(/^slug: .*\n/mu, ''), /its frontmatter has no slug; the ingest stopped before writing anything: restore the slug line/],
	] as const) {
		it(`a hand edit that ${label} is never overwritten: the run refuses in one line and writes nothing`, async () => {
			const { root, fileA } = await ingested();
			writeFileSync(fileA, edit(readFileSync(fileA, 'utf8')));
			writeFiles(join(root, 'content', 'overrides'), { 'a.yaml': 'publisher: 另一家报社\n' });
			writeFiles(join(root, 'content', 'raw'), { 'c.txt': ARTICLE_C });
			const before = snapshot(join(root, 'content'));
			for (const options of [{}, { force: true }, { check: true }]) {
				const run = await ingest(root, options);
				expectRefusal(run, `content/articles/${fileA.split('/').pop()}`, reason);
				expect(run.outcomes).toEqual([]);
				expectSameFiles(snapshot(join(root, 'content')), before);
			}
		});
	}

	it('a raw file renamed in content/raw keeps its one article (same slug, new raw path), with no duplicate', async () => {
		const { root, fileA } = await ingested();
		const slug = frontmatter(readFileSync(fileA, 'utf8')).slug;
		renameSync(join(root, 'content', 'raw', 'a.txt'), join(root, 'content', 'raw', 'a-renamed.txt'));
		const run = await ingest(root);
		expect(run.ok).toBe(true);
		expect(articles(root).size).toBe(2);
		const data = frontmatter(readFileSync(fileA, 'utf8'));
		expect(data.slug).toBe(slug);
		expect(data.raw.path).toBe('content/raw/a-renamed.txt');
		expect(run.log.some((l) => l.includes('raw file renamed content/raw/a.txt → content/raw/a-renamed.txt'))).toBe(true);
		expect((await ingest(root)).outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
	});

	it('an article whose raw file was deleted is reported in one line (it would break the build), not left silently', async () => {
		const { root, fileA } = await ingested();
		unlinkSync(join(root, 'content', 'raw', 'a.txt'));
		const run = await ingest(root);
		expectRefusal(run, `content/articles/${fileA.split('/').pop()}`, /its raw file content\/raw\/a\.txt is missing; restore/);
		expect(existsSync(fileA)).toBe(true);
	});

	it('an MDX file named after a slug reserves that slug, whatever its frontmatter says: a new article never overwrites it', async () => {
		const probe = tempProject({ raw: { 'c.txt': ARTICLE_C } });
		const cName = outputOf(byRaw((await ingest(probe)).outcomes, 'content/raw/c.txt')).split('/').pop()!;
		const { root, fileA } = await ingested();
		// An archivist renamed a's article file to the name c would get.
		const taken = join(root, 'content', 'articles', cName);
		renameSync(fileA, taken);
		const before = readFileSync(taken);
		const run = await ingest(root, { inputs: [outside('c.txt', ARTICLE_C)] });
		expect(outputOf(byRaw(run.outcomes, 'content/raw/c.txt'))).toBe(`content/articles/${cName.replace(/\.mdx$/u, '-2.mdx')}`);
		expect(readFileSync(taken).equals(before)).toBe(true);
	});
});
