import { closeSync, fsyncSync, openSync, readdirSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The one way the ingest writes a file: into a temporary file in the same
 * folder, then a rename over the target. A rename within a folder is atomic,
 * so a reader (the site build, the next run) sees the old file or the new
 * one, whole, never a half-written one, even if the process is killed.
 *
 * Temporary files are named `.ingest-<pid>-<thread>-<n>.tmp`: short (a raw
 * name near the file system's limit still fits), hidden, and not `*.mdx` or
 * an input, so a leftover one is never read by the build or the ingest; the
 * next run removes those whose process is gone (`sweepTemporaries`).
 *
 * Faults can be injected at every step (`FaultPlan`), so the tests can kill
 * or fail the ingest at each write point without relying on timing.
 */

/** What is being written: a raw file copied in, an article, the articles index, a cache entry, the lock. */
export type WriteTarget = 'raw' | 'mdx' | 'index' | 'cache' | 'lock';
/** Where in one write: temp file created, half of it written, all of it written (not renamed), renamed into place. */
export type WriteStep = 'open' | 'partial' | 'written' | 'renamed';

export const WRITE_TARGETS: readonly WriteTarget[] = ['raw', 'mdx', 'index', 'cache', 'lock'];
export const WRITE_STEPS: readonly WriteStep[] = ['open', 'partial', 'written', 'renamed'];

/** Called at every step of every write; a test's plan kills the process or throws there. */
export type FaultPlan = (target: WriteTarget, step: WriteStep) => void;

export const NO_FAULTS: FaultPlan = () => {};

/** Every temporary file of the ingest: `.ingest-<pid>-….tmp`. */
const TEMPORARY = /^\.ingest-(\d+)-.*\.tmp$/u;
let written = 0;

export interface WriteOptions {
	faults?: FaultPlan;
	/** Flush to the disk before the rename; worth it for raw files, which cannot be made again. */
	fsync?: boolean;
}

export function writeFileAtomically(path: string, data: string | Uint8Array, target: WriteTarget, { faults = NO_FAULTS, fsync = false }: WriteOptions = {}): void {
	const temporary = join(dirname(path), `.ingest-${process.pid}-${threadId}-${++written}.tmp`);
	const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
	let fd: number | undefined = openSync(temporary, 'wx');
	try {
		faults(target, 'open');
		const half = bytes.length >> 1;
		writeAll(fd, bytes.subarray(0, half));
		faults(target, 'partial');
		writeAll(fd, bytes.subarray(half));
		if (fsync) fsyncSync(fd);
		closeSync(fd);
		fd = undefined;
		faults(target, 'written');
		renameSync(temporary, path);
	} catch (error) {
		if (fd !== undefined) closeSync(fd);
		rmSync(temporary, { force: true });
		// The error names the file being written, not its temporary name, so the refusal names what the person knows.
		if (error instanceof Error) Object.assign(error, { path });
		throw error;
	}
	faults(target, 'renamed');
}

function writeAll(fd: number, bytes: Uint8Array): void {
	for (let offset = 0; offset < bytes.length; ) offset += writeSync(fd, bytes, offset, bytes.length - offset);
}

/** Removes the temporary files that runs which no longer exist (killed, crashed) left in these folders. Returns how many. */
export function sweepTemporaries(folders: string[]): number {
	let removed = 0;
	for (const folder of folders) {
		let names: string[];
		try {
			names = readdirSync(folder);
		} catch {
			continue;
		}
		for (const name of names) {
			const pid = TEMPORARY.exec(name)?.[1];
			if (pid === undefined || isRunning(Number(pid))) continue;
			rmSync(join(folder, name), { force: true });
			removed++;
		}
	}
	return removed;
}

/** Whether a process with this id exists on this machine. */
export function isRunning(pid: number): boolean {
	try {
		process.kill(pid, 0);
		return true;
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'EPERM';
	}
}

/**
 * A fault plan from its description, `<action>:<target>:<step>[:<nth>]`
 * (e.g. `kill:mdx:partial:2`, `ENOSPC:mdx:open`): at the nth time (default the
 * first) the run reaches that step of a write of that target, `kill` sends
 * the process SIGKILL (as a crash or `kill -9` would), and an error code
 * (`ENOSPC`, `EROFS`, `EACCES`, `EIO`…) throws the error the file system would.
 * Read from `DELTA_INGEST_FAULT` by the CLI's run; never set outside tests.
 */
export function faultPlan(description: string | undefined): FaultPlan {
	if (!description) return NO_FAULTS;
	const [action, target, step, nth = '1'] = description.split(':');
	if (!action || !WRITE_TARGETS.includes(target as WriteTarget) || !WRITE_STEPS.includes(step as WriteStep) || !/^\d+$/u.test(nth)) {
		throw new Error(`invalid fault description "${description}"; expected <kill|ERRNO>:<${WRITE_TARGETS.join('|')}>:<${WRITE_STEPS.join('|')}>[:<nth>]`);
	}
	let seen = 0;
	return (atTarget, atStep) => {
		if (atTarget !== target || atStep !== step || ++seen !== Number(nth)) return;
		if (action === 'kill') {
			process.kill(process.pid, 'SIGKILL');
			// The signal lands at once; block so not one more instruction of the run executes meanwhile.
			Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
		}
		throw Object.assign(new Error(`${action}: injected fault at ${target}:${step}`), { code: action });
	};
}
