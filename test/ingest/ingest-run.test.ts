import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions, type Outcome } from '../../src/ingest/ingest.ts';
import { isUntouched, readFrontmatter } from '../../src/ingest/serialize.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import { garbleGbk } from './helpers.ts';
import { removeTempProjects, tempDir, tempProject } from './temp-project.ts';
import { ALLOWED_JSX, compileMdx, inspectMdx } from './mdx-check.ts';

/**
 * Bad input must end, not hang (e.g. a regex backtracking over a 5 MB line).
 * A generous per-test time limit, not a speed target: speed lives in `npm run bench`.
 */
const HANG_GUARD_MS = 60_000;

/* ---------- invented articles ---------- */

const GOOD = [
	'新华社南京3月18日电（记者 周明远）记者从江苏省交通运输厅获悉，2024年一季度，江苏与上海、浙江、安徽三省市新开通跨省公交线路十二条，沿线群众出行更加便捷。',
	'据介绍，新开通的线路主要集中在苏州吴江、无锡宜兴、南通海门等毗邻地区，日均客流超过一万人次。',
	'江苏省交通运输厅有关负责人表示，下一步将继续推进长三角毗邻地区公交一体化，力争年底前再开通线路二十条。',
	'',
].join('\n');

const SECOND = [
	'浙江日报杭州5月9日讯（记者 林若溪）2023年以来，杭州与黄山两地共建的新安江生态补偿机制不断完善，跨界断面水质连续保持优良。',
	'两地还联合开展了生态旅游推介活动，吸引上海、南京等地游客前往。',
	'',
].join('\n');

const TRADITIONAL = [
	'中央社台北6月2日電（記者 陳怡君）2022年以來，臺北市推動老舊公寓加裝電梯，已有一百二十棟完成施工。',
	'市府表示，將持續簡化申請流程，並提高補助金額。',
	'',
].join('\n');

/* ---------- temporary projects ---------- */

afterAll(removeTempProjects);

const project = (raw: Record<string, string | Uint8Array>, overrides: Record<string, string> = {}): string => tempProject({ raw, overrides });

/** Every file under `dir`, by path relative to it, with its bytes. */
function snapshot(dir: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	if (!existsSync(dir)) return files;
	const walk = (at: string) => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			if (statSync(path).isDirectory()) walk(path);
			else files.set(relative(dir, path), readFileSync(path));
		}
	};
	walk(dir);
	return files;
}

const strayTemporaries = (root: string) => [...snapshot(root).keys()].filter((path) => path.endsWith('.tmp'));

/**
 * Runs the ingest and checks what must hold after any run: the raw files are
 * byte-identical (unless the run was given outside files to copy in), no
 * temporary file is left behind, and every MDX written is safe and valid.
 */
async function ingest(root: string, options: Partial<IngestOptions> = {}) {
	const rawBefore = snapshot(join(root, 'content', 'raw'));
	const log: string[] = [];
	const result = await runIngest({ root, log: (line) => log.push(line), ...options });
	const rawAfter = snapshot(join(root, 'content', 'raw'));
	for (const [path, bytes] of rawBefore) expect(rawAfter.get(path)?.equals(bytes), `raw file ${path} changed`).toBe(true);
	if (!options.inputs) expect([...rawAfter.keys()].sort()).toEqual([...rawBefore.keys()].sort());
	expect(strayTemporaries(root)).toEqual([]);
	for (const outcome of result.outcomes) {
		if (outcome.status !== 'written') continue;
		const mdx = readFileSync(join(root, outcome.output), 'utf8');
		expect(isUntouched(mdx)).toBe(true);
		const report = inspectMdx(mdx);
		expect(report.code).toEqual([]);
		for (const name of report.jsx) expect(ALLOWED_JSX.has(name)).toBe(true);
	}
	return { ...result, log };
}

const byRaw = (outcomes: Outcome[], name: string): Outcome => {
	const outcome = outcomes.find((o) => o.raw === `content/raw/${name}`);
	if (!outcome) throw new Error(`no outcome for ${name}: ${JSON.stringify(outcomes)}`);
	return outcome;
};

const outputOf = (outcome: Outcome): string => {
	if (!('output' in outcome)) throw new Error(`no output: ${JSON.stringify(outcome)}`);
	return outcome.output;
};

const frontmatterOf = (root: string, outcome: Outcome) => readFrontmatter(readFileSync(join(root, outputOf(outcome)), 'utf8')) as ArticleFrontmatter;

/** A project with the good article already ingested; returns its MDX path and bytes. */
async function ingested(extra: Record<string, string | Uint8Array> = {}) {
	const root = project({ 'good.txt': GOOD, ...extra });
	const first = await ingest(root, { inputs: [join(root, 'content', 'raw', 'good.txt')] });
	const good = byRaw(first.outcomes, 'good.txt');
	expect(good.status).toBe('written');
	const goodMdx = join(root, outputOf(good));
	return { root, goodMdx, goodBytes: readFileSync(goodMdx) };
}

/* ---------- the run ---------- */

describe('ingest run: a good article', () => {
	it('writes a valid, safe MDX with what the dateline says', async () => {
		const root = project({ 'good.txt': GOOD });
		const { outcomes, ok } = await ingest(root);
		expect(ok).toBe(true);
		const outcome = byRaw(outcomes, 'good.txt');
		expect(outcome.status).toBe('written');
		const data = frontmatterOf(root, outcome);
		expect(data.publisher).toBe('新华社');
		expect(data.date).toMatchObject({ value: '2024-03-18', precision: 'day' });
		expect(data.authors).toEqual([{ name: '周明远', role: '记者' }]);
		expect(data.raw.path).toBe('content/raw/good.txt');
		expect(data.raw.encoding).toBe('utf-8');
		expect(data.slug).toMatch(/^2024-03-18-/);
		const mdx = readFileSync(join(root, outputOf(outcome)), 'utf8');
		const body = inspectMdx(mdx).text;
		expect(body).toContain('沿线群众出行更加便捷');
		expect(body).toContain('力争年底前再开通线路二十条');
		expect(body).not.toContain('新华社南京3月18日电');
		expect(data.removed).toContainEqual(expect.objectContaining({ kind: 'dateline' }));
		expect(() => compileMdx(mdx)).not.toThrow();
	});

	it('is idempotent: a second run changes nothing', async () => {
		const root = project({ 'good.txt': GOOD, 'second.txt': SECOND, 'trad.txt': iconv.encode(TRADITIONAL, 'big5') });
		expect((await ingest(root)).outcomes.map((o) => o.status)).toEqual(['written', 'written', 'written']);
		const before = snapshot(join(root, 'content'));
		const again = await ingest(root);
		expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(again.ok).toBe(true);
		const after = snapshot(join(root, 'content'));
		expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
		for (const [path, bytes] of before) expect(after.get(path)!.equals(bytes), path).toBe(true);
	});

	it('keeps the script and encoding of a Big5 Traditional article', async () => {
		const root = project({ 'trad.txt': iconv.encode(TRADITIONAL, 'big5') });
		const outcome = byRaw((await ingest(root)).outcomes, 'trad.txt');
		const data = frontmatterOf(root, outcome);
		expect(data.script).toBe('hant');
		expect(data.raw.encoding).toBe('big5');
		expect(data.authors).toEqual([{ name: '陳怡君', role: '記者' }]);
		expect(readFileSync(join(root, outputOf(outcome)), 'utf8')).toContain('臺北市推動老舊公寓加裝電梯');
	});
});

describe('ingest run: bad input never harms the good article', () => {
	const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x02, 0x00, 0x00, 0x00, 0x02, 0x00, 0x08, 0x02, 0x00, 0x00, 0x00, ...Array.from({ length: 500 }, (_, i) => (i * 53 + 7) % 256)]);
	const NOISE = Buffer.from(Array.from({ length: 800 }, (_, i) => [0xff, 0x80, 0xfe, 0xa0, 0x81, 0x30, 0xfd, 0x7f, 0x9f][i % 9]!));
	const BOILERPLATE = ['版权所有 © 2024 示例日报社', '转载请注明出处', '未经授权，不得转载', '全部评论', '暂无评论', '分享到：'].join('\n');
	const BOILERPLATE_HANT = ['版權所有，未經授權不得轉載', '全部評論(0)', '轉載請註明出處'].join('\r\n');

	const BAD: [name: string, bytes: () => Uint8Array, reason: RegExp][] = [
		['empty.txt', () => new Uint8Array(), /empty/],
		['blank.txt', () => Buffer.from('\n\r\n  \u3000\n', 'utf8'), /empty/],
		['image.txt', () => PNG, /binary/],
		['noise.txt', () => NOISE, /undecodable|binary/],
		['boilerplate.txt', () => Buffer.from(BOILERPLATE, 'utf8'), /no article text/],
		['boilerplate-hant.txt', () => iconv.encode(BOILERPLATE_HANT, 'big5'), /no article text/],
		['huge.txt', () => Buffer.alloc(5 * 1024 * 1024, '长'), /too large/],
	];
	for (const [name, bytes, reason] of BAD) {
		it(`rejects ${name} with a one-line reason`, async () => {
			const { root, goodMdx, goodBytes } = await ingested({ [name]: bytes() });
			const articlesBefore = snapshot(join(root, 'content', 'articles'));
			const run = await ingest(root);
			const bad = byRaw(run.outcomes, name);
			expect(bad.status).toBe('rejected');
			expect('message' in bad && bad.message).toMatch(reason);
			expect('message' in bad && bad.message).not.toMatch(/\n/);
			expect(run.ok).toBe(false);
			expect(byRaw(run.outcomes, 'good.txt').status).toBe('unchanged');
			expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
			// Nothing was written for the bad file.
			expect([...snapshot(join(root, 'content', 'articles')).keys()]).toEqual([...articlesBefore.keys()]);
			expect(run.log.some((line) => line.includes(name) && /rejected/.test(line))).toBe(true);
		}, HANG_GUARD_MS);
	}

	it('a 5 MB single line ends quickly in a clear rejection', async () => {
		const line = '长三角一体化发展，'.repeat(Math.ceil((5 * 1024 * 1024) / 27));
		const { root, goodMdx, goodBytes } = await ingested({ 'one-line.txt': line });
		const run = await ingest(root);
		const outcome = byRaw(run.outcomes, 'one-line.txt');
		expect(outcome.status).toBe('rejected');
		expect('message' in outcome && outcome.message).toMatch(/too large.*MB/);
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	}, HANG_GUARD_MS);

	it('a long single line within the limit is ingested safely and quickly', async () => {
		const sentences = Array.from({ length: 4000 }, (_, i) => `第${i + 1}个跨省合作项目进展顺利，`).join('') + '各方表示将继续推进。';
		const { root, goodMdx, goodBytes } = await ingested({ 'long-line.txt': sentences });
		const run = await ingest(root);
		const outcome = byRaw(run.outcomes, 'long-line.txt');
		expect(outcome.status).toBe('written');
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	}, HANG_GUARD_MS);

	it('rejects a duplicate with identical bytes under another name', async () => {
		const { root, goodMdx, goodBytes } = await ingested({ 'copy.txt': GOOD });
		const run = await ingest(root);
		const dup = byRaw(run.outcomes, 'copy.txt');
		expect(dup.status).toBe('rejected');
		expect('message' in dup && dup.message).toMatch(/duplicate of content\/raw\/good\.txt/);
		expect(byRaw(run.outcomes, 'good.txt').status).toBe('unchanged');
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
		expect(snapshot(join(root, 'content', 'articles')).size).toBe(1);
	});

	it('rejects a duplicate whose line breaks, line endings and punctuation width differ', async () => {
		const rewrapped = GOOD.replaceAll('，', ',')
			.replace('跨省公交线路', '跨省公交\n线路')
			.replace('日均客流超过', '日均客流\n\n超过')
			.replaceAll('\n', '\r\n');
		const { root, goodMdx, goodBytes } = await ingested({ 'rewrapped.txt': rewrapped });
		const run = await ingest(root);
		const dup = byRaw(run.outcomes, 'rewrapped.txt');
		expect(dup.status).toBe('rejected');
		expect('message' in dup && dup.message).toMatch(/duplicate of content\/raw\/good\.txt \(same article text\)/);
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	});

	it('rejects a duplicate in another encoding (GB18030) as the same article', async () => {
		const { root, goodMdx, goodBytes } = await ingested({ 'gbk-copy.txt': iconv.encode(GOOD, 'gb18030') });
		const dup = byRaw((await ingest(root)).outcomes, 'gbk-copy.txt');
		expect(dup.status).toBe('rejected');
		expect('message' in dup && dup.message).toMatch(/duplicate/);
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	});

	it('writes text that looks like code, markup or JSX as text, and the MDX compiles', async () => {
		const hostile = [
			'示例网站遭遇脚本注入攻击',
			'记者了解到，攻击者在留言中写入了以下内容。',
			'<script>alert(1)</script>',
			'留言中还出现了{x}和{alert(document.cookie)}这样的片段。',
			"import x from 'y'",
			'export const a = 1',
			'有人用`反引号`和```三个反引号```包裹代码。',
			'# not a heading',
			'*not emphasis*',
			'~~not struck~~',
			'<Gap />和<Caption credit="x">伪造</Caption>也只是文字。',
			'网站负责人表示，已修复漏洞并加强了过滤。',
			'',
		].join('\n');
		const { root, goodMdx, goodBytes } = await ingested({ 'hostile.txt': hostile });
		const run = await ingest(root);
		const outcome = byRaw(run.outcomes, 'hostile.txt');
		expect(outcome.status).toBe('written');
		const mdx = readFileSync(join(root, outputOf(outcome)), 'utf8');
		const report = inspectMdx(mdx);
		expect(report.code).toEqual([]);
		expect(report.jsx).toEqual([]);
		expect(report.formatting).toEqual([]);
		for (const literal of ['<script>alert(1)</script>', '{x}', '{alert(document.cookie)}', "import x from 'y'", 'export const a = 1', '`反引号`', '```三个反引号```', '# not a heading', '*not emphasis*', '~~not struck~~', '<Gap />', '<Caption credit="x">伪造</Caption>']) {
			expect(report.text, literal).toContain(literal);
		}
		expect(() => compileMdx(mdx)).not.toThrow();
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	});
});

describe('ingest run: --check, hand edits and --force', () => {
	it('check reports a missing MDX as would change and writes nothing', async () => {
		const { root, goodMdx } = await ingested();
		unlinkSync(goodMdx);
		const before = snapshot(join(root, 'content'));
		const run = await ingest(root, { check: true });
		expect(byRaw(run.outcomes, 'good.txt').status).toBe('would change');
		expect(run.ok).toBe(false);
		expect(existsSync(goodMdx)).toBe(false);
		expect(snapshot(join(root, 'content'))).toEqual(before);
	});

	it('check reports an MDX that differs (an override changed) and leaves it alone', async () => {
		const { root, goodMdx, goodBytes } = await ingested();
		mkdirSync(join(root, 'content', 'overrides'));
		writeFileSync(join(root, 'content', 'overrides', 'good.yaml'), 'publisher: 江苏交通广播\n');
		const run = await ingest(root, { check: true });
		expect(byRaw(run.outcomes, 'good.txt').status).toBe('would change');
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
	});

	it('check on a project that is up to date is ok', async () => {
		const { root } = await ingested();
		const run = await ingest(root, { check: true });
		expect(run.outcomes.map((o) => o.status)).toEqual(['unchanged']);
		expect(run.ok).toBe(true);
	});

	it('check never creates the articles folder', async () => {
		const root = project({ 'good.txt': GOOD });
		await ingest(root, { check: true });
		expect(existsSync(join(root, 'content', 'articles'))).toBe(false);
	});

	it('does not overwrite a hand-edited MDX unless forced', async () => {
		const { root, goodMdx } = await ingested();
		const edited = readFileSync(goodMdx, 'utf8').replace('沿线群众出行更加便捷', '沿线群众出行更加便捷（编者按：已核实）');
		writeFileSync(goodMdx, edited);
		// An override change would alter the output: still not written over the hand edit.
		mkdirSync(join(root, 'content', 'overrides'));
		writeFileSync(join(root, 'content', 'overrides', 'good.yaml'), 'publisher: 江苏交通广播\n');

		const run = await ingest(root);
		const outcome = byRaw(run.outcomes, 'good.txt');
		expect(outcome.status).toBe('hand-edited');
		expect('message' in outcome && outcome.message).toMatch(/edited by hand/);
		expect(run.ok).toBe(false);
		expect(readFileSync(goodMdx, 'utf8')).toBe(edited);

		expect(byRaw((await ingest(root, { check: true })).outcomes, 'good.txt').status).toBe('hand-edited');
		expect(readFileSync(goodMdx, 'utf8')).toBe(edited);

		const forced = await ingest(root, { force: true });
		expect(byRaw(forced.outcomes, 'good.txt').status).toBe('written');
		const rewritten = readFileSync(goodMdx, 'utf8');
		expect(rewritten).not.toContain('编者按');
		expect(isUntouched(rewritten)).toBe(true);
		expect(readFrontmatter(rewritten)?.publisher).toBe('江苏交通广播');
	});
});

describe('ingest run: editorial overrides and slugs', () => {
	const garbled = garbleGbk('生态补偿机制', 3);
	const withGarble = SECOND.replace('生态补偿机制', garbled);

	it('applies title, date, publisher and repairs, and they survive re-ingest', async () => {
		const override = [
			'title: 新安江生态补偿机制再升级',
			'date: 2023-05',
			'publisher: 浙江日报',
			'repairs:',
			`  - raw: ${JSON.stringify(`新安江${garbled}不断完善`)}`,
			"    correct: '新安江生态补偿机制不断完善'",
			'note: 编辑核对了原报',
			'',
		].join('\n');
		const root = project({ 'xinan.txt': withGarble }, { 'xinan.yaml': override });
		const first = await ingest(root);
		const outcome = byRaw(first.outcomes, 'xinan.txt');
		expect(outcome.status).toBe('written');
		const data = frontmatterOf(root, outcome);
		expect(data.title).toBe('新安江生态补偿机制再升级');
		expect(data.titleSource.confidence).toBe('editorial');
		expect(data.date).toMatchObject({ value: '2023-05', precision: 'month', confidence: 'editorial' });
		expect(data.publisher).toBe('浙江日报');
		expect(data.publisherSource.confidence).toBe('editorial');
		expect(data.repaired).toContainEqual(expect.objectContaining({ kind: 'garbled', by: 'editorial override' }));
		expect(data.flags.filter((f) => f.kind === 'garbled')).toEqual([]);
		const mdx = readFileSync(join(root, outputOf(outcome)), 'utf8');
		const report = inspectMdx(mdx);
		expect(report.jsx).toContain('Repaired');
		expect(report.text).toContain('新安江生态补偿机制不断完善');
		expect(report.text).not.toContain('\uFFFD');

		const again = await ingest(root);
		expect(byRaw(again.outcomes, 'xinan.txt').status).toBe('unchanged');
		expect(readFileSync(join(root, outputOf(outcome)), 'utf8')).toBe(mdx);
	});

	it('without the override the garbled span is flagged, not guessed', async () => {
		const root = project({ 'xinan.txt': withGarble });
		const outcome = byRaw((await ingest(root)).outcomes, 'xinan.txt');
		const data = frontmatterOf(root, outcome);
		expect(data.flags.some((f) => f.kind === 'garbled')).toBe(true);
		expect(inspectMdx(readFileSync(join(root, outputOf(outcome)), 'utf8')).jsx).toContain('Garbled');
	});

	it('an override repair that no longer matches the raw text is reported, not ignored', async () => {
		const root = project({ 'good.txt': GOOD }, { 'good.yaml': "repairs:\n  - raw: '并不存在的乱码'\n    correct: '正确文字'\n" });
		const data = frontmatterOf(root, byRaw((await ingest(root)).outcomes, 'good.txt'));
		expect(data.flags).toContainEqual(expect.objectContaining({ kind: 'metadata', text: '并不存在的乱码' }));
	});

	it('an invalid override fails that file only, with the reason', async () => {
		const root = project({ 'good.txt': GOOD, 'second.txt': SECOND }, { 'good.yaml': 'date: March 2024\n' });
		const run = await ingest(root);
		const bad = byRaw(run.outcomes, 'good.txt');
		expect(bad.status).toBe('rejected');
		expect('message' in bad && bad.message).toMatch(/^content\/overrides\/good\.yaml: invalid editorial override \(date: .*content\/raw\/good\.txt was not ingested$/);
		expect(byRaw(run.outcomes, 'second.txt').status).toBe('written');
	});

	it('keeps the slug when the title override changes later', async () => {
		const root = project({ 'good.txt': GOOD }, { 'good.yaml': 'title: 江苏新开通十二条跨省公交线路\n' });
		const first = byRaw((await ingest(root)).outcomes, 'good.txt');
		const slug = frontmatterOf(root, first).slug;
		expect(slug).toMatch(/^2024-03-18-jiangsu/);

		writeFileSync(join(root, 'content', 'overrides', 'good.yaml'), 'title: 毗邻地区公交一体化提速\n');
		const second = byRaw((await ingest(root)).outcomes, 'good.txt');
		expect(second.status).toBe('written');
		expect(outputOf(second)).toBe(outputOf(first));
		const data = frontmatterOf(root, second);
		expect(data.slug).toBe(slug);
		expect(data.title).toBe('毗邻地区公交一体化提速');
		expect(snapshot(join(root, 'content', 'articles')).size).toBe(1);
	});

	it('gives colliding slugs -2, and keeps both on re-ingest', async () => {
		const same = "title: 长三角交通一体化提速\ndate: '2024-03-18'\n";
		const root = project({ 'a.txt': GOOD, 'b.txt': SECOND }, { 'a.yaml': same, 'b.yaml': same });
		const run = await ingest(root);
		const a = frontmatterOf(root, byRaw(run.outcomes, 'a.txt'));
		const b = frontmatterOf(root, byRaw(run.outcomes, 'b.txt'));
		expect(b.slug).toBe(`${a.slug}-2`);
		expect(outputOf(byRaw(run.outcomes, 'b.txt'))).toBe(`content/articles/${a.slug}-2.mdx`);
		const again = await ingest(root);
		expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
	});
});

describe('ingest run: files from outside content/raw', () => {
	function outside(name: string, data: string | Uint8Array): string {
		const dir = tempDir('delta-incoming-');
		writeFileSync(join(dir, name), data);
		return join(dir, name);
	}

	it('copies an accepted file into content/raw byte for byte', async () => {
		const { root, goodMdx, goodBytes } = await ingested();
		const bytes = iconv.encode(TRADITIONAL, 'big5');
		const file = outside('incoming.txt', bytes);
		const run = await ingest(root, { inputs: [file] });
		const outcome = byRaw(run.outcomes, 'incoming.txt');
		expect(outcome.status).toBe('written');
		expect(readFileSync(join(root, 'content', 'raw', 'incoming.txt')).equals(bytes)).toBe(true);
		expect(readFileSync(file).equals(bytes)).toBe(true);
		expect(frontmatterOf(root, outcome).raw.path).toBe('content/raw/incoming.txt');
		expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
		// Afterwards the copy in content/raw is what the ingest reads.
		const again = await ingest(root);
		expect(byRaw(again.outcomes, 'incoming.txt').status).toBe('unchanged');
	});

	for (const [name, data] of [
		['empty-in.txt', new Uint8Array()],
		['boilerplate-in.txt', '版权所有 © 2024 示例网\n全部评论\n'],
	] as const) {
		it(`does not copy a rejected file (${name})`, async () => {
			const { root, goodMdx, goodBytes } = await ingested();
			const run = await ingest(root, { inputs: [outside(name, data)] });
			expect(byRaw(run.outcomes, name).status).toBe('rejected');
			expect(existsSync(join(root, 'content', 'raw', name))).toBe(false);
			expect(readFileSync(goodMdx).equals(goodBytes)).toBe(true);
		});
	}

	it('does not copy a duplicate of an article already in content/raw', async () => {
		const { root } = await ingested();
		const run = await ingest(root, { inputs: [join(root, 'content', 'raw', 'good.txt'), outside('again.txt', GOOD)] });
		expect(byRaw(run.outcomes, 'again.txt').status).toBe('rejected');
		expect(existsSync(join(root, 'content', 'raw', 'again.txt'))).toBe(false);
	});

	it('does not copy in check mode', async () => {
		const { root } = await ingested();
		const run = await ingest(root, { inputs: [outside('checked.txt', SECOND)], check: true });
		expect(byRaw(run.outcomes, 'checked.txt').status).toBe('would change');
		expect(existsSync(join(root, 'content', 'raw', 'checked.txt'))).toBe(false);
	});

	it('never replaces a different raw file of the same name', async () => {
		const { root } = await ingested();
		const run = await ingest(root, { inputs: [outside('good.txt', SECOND)] });
		const outcome = byRaw(run.outcomes, 'good.txt');
		expect(outcome.status).not.toBe('written');
		expect(readFileSync(join(root, 'content', 'raw', 'good.txt'), 'utf8')).toBe(GOOD);
	});
});
