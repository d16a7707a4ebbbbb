import { closeSync, constants, fstatSync, lstatSync, openSync, readdirSync, readSync, statSync, type Stats } from 'node:fs';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { refuse, Refused, type Refusal } from './refusals.ts';

/**
 * What the ingest reads: the files named, or the files directly inside the
 * folders named. Only regular files are read. Symbolic links are never
 * followed (a link to /etc/passwd must not become an article), and FIFOs,
 * devices, sockets and sub-folders are refused by `lstat` before anything
 * opens them (opening a FIFO waits forever for a writer). Each refused path
 * gets its own one-line refusal; the others are read.
 */
export interface ListedInputs {
	files: string[];
	refused: Refusal[];
}

/** Whether `path` is `folder` itself or anything inside it (by path, never by string prefix: `content/rawnew` is not in `content/raw`). */
export function isInside(folder: string, path: string): boolean {
	const rel = relative(resolve(folder), resolve(path));
	return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

export function listInputs(paths: string[], shown: (path: string) => string): ListedInputs {
	const files: string[] = [];
	const refused: Refusal[] = [];
	for (const path of paths) {
		const stats = lstatOrUndefined(path);
		if (!stats) refused.push(refuse.noSuchInput(shown(path)));
		else if (stats.isDirectory()) {
			for (const name of readdirSync(path).filter((n) => !n.startsWith('.')).sort()) {
				const file = join(path, name);
				const problem = notARegularFile(file, lstatSync(file), { inFolder: true }, shown);
				if (problem) refused.push(problem);
				else files.push(file);
			}
		} else {
			const problem = notARegularFile(path, stats, { inFolder: false }, shown);
			if (problem) refused.push(problem);
			else files.push(path);
		}
	}
	return { files, refused };
}

function notARegularFile(path: string, stats: Stats, { inFolder }: { inFolder: boolean }, shown: (path: string) => string): Refusal | undefined {
	if (stats.isFile()) return undefined;
	if (stats.isSymbolicLink()) return refuse.symlink(shown(path), isDangling(path));
	if (stats.isDirectory() && inFolder) return refuse.subfolder(shown(path));
	return refuse.notAFile(shown(path), kindOf(stats));
}

const kindOf = (stats: Stats): string =>
	stats.isFIFO() ? 'a FIFO (named pipe)' : stats.isSocket() ? 'a socket' : stats.isCharacterDevice() ? 'a character device' : stats.isBlockDevice() ? 'a block device' : stats.isDirectory() ? 'a folder' : 'not a regular file';

function isDangling(path: string): boolean {
	try {
		statSync(path);
		return false;
	} catch {
		return true;
	}
}

function lstatOrUndefined(path: string): Stats | undefined {
	try {
		return lstatSync(path);
	} catch {
		return undefined;
	}
}

/**
 * A file's bytes, read only if it is (still) a regular file: opened without
 * following a link and without blocking, then checked on the open descriptor,
 * so a file swapped for a link or a FIFO after listing is refused too.
 */
export function readRegularFile(path: string, shownPath: string): Buffer {
	let fd: number;
	try {
		fd = openSync(path, constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK);
	} catch (error) {
		const code = (error as NodeJS.ErrnoException).code;
		if (code === 'ELOOP') throw new Refused(refuse.symlink(shownPath, isDangling(path)));
		if (code === 'ENOENT') throw new Refused(refuse.noSuchInput(shownPath));
		throw error;
	}
	try {
		const stats = fstatSync(fd);
		if (!stats.isFile()) throw new Refused(refuse.notAFile(shownPath, kindOf(stats)));
		const bytes = Buffer.alloc(stats.size);
		let length = 0;
		while (length < bytes.length) {
			const read = readSync(fd, bytes, length, bytes.length - length, null);
			if (read === 0) break;
			length += read;
		}
		return bytes.subarray(0, length);
	} finally {
		closeSync(fd);
	}
}
