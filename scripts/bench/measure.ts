import { spawn } from 'node:child_process';
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
	/** User + system CPU seconds of the command's whole tree (GNU time): less sensitive than wall time to a busy machine. */
	cpuSeconds?: number;
	/** Every line of stdout and stderr, colours stripped, stamped as it arrived (Astro's own timestamps have only seconds). */
	lines: LogLine[];
}

const GNU_TIME = '/usr/bin/time';
const GNU_TIME_LINE = /^BENCH_TIME rss_kb=(\d+) user=([\d.]+) sys=([\d.]+)$/u;

/** Runs a command to completion: wall time, peak memory and its time-stamped output. Throws, with the output's tail, when it fails. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): Promise<Timed> {
	const gnuTime = existsSync(GNU_TIME);
	const started = performance.now();
	const child = gnuTime
		? spawn(GNU_TIME, ['-f', 'BENCH_TIME rss_kb=%M user=%U sys=%S', command, ...args], { cwd, env: { ...process.env, NO_COLOR: '1', ...env } })
		: spawn(command, args, { cwd, env: { ...process.env, NO_COLOR: '1', ...env } });
	const lines: LogLine[] = [];
	for (const stream of [child.stdout, child.stderr]) {
		createInterface({ input: stream }).on('line', (line) => lines.push({ at: (performance.now() - started) / 1000, text: stripVTControlCharacters(line) }));
	}
	return new Promise((resolve, reject) => {
		child.on('error', reject);
		// 'close', not 'exit': every line has been read by then.
		child.on('close', (code) => {
			const seconds = (performance.now() - started) / 1000;
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
