import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cp, readdir, rename, rm, stat, utimes } from 'node:fs/promises';
import { findPackageJSON } from 'node:module';
import { dirname, join } from 'node:path';
import type { SearchRecord } from '../shared/record';

/**
 * A cache of built Pagefind bundles, keyed by everything a bundle is made
 * from: the records Pagefind is given, the Pagefind version, and the code that
 * feeds them to it. When nothing of that changed since an earlier build, the
 * earlier bundle is reused instead of indexing again.
 *
 * Each bundle is a folder `<dir>/<key>/`, made under a temporary name and
 * renamed when complete, so a folder under a key is always whole. The newest
 * `KEEP` bundles (by last use) are kept; older ones are renamed away before
 * they are removed, so a build copying one never sees it half deleted.
 */

/** How many bundles to keep: the current one and a few to go back to (a reverted change). */
export const KEEP = 3;

const pagefindVersion: string = JSON.parse(readFileSync(findPackageJSON('pagefind', import.meta.url)!, 'utf8')).version;

/** Every field of a record but `folded` (ours, for tests and measurements): what Pagefind is given, and what orders it. */
const indexedPart = ({ folded: _folded, ...indexed }: SearchRecord) => indexed;

/**
 * The cache key of the bundle `write` makes from `records`: a SHA-256 of the
 * Pagefind version, the writer's own code, the `settings` it reads from
 * elsewhere (e.g. its chunk size and record order) and every indexed field of
 * every record, in order.
 */
export function searchBundleKey(records: readonly SearchRecord[], write: BundleWriter, settings = ''): string {
	const hash = createHash('sha256');
	hash.update(`pagefind ${pagefindVersion}\0${write.toString()}\0${settings}\0`);
	for (const record of records) hash.update(`${JSON.stringify(indexedPart(record))}\0`);
	return hash.digest('hex');
}

/** Writes the Pagefind bundle for `records` into `outputPath` (e.g. `writeSearchIndex`). */
export type BundleWriter = (records: readonly SearchRecord[], outputPath: string) => Promise<void>;

export interface CachedBundle {
	/** The bundle's folder in the cache: copy it, never change it. */
	path: string;
	/** Whether it was already there (nothing was indexed). */
	hit: boolean;
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** The bundle for `records` from the cache in `dir`, written with `write` first if it is not there. */
export async function cachedSearchBundle(records: readonly SearchRecord[], dir: string, write: BundleWriter, settings = ''): Promise<CachedBundle> {
	const key = searchBundleKey(records, write, settings);
	const path = join(dir, key);
	if (await exists(path)) {
		const now = new Date();
		await utimes(path, now, now);
		await prune(dir);
		return { path, hit: true };
	}
	const temporary = join(dir, `${key}.tmp-${process.pid}`);
	try {
		await write(records, temporary);
		await rename(temporary, path);
	} catch (error) {
		await rm(temporary, { recursive: true, force: true });
		// Another build made the same bundle meanwhile: use theirs.
		if (!(await exists(path))) throw error;
	}
	await prune(dir);
	return { path, hit: false };
}

/**
 * A private copy of a cached bundle, next to it (so on the same disk as the
 * project), made while the build still renders pages: at the end, moving it
 * into `dist/` is a rename, and the cached bundle is never handed out.
 */
export async function stageCopy(bundle: string): Promise<string> {
	const staged = join(dirname(bundle), `${bundle.slice(-64)}.out-${process.pid}`);
	await rm(staged, { recursive: true, force: true });
	await cp(bundle, staged, { recursive: true });
	return staged;
}

/** Puts a staged copy at `outputPath`, replacing what is there. */
export async function moveInto(staged: string, outputPath: string): Promise<void> {
	await rm(outputPath, { recursive: true, force: true });
	try {
		await rename(staged, outputPath);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
		// `dist/` on another disk than the cache.
		await cp(staged, outputPath, { recursive: true });
		await rm(staged, { recursive: true, force: true });
	}
}

/** Removes all but the `KEEP` most recently used bundles, and temporary folders and copies left by builds that died over an hour ago. */
async function prune(dir: string): Promise<void> {
	const entries = await Promise.all(
		(await readdir(dir)).map(async (name) => ({ name, mtime: (await stat(join(dir, name)).catch(() => undefined))?.mtimeMs ?? 0 })),
	);
	const bundles = entries.filter((e) => /^[0-9a-f]{64}$/u.test(e.name)).sort((a, b) => b.mtime - a.mtime);
	const stale = entries.filter((e) => /\.(tmp|old|out)-\d+$/u.test(e.name) && e.mtime < Date.now() - 3_600_000);
	for (const { name } of bundles.slice(KEEP)) {
		const old = join(dir, `${name}.old-${process.pid}`);
		if (await rename(join(dir, name), old).then(() => true, () => false)) await rm(old, { recursive: true, force: true });
	}
	for (const { name } of stale) await rm(join(dir, name), { recursive: true, force: true });
}
