import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { expect } from 'vitest';
import { runIngest, type IngestOptions, type IngestResult, type Outcome } from '../../src/ingest/ingest.ts';
import { tempDir, tempProject } from '../ingest/temp-project.ts';
import { compileMdx, inspectMdx } from '../ingest/mdx-check.ts';

/**
 * Shared pieces of the reliability suite: invented articles, throwaway
 * projects (never the real content/), a run that keeps its log, snapshots of
 * folders, and the CLI run as a real child process (for kills and races).
 */
export { tempDir, tempProject };
export { removeTempProjects } from '../ingest/temp-project.ts';

/* Invented articles, one per source style; none is from the shared corpus. */
export const ARTICLE_A = [
	'新华社南京3月18日电（记者 周明远）记者从江苏省交通运输厅获悉，2024年一季度，江苏与上海、浙江、安徽三省市新开通跨省公交线路十二条，沿线群众出行更加便捷。',
	'据介绍，新开通的线路主要集中在苏州吴江、无锡宜兴等毗邻地区，日均客流超过一万人次。',
	'',
].join('\n');
export const ARTICLE_B = [
	'浙江日报杭州5月9日讯（记者 林若溪）2023年以来，杭州与黄山两地共建的新安江生态补偿机制不断完善，跨界断面水质连续保持优良。',
	'两地还联合开展了生态旅游推介活动，吸引上海、南京等地游客前往。',
	'',
].join('\n');
export const ARTICLE_C = [
	'安徽日报合肥10月12日讯（记者 许青禾）合肥与南京共建的科创走廊项目又有新进展，首批十家企业入驻联合孵化中心。',
	'孵化中心负责人说，明年将再引进二十家企业，重点发展新能源汽车零部件。',
	'',
].join('\n');

export interface Run extends IngestResult {
	log: string[];
}

export async function ingest(root: string, options: Partial<IngestOptions> = {}): Promise<Run> {
	const log: string[] = [];
	const result = await runIngest({ root, threads: 0, log: (line) => log.push(line), ...options });
	return { ...result, log };
}

export const byRaw = (outcomes: Outcome[], raw: string): Outcome => {
	const outcome = outcomes.find((o) => o.raw === raw);
	if (!outcome) throw new Error(`no outcome for ${raw}: ${JSON.stringify(outcomes)}`);
	return outcome;
};

/** Every file under `dir` (dotfiles too), by path relative to it, with its bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
	const files = new Map<string, Buffer>();
	if (!existsSync(dir)) return files;
	const walk = (at: string) => {
		for (const name of readdirSync(at)) {
			const path = join(at, name);
			const stats = statSync(path, { throwIfNoEntry: false });
			if (stats?.isDirectory()) walk(path);
			else if (stats?.isFile()) files.set(relative(dir, path), readFileSync(path));
		}
	};
	walk(dir);
	return files;
}

export function expectSameFiles(after: Map<string, Buffer>, before: Map<string, Buffer>): void {
	expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
	for (const [path, bytes] of before) expect(after.get(path)?.equals(bytes), `${path} changed`).toBe(true);
}

/** The articles of a project (what the site reads, `*.mdx`): file name → text. */
export const articles = (root: string): Map<string, string> =>
	new Map([...snapshot(join(root, 'content', 'articles'))].filter(([name]) => name.endsWith('.mdx')).map(([name, bytes]) => [name, bytes.toString('utf8')]));

/** Temporary files left anywhere in the project. */
export const temporaries = (root: string): string[] => [...snapshot(root).keys()].filter((path) => path.endsWith('.tmp'));

/**
 * A refusal is one line naming its file, with a reason and what to do, and
 * the same words stand in the file's report and in the run's summary.
 */
export function expectRefusal(run: Run, file: string, reason: RegExp): string {
	const line = run.refusals.find((l) => l.startsWith(`${file}: `));
	expect(line, `no refusal for ${file} in ${JSON.stringify(run.refusals)}`).toBeDefined();
	expect(line).not.toMatch(/\n/u);
	expect(line).toMatch(reason);
	// file: reason; what to do next
	expect(line!.slice(file.length + 2)).toMatch(/^[^;]+; .+/u);
	expect(line).not.toMatch(/\bat .+:\d+:\d+\)|^\s*\^/mu);
	const reported = run.log.filter((l) => l.includes(line!));
	// Once with the file, once in the summary.
	expect(reported.length, `"${line}" in the log`).toBeGreaterThanOrEqual(2);
	expect(run.log.some((l) => /^(refused \(\d+\)|\nnothing was ingested):?/u.test(l) && l.includes(line!)), 'in the summary').toBe(true);
	expect(run.ok).toBe(false);
	return line!;
}

/** An MDX the ingest wrote: safe (no code, no unknown elements) and compilable. */
export function expectSafeMdx(text: string): ReturnType<typeof inspectMdx> {
	const report = inspectMdx(text);
	expect(report.code).toEqual([]);
	expect(() => compileMdx(text)).not.toThrow();
	return report;
}

/** A copy of a project folder, to run the same situation many times. */
export function copyProject(template: string): string {
	const root = tempDir('delta-reliability-');
	cpSync(template, root, { recursive: true });
	return root;
}

export function writeFiles(dir: string, files: Record<string, string | Uint8Array>): void {
	mkdirSync(dir, { recursive: true });
	for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), data);
}

const REPO = fileURLToPath(new URL('../..', import.meta.url));
const TSX_LOADER = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const CLI = join(REPO, 'src', 'ingest', 'cli.ts');

export interface CliRun {
	code: number | null;
	signal: NodeJS.Signals | null;
	stdout: string;
	stderr: string;
}

/** `npm run ingest -- …args` in `root`, as its own process (so it can really be killed, and really race another). */
export function runCli(root: string, args: string[] = [], env: Record<string, string> = {}): Promise<CliRun> {
	return new Promise((resolve, reject) => {
		// Node itself with tsx's loader (not the tsx wrapper, which would run Node as a child of its own): the fault's SIGKILL is seen here.
		const child = spawn(process.execPath, ['--import', TSX_LOADER, CLI, ...args], { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
		let stdout = '';
		let stderr = '';
		child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
		child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
		child.on('error', reject);
		child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
	});
}

/** Runs `tasks` with at most `limit` at a time (the machine has few cores). */
export async function inBatches<T>(tasks: (() => Promise<T>)[], limit: number): Promise<T[]> {
	const results: T[] = new Array(tasks.length);
	let next = 0;
	await Promise.all(
		Array.from({ length: Math.min(limit, tasks.length) }, async () => {
			while (next < tasks.length) {
				const index = next++;
				results[index] = await tasks[index]!();
			}
		}),
	);
	return results;
}
