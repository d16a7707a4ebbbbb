import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Prepared } from './prepare.ts';
import { writeFileAtomically, type FaultPlan } from './atomic-write.ts';

/**
 * The ingest's cache of prepared articles (`.cache/ingest/prepared/` under the project
 * root, git-ignored), so a re-run does not clean again what nothing changed.
 *
 * An entry is keyed by everything its result depends on: the raw bytes, the
 * raw path, the editorial override, and the run's fingerprint (the cleaner's
 * source and data, the taxonomy, package and ICU versions; see
 * `fingerprint.ts`). Entries live in a folder named after the fingerprint;
 * opening the cache for writing removes the folders of other fingerprints,
 * which no run can hit again. An entry that cannot be read, does not parse or
 * was written for another key is a miss, and is overwritten.
 */
export interface PreparedCache {
	get(key: string): Prepared | undefined;
	/** Where the entry for `key` is written, or undefined when the cache is read-only (`--check`). */
	target(key: string): CacheTarget | undefined;
}

/** Where one prepared article is to be cached; the thread that prepares it writes it (`storeEntry`). */
export interface CacheTarget {
	file: string;
	key: string;
}

export interface CacheKeyParts {
	rawPath: string;
	bytesHash: string;
	override: unknown;
}

export const cacheKey = (parts: CacheKeyParts): string => createHash('sha256').update(JSON.stringify([parts.rawPath, parts.bytesHash, parts.override])).digest('hex');

export function openCache(dir: string, fingerprint: string, options: { write: boolean }): PreparedCache {
	const folder = join(dir, fingerprint);
	if (options.write) {
		mkdirSync(folder, { recursive: true });
		for (const name of readdirSync(dir)) if (name !== fingerprint) rmSync(join(dir, name), { recursive: true, force: true });
	}
	const file = (key: string) => join(folder, `${key}.json`);
	return {
		get(key) {
			try {
				const entry = JSON.parse(readFileSync(file(key), 'utf8')) as { key?: unknown; value?: Prepared };
				return entry.key === key && isPrepared(entry.value) ? entry.value : undefined;
			} catch {
				return undefined;
			}
		},
		target: (key) => (options.write ? { file: file(key), key } : undefined),
	};
}

/** Writes one entry atomically; only a cleaned article or a rejection is kept (failures are retried next run). */
export function storeEntry(target: CacheTarget, value: Prepared, faults?: FaultPlan): void {
	if (value.status === 'failed') return;
	try {
		writeFileAtomically(target.file, JSON.stringify({ key: target.key, value }), 'cache', { faults });
	} catch {
		// The cache only saves time: an entry that cannot be written (disk full, folder removed) is a miss next run.
	}
}

function isPrepared(value: unknown): value is Prepared {
	if (typeof value !== 'object' || value === null) return false;
	const v = value as Record<string, unknown>;
	if (v.status === 'rejected') return typeof v.message === 'string' && (v.whole === undefined || typeof v.whole === 'boolean');
	return v.status === 'cleaned' && ['text', 'slug', 'baseSlug', 'frontmatter', 'textKey', 'report', 'terms'].every((field) => typeof v[field] === 'string') && Array.isArray(v.aliases);
}
