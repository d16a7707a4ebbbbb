import { randomUUID } from 'node:crypto';
import { linkSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { hostname } from 'node:os';
import { dirname, join } from 'node:path';
import { isRunning, writeFileAtomically, type FaultPlan } from './atomic-write.ts';

/**
 * One ingest at a time per project: a run that writes holds
 * `content/.ingest.lock`, a small JSON file naming its process. The lock is
 * made whole in a temporary file and then hard-linked into place, which fails
 * if the name exists, so two runs can never both take it and a crash can
 * never leave an empty lock behind.
 *
 * A lock whose process is gone (same host, no such pid) is stale: it is moved
 * aside, checked to be the one found (not a new lock another run just took),
 * and removed, and the run takes the lock. A lock from another host cannot be
 * checked and counts as held.
 */
interface LockHolder {
	pid: number;
	host: string;
	started: string;
	token: string;
}

export type LockResult = { release: () => void } | { heldBy: string };

export function acquireLock(lockFile: string, faults?: FaultPlan): LockResult {
	const holder: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), token: randomUUID() };
	for (let attempt = 0; attempt < 2; attempt++) {
		const temporary = join(dirname(lockFile), `.ingest-${process.pid}-lock-${holder.token}.tmp`);
		writeFileAtomically(temporary, `${JSON.stringify(holder)}\n`, 'lock', { faults });
		try {
			linkSync(temporary, lockFile);
			return { release: () => releaseLock(lockFile, holder.token) };
		} catch (error) {
			if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
		} finally {
			rmSync(temporary, { force: true });
		}
		const found = readHolder(lockFile);
		if (found === 'gone') continue;
		if (found && isAlive(found)) return { heldBy: describe(found) };
		if (!removeStale(lockFile, found)) return { heldBy: found ? describe(found) : 'an unreadable lock' };
	}
	return { heldBy: 'another run that took the lock meanwhile' };
}

function releaseLock(lockFile: string, token: string): void {
	const found = readHolder(lockFile);
	if (found && found !== 'gone' && found.token === token) rmSync(lockFile, { force: true });
}

/** The lock's holder, `'gone'` when the lock vanished meanwhile, undefined when it cannot be read as a lock. */
function readHolder(lockFile: string): LockHolder | 'gone' | undefined {
	let text: string;
	try {
		text = readFileSync(lockFile, 'utf8');
	} catch (error) {
		return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'gone' : undefined;
	}
	try {
		const value = JSON.parse(text) as Partial<LockHolder>;
		return typeof value.pid === 'number' && typeof value.host === 'string' && typeof value.token === 'string' ? (value as LockHolder) : undefined;
	} catch {
		return undefined;
	}
}

const isAlive = (holder: LockHolder): boolean => holder.host !== hostname() || isRunning(holder.pid);

/** Moves a stale lock aside and removes it; if what was moved is not the lock that was judged stale, it is put back. */
function removeStale(lockFile: string, stale: LockHolder | undefined): boolean {
	// An unreadable lock is never made by this module (it is linked in whole), so it is left for a person to judge.
	if (!stale) return false;
	const aside = `${lockFile}.stale-${process.pid}`;
	try {
		renameSync(lockFile, aside);
	} catch {
		return true; // gone meanwhile: try again
	}
	const moved = readHolder(aside);
	if (moved && moved !== 'gone' && moved.token === stale.token) {
		rmSync(aside, { force: true });
		return true;
	}
	try {
		linkSync(aside, lockFile);
	} catch {
		// Another run took the lock meanwhile; the moved lock was theirs before it and is not needed.
	}
	rmSync(aside, { force: true });
	return false;
}

const describe = (holder: LockHolder): string => `process ${holder.pid} on ${holder.host}, since ${holder.started}`;
