import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Wall time and peak memory of a command, through GNU time when the machine has it. */
export function timed(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = {}): { seconds: number; peakMB?: number; output: string } {
	const gnuTime = existsSync('/usr/bin/time');
	const started = performance.now();
	const result = gnuTime
		? spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M', command, ...args], { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 })
		: spawnSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 28 });
	const seconds = (performance.now() - started) / 1000;
	const output = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${output.slice(-3000)}`);
	const peak = /PEAK_RSS_KB=(\d+)/u.exec(output)?.[1];
	return { seconds, peakMB: peak ? Math.round(Number(peak) / 1024) : undefined, output };
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

export const gzippedSize = (file: string): number => gzipSync(readFileSync(file)).length;
