import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faultPlan } from '../../src/ingest/atomic-write.ts';
import { isUntouched } from '../../src/ingest/serialize.ts';
import { ARTICLE_A, ARTICLE_B, ARTICLE_C, articles, copyProject, expectRefusal, expectSameFiles, ingest, inBatches, removeTempProjects, runCli, snapshot, temporaries, tempProject, writeFiles } from './harness.ts';

/**
 * Reliability, faults: a run killed at any write point, a full or read-only
 * disk, two runs at once. Kills are real SIGKILLs of a real `npm run ingest`
 * process, at points chosen by the fault-injection hook
 * (`DELTA_INGEST_FAULT`, `atomic-write.ts`), not by timing.
 */
afterAll(removeTempProjects);

/**
 * A project where the next run has every kind of write to do: article a
 * exists and its override changed (so its MDX is rewritten), and b comes
 * from outside (so it is copied into content/raw and gets a new MDX).
 */
let template: string;
let oldA: string;
let reference: { articles: Map<string, string>; raw: Map<string, Buffer> };
const INPUTS = ['content/raw', 'incoming/b.txt'];

beforeAll(async () => {
	template = tempProject({ raw: { 'a.txt': ARTICLE_A } });
	expect((await ingest(template)).ok).toBe(true);
	oldA = [...articles(template).values()][0]!;
	writeFiles(join(template, 'content', 'overrides'), { 'a.yaml': 'publisher: 江苏交通广播\n' });
	writeFiles(join(template, 'incoming'), { 'b.txt': ARTICLE_B });
	const done = copyProject(template);
	const run = await ingest(done, { inputs: INPUTS.map((i) => join(done, i)) });
	expect(run.outcomes.map((o) => o.status)).toEqual(['written', 'written']);
	reference = { articles: articles(done), raw: snapshot(join(done, 'content', 'raw')) };
}, 60_000);

describe('faults: killed at every write point', () => {
	// Every target, at the steps that leave different states: a half temporary file, a whole one not renamed, the rename done but not what follows.
	const POINTS = ['lock:written', 'cache:partial', 'mdx:partial', 'mdx:written', 'mdx:renamed', 'raw:partial', 'raw:renamed', 'mdx:partial:2', 'index:partial'];

	it(`a SIGKILL at each of ${POINTS.length} write points leaves every MDX old or new and whole, every raw file whole or absent; the next run finishes the work`, async () => {
		const runs = await inBatches(
			POINTS.map((point) => async () => {
				const root = copyProject(template);
				const child = await runCli(root, INPUTS, { DELTA_INGEST_FAULT: `kill:${point}` });
				return { point, root, child };
			}),
			4,
		);
		const allowed = new Set([oldA, ...reference.articles.values()]);
		for (const { point, root, child } of runs) {
			// The fault point was reached: the process really died there.
			expect(child.signal, `${point}: ${child.stderr}`).toBe('SIGKILL');
			const left = articles(root);
			for (const [name, text] of left) expect(allowed.has(text), `${point}: ${name} is neither the old nor the new article`).toBe(true);
			expect(left.size, point).toBeGreaterThanOrEqual(1);
			const raw = snapshot(join(root, 'content', 'raw'));
			for (const [name, bytes] of raw) if (!name.startsWith('.ingest-')) expect(bytes.equals(reference.raw.get(name) ?? Buffer.alloc(0)), `${point}: raw ${name}`).toBe(true);
			// What the kill left behind is hidden and never an article or an input.
			for (const path of temporaries(root)) expect(path.split('/').pop(), point).toMatch(/^\.ingest-\d+-.*\.tmp$/u);

			const next = await ingest(root, { inputs: INPUTS.map((i) => join(root, i)) });
			expect(next.ok, `${point}: ${next.refusals.join(' | ')}`).toBe(true);
			expect(articles(root), point).toEqual(reference.articles);
			expectSameFiles(snapshot(join(root, 'content', 'raw')), reference.raw);
			expect(temporaries(root), point).toEqual([]);
			expect(existsSync(join(root, 'content', '.ingest.lock')), point).toBe(false);
		}
	}, 240_000);

	it('a temporary file a killed run left is never read: the collection glob skips it, --check passes, the next run removes it', async () => {
		const root = copyProject(template);
		const deadPid = spawnSync('true').pid!;
		const halfMdx = `${oldA.slice(0, oldA.length / 2)}`;
		for (const dir of ['content/articles', 'content/raw', 'content']) writeFileSync(join(root, dir, `.ingest-${deadPid}-0-1.tmp`), halfMdx);
		const config = readFileSync(new URL('../../src/content.config.ts', import.meta.url), 'utf8');
		const pattern = /pattern: '([^']+)'/u.exec(config)![1]!;
		expect(matchesGlob(`.ingest-${deadPid}-0-1.tmp`, pattern)).toBe(false);
		const check = await ingest(root, { check: true, inputs: [join(root, 'content', 'raw')] });
		expect(check.outcomes.map((o) => [o.raw, o.status])).toEqual([['content/raw/a.txt', 'would change']]);
		expect(temporaries(root)).toHaveLength(3);
		const run = await ingest(root, { inputs: [join(root, 'content', 'raw')] });
		expect(run.ok).toBe(true);
		expect(temporaries(root)).toEqual([]);
	});
});

describe('faults: a full or read-only disk', () => {
	/** Only new work: b comes from outside; a is up to date. */
	async function onlyNewWork() {
		const root = copyProject(template);
		writeFiles(join(root, 'content', 'overrides'), { 'a.yaml': '' });
		expect((await ingest(root, { inputs: [join(root, 'content', 'raw')] })).ok).toBe(true);
		return root;
	}

	for (const [fault, file, reason] of [
		['ENOSPC:mdx:open', 'content/articles/', /could not be written: the disk is full \(ENOSPC\); this file was left as it was and the run stopped: free some space/],
		['ENOSPC:mdx:partial', 'content/articles/', /the disk is full \(ENOSPC\)/],
		['ENOSPC:mdx:written', 'content/articles/', /the disk is full \(ENOSPC\)/],
		['ENOSPC:raw:partial', 'content/raw/b.txt', /the disk is full \(ENOSPC\)/],
		['EDQUOT:raw:written', 'content/raw/b.txt', /the disk is full \(EDQUOT\)/],
		['EROFS:mdx:open', 'content/articles/', /could not be written \(read-only file system, EROFS\); .*make its folder writable/],
		['EACCES:raw:open', 'content/raw/b.txt', /could not be written \(permission denied, EACCES\)/],
	] as const) {
		it(`${fault.split(':')[0]} while writing ${fault.split(':').slice(1).join(' at ')} gives one line naming the file and changes nothing in content/`, async () => {
			const root = await onlyNewWork();
			const before = snapshot(join(root, 'content'));
			const run = await ingest(root, { inputs: [join(root, 'incoming', 'b.txt')], faults: faultPlan(fault) });
			const line = run.refusals.find((l) => l.startsWith(file));
			expect(line, JSON.stringify(run.refusals)).toBeDefined();
			expectRefusal(run, line!.split(': ')[0]!, reason);
			expectSameFiles(snapshot(join(root, 'content')), before);
			expect(temporaries(root)).toEqual([]);
		});
	}

	it('a full disk stops the run at the file that failed: later files are not attempted, earlier ones are whole', async () => {
		const root = await onlyNewWork();
		writeFiles(join(root, 'incoming'), { 'c.txt': ARTICLE_C });
		const run = await ingest(root, { inputs: [join(root, 'incoming', 'b.txt'), join(root, 'incoming', 'c.txt')], faults: faultPlan('ENOSPC:mdx:partial:2') });
		expect(run.outcomes.map((o) => [o.raw, o.status])).toEqual([
			['content/raw/b.txt', 'written'],
			['content/raw/c.txt', 'failed'],
		]);
		expect(existsSync(join(root, 'content', 'raw', 'c.txt'))).toBe(false);
		expect(run.log.some((l) => l.includes('the run stopped at content/raw/c.txt'))).toBe(true);
		for (const text of articles(root).values()) expect(isUntouched(text)).toBe(true);
		expect(temporaries(root)).toEqual([]);
	});
});

describe('faults: two ingests at once', () => {
	it('two runs started together in one process: one writes, the other refuses in one line naming content/.ingest.lock; nothing is lost', async () => {
		const root = copyProject(template);
		const inputs = INPUTS.map((i) => join(root, i));
		const [first, second] = await Promise.all([ingest(root, { inputs }), ingest(root, { inputs })]);
		expect(first.ok).toBe(true);
		expectRefusal(second, 'content/.ingest.lock', /another ingest is running \(process \d+ on .+\); nothing was changed: wait for it to finish and run again/);
		expect(second.outcomes).toEqual([]);
		expect(articles(root)).toEqual(reference.articles);
		expect((await ingest(root, { inputs })).outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
	});

	it('three npm run ingest processes at once, with the same derived slug: each writes or refuses, and no two write the same file', async () => {
		const root = copyProject(template);
		const same = "title: 三个进程同一个标题\ndate: '2024-05-01'\n";
		writeFiles(join(root, 'content', 'overrides'), { 'p0.yaml': same, 'p1.yaml': same, 'p2.yaml': same });
		writeFiles(join(root, 'incoming'), { 'p0.txt': ARTICLE_B, 'p1.txt': ARTICLE_C, 'p2.txt': `${ARTICLE_A}另有三个项目签约。\n` });
		const children = await Promise.all([0, 1, 2].map((i) => runCli(root, [`incoming/p${i}.txt`])));
		const claims = new Map<string, string>();
		for (const [i, child] of children.entries()) {
			const written = /→ (content\/articles\/\S+) \[written\]/u.exec(child.stdout)?.[1];
			if (written) {
				expect(claims.has(written), `${written} written by two runs`).toBe(false);
				claims.set(written, `p${i}`);
				expect(child.code).toBe(0);
			} else {
				expect(child.code).toBe(1);
				expect(child.stdout).toMatch(/✗ content\/\.ingest\.lock: another ingest is running/u);
				expect(child.stdout.split('\n').filter((l) => l.includes('.ingest.lock')).every((l) => !l.includes('\n'))).toBe(true);
			}
		}
		expect(claims.size).toBeGreaterThanOrEqual(1);
		for (const [file, who] of claims) expect(readFileSync(join(root, file), 'utf8')).toContain(`path: content/raw/${who}.txt`);
		// Whatever was refused is ingested by running again: all three, each in its own file.
		const again = await ingest(root, { inputs: [0, 1, 2].map((i) => join(root, 'incoming', `p${i}.txt`)) });
		expect(again.ok).toBe(true);
		const paths = [...articles(root).values()].map((t) => /path: (content\/raw\/\S+)/u.exec(t)![1]).sort();
		expect(paths).toEqual(['content/raw/a.txt', 'content/raw/p0.txt', 'content/raw/p1.txt', 'content/raw/p2.txt']);
	}, 60_000);

	it('a stale lock (its process is gone) is taken over; a live one, or one from another host, is respected', async () => {
		const root = copyProject(template);
		const lock = join(root, 'content', '.ingest.lock');
		const inputs = [join(root, 'content', 'raw')];
		writeFileSync(lock, JSON.stringify({ pid: process.ppid, host: hostname(), started: 'earlier', token: 'live' }));
		expectRefusal(await ingest(root, { inputs }), 'content/.ingest.lock', new RegExp(`process ${process.ppid} on ${hostname()}`));
		writeFileSync(lock, JSON.stringify({ pid: 1, host: 'another-machine', started: 'earlier', token: 'far' }));
		expectRefusal(await ingest(root, { inputs }), 'content/.ingest.lock', /another-machine/);
		writeFileSync(lock, JSON.stringify({ pid: spawnSync('true').pid, host: hostname(), started: 'earlier', token: 'dead' }));
		const run = await ingest(root, { inputs });
		expect(run.ok).toBe(true);
		expect(existsSync(lock)).toBe(false);
	});
});
