import { execFile, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { stripVTControlCharacters } from 'node:util';

/** One line a command printed, with when it arrived (seconds since the command started). */
export interface LogLine {
	at: number;
	text: string;
}

export interface Timed {
	seconds: number;
	/** Peak resident memory of the largest process in the command's tree (GNU time `%M`), when the machine has GNU time. */
	peakMB?: number;
	/**
	 * Peak of the resident memory of every process in the command's tree
	 * added up (`ps`, sampled each second): what the machine must hold, where
	 * `peakMB` is the largest process alone (a build and its search indexer
	 * run side by side). Pages shared between processes count once per
	 * process, so it errs high. Undefined without `ps`.
	 */
	treePeakMB?: number;
	/** User + system CPU seconds of the command's whole tree (GNU time): less sensitive than wall time to a busy machine. */
	cpuSeconds?: number;
	/** Every line of stdout and stderr, colours stripped, stamped as it arrived (Astro's own timestamps have only seconds). */
	lines: LogLine[];
}

const GNU_TIME = '/usr/bin/time';
const GNU_TIME_LINE = /^BENCH_TIME rss_kb=(\d+) user=([\d.]+) sys=([\d.]+)$/u;

/** The summed resident memory (KB) of process `root` and all its descendants, from one `ps` listing. */
export function treeRssKb(listing: string, root: number): number {
	const children = new Map<number, number[]>();
	const rss = new Map<number, number>();
	for (const line of listing.split('\n')) {
		const [pid, ppid, kb] = line.trim().split(/\s+/u).map(Number);
		if (!pid || ppid === undefined || kb === undefined) continue;
		rss.set(pid, kb);
		children.set(ppid, [...(children.get(ppid) ?? []), pid]);
	}
	let total = 0;
	const seen = new Set<number>();
	for (const queue = [root]; queue.length; ) {
		const pid = queue.pop()!;
		if (seen.has(pid)) continue;
		seen.add(pid);
		total += rss.get(pid) ?? 0;
		queue.push(...(children.get(pid) ?? []));
	}
	return total;
}

/** Samples the tree's memory each second until stopped; resolves to its peak in MB (undefined if `ps` never answered). */
function sampleTreeMemory(root: number): { stop(): Promise<number | undefined> } {
	let peakKb: number | undefined;
	let pending = Promise.resolve();
	const sample = () => {
		pending = new Promise((resolve) =>
			execFile('ps', ['-e', '-o', 'pid=,ppid=,rss='], { maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
				if (!error) peakKb = Math.max(peakKb ?? 0, treeRssKb(stdout, root));
				resolve();
			}),
		);
	};
	const timer = setInterval(sample, 1000);
	sample();
	return {
		stop: async () => {
			clearInterval(timer);
			await pending;
			return peakKb === undefined ? undefined : Math.round(peakKb / 1024);
		},
	};
}

/** Runs a command to completion: wall time, peak memory and its time-stamped output. Throws, with the output's tail, when it fails. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Timed> {
	const gnuTime = existsSync(GNU_TIME);
	const started = performance.now();
	const child = gnuTime
		? spawn(GNU_TIME, ['-f', 'BENCH_TIME rss_kb=%M user=%U sys=%S', command, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } })
		: spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
	const memory = child.pid === undefined ? undefined : sampleTreeMemory(child.pid);
	const lines: LogLine[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (line) => lines.push({ at: (performance.now() - started) / 1000, text: stripVTControlCharacters(line) }));
	}
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		// 'close', not 'exit': every line has been read by then.
		child.on('close', async (code) => {
			const seconds = (performance.now() - started) / 1000;
			const treePeakMB = await memory?.stop();
			lines.sort((a, b) => a.at - b.at);
			if (code !== 0) {
				const tail = lines.slice(-40).map((l) => l.text).join('\n');
				reject(new Error(`${command} ${args.join(' ')} failed (exit ${code}) in ${cwd}:\n${tail}`));
				return;
			}
			const usage = lines.map((l) => GNU_TIME_LINE.exec(l.text)).find(Boolean);
			resolve({
				seconds,
				peakMB: usage ? Math.round(Number(usage[1]) / 1024) : undefined,
				treePeakMB,
				cpuSeconds: usage ? Number(usage[2]) + Number(usage[3]) : undefined,
				lines: lines.filter((l) => !GNU_TIME_LINE.test(l.text)),
			});
		});
	});
}

/** Total bytes and file count under a folder. */
export function folderSize(dir: string): { bytes: number; files: number } {
	if (!existsSync(dir)) return { bytes: 0, files: 0 };
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		files++;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
	}
	return { bytes, files };
}

/** Median, 90th percentile and maximum (nearest rank). */
export interface Spread {
	median: number;
	p90: number;
	max: number;
}

export function spread(values: readonly number[]): Spread | undefined {
	if (values.length === 0) return undefined;
	const sorted = values.toSorted((a, b) => a - b);
	const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)]!;
	return { median: rank(0.5), p90: rank(0.9), max: sorted.at(-1)! };
}
