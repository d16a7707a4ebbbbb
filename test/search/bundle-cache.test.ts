import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type BundleWriter, cachedSearchBundle, KEEP, moveInto, searchBundleKey, stageCopy } from '../../src/search/build/bundle-cache';
import { indexInChildProcess } from '../../src/integrations/archive-index';
import { readArchive } from '../../src/integrations/archive-files';
import { searchRecords } from '../../src/search/build/index';
import { archiveIndexOf } from '../../src/lib/archive-index';
import type { SearchRecord } from '../../src/search/shared/record';

/**
 * The cache of Pagefind bundles: a bundle is reused only when every indexed
 * field of every record, the Pagefind version and the writer's code are the
 * same; anything else builds anew.
 */

let records: SearchRecord[];
const dirs: string[] = [];
const tempDir = async () => {
	const dir = await mkdtemp(join(tmpdir(), 'delta-bundle-cache-'));
	dirs.push(dir);
	return dir;
};

/** A stand-in for `writeSearchIndex` that records its calls and writes the records it got. */
function fakeWriter() {
	const calls: string[] = [];
	const write: BundleWriter = async (list, outputPath) => {
		calls.push(outputPath);
		await mkdir(outputPath, { recursive: true });
		await writeFile(join(outputPath, 'records.json'), JSON.stringify(list.map((r) => r.url)));
	};
	return { write, calls };
}

beforeAll(async () => {
	records = await searchRecords();
	expect(records.length).toBeGreaterThan(1);
});

afterEach(async () => {
	for (const dir of dirs.splice(0)) await rm(dir, { recursive: true, force: true });
});

describe('searchBundleKey', () => {
	const { write } = fakeWriter();
	const changed = (i: number, change: (r: SearchRecord) => SearchRecord) => records.map((r, j) => (j === i ? change(r) : r));

	it('is the same for the same records, in the same order', () => {
		expect(searchBundleKey(records.map((r) => ({ ...r })), write)).toBe(searchBundleKey(records, write));
	});

	it('changes with any indexed field, the order of the records, the writer or its settings', () => {
		const key = searchBundleKey(records, write);
		const variants = [
			changed(0, (r) => ({ ...r, content: `${r.content} x` })),
			changed(1, (r) => ({ ...r, url: `${r.url}x/` })),
			changed(0, (r) => ({ ...r, meta: { ...r.meta, title: `${r.meta.title}。` } })),
			changed(0, (r) => ({ ...r, filters: { ...r.filters, year: ['1999'] } })),
			[...records].reverse(),
			records.slice(1),
		];
		for (const variant of variants) expect(searchBundleKey(variant, write)).not.toBe(key);
		expect(searchBundleKey(records, fakeWriter().write)).toBe(key);
		const otherWriter: BundleWriter = async (list, path) => write(list.slice(1), path);
		expect(searchBundleKey(records, otherWriter)).not.toBe(key);
		expect(searchBundleKey(records, write, 'chunk size 1')).not.toBe(key);
	});

	it('ignores what Pagefind never sees (`folded`)', () => {
		expect(searchBundleKey(changed(0, (r) => ({ ...r, folded: 'other' })), write)).toBe(searchBundleKey(records, write));
	});
});

describe('cachedSearchBundle', () => {
	it('builds once, reuses for the same records, builds again when a record changes', async () => {
		const dir = await tempDir();
		const { write, calls } = fakeWriter();
		const first = await cachedSearchBundle(records, dir, write);
		expect(first.hit).toBe(false);
		expect(JSON.parse(await readFile(join(first.path, 'records.json'), 'utf8'))).toEqual(records.map((r) => r.url));
		const again = await cachedSearchBundle(records, dir, write);
		expect(again).toEqual({ path: first.path, hit: true });
		expect(calls).toHaveLength(1);
		const edited = records.map((r, i) => (i === 0 ? { ...r, content: `${r.content} x` } : r));
		const next = await cachedSearchBundle(edited, dir, write);
		expect(next.hit).toBe(false);
		expect(next.path).not.toBe(first.path);
		expect(calls).toHaveLength(2);
	});

	it('leaves nothing behind when the writer fails, and fails', async () => {
		const dir = await tempDir();
		const failing: BundleWriter = async (list, path) => {
			await fakeWriter().write(list, path);
			throw new Error('pagefind: disk full');
		};
		await expect(cachedSearchBundle(records, dir, failing)).rejects.toThrow('disk full');
		expect(await readdir(dir)).toEqual([]);
	});

	it(`keeps the ${KEEP} most recently used bundles`, async () => {
		const dir = await tempDir();
		const { write } = fakeWriter();
		const paths: string[] = [];
		for (let i = 0; i <= KEEP; i++) {
			const variant = records.map((r, j) => (j === 0 ? { ...r, content: `${r.content} ${i}` } : r));
			paths.push((await cachedSearchBundle(variant, dir, write)).path);
			// Distinct, increasing times of last use.
			const t = new Date(Date.now() - (KEEP + 1 - i) * 60_000);
			await utimes(paths[i]!, t, t);
		}
		// One more build prunes: the oldest goes, the newest KEEP stay.
		const last = await cachedSearchBundle(records, dir, write);
		expect(existsSync(last.path)).toBe(true);
		expect(existsSync(paths[0]!)).toBe(false);
		expect(existsSync(paths[1]!)).toBe(false);
		for (const path of paths.slice(2)) expect(existsSync(path)).toBe(true);
		expect((await readdir(dir)).length).toBe(KEEP);
	});
});

describe('stageCopy and moveInto', () => {
	it('hand the build its own copy, so nothing done to dist/ reaches the cache', async () => {
		const dir = await tempDir();
		const { path } = await cachedSearchBundle(records, dir, fakeWriter().write);
		const output = join(dir, 'dist', 'pagefind');
		await mkdir(output, { recursive: true });
		await writeFile(join(output, 'stale.json'), 'from the last build');
		await moveInto(await stageCopy(path), output);
		expect(await readdir(output)).toEqual(['records.json']);
		await writeFile(join(output, 'records.json'), 'changed in dist');
		expect(JSON.parse(await readFile(join(path, 'records.json'), 'utf8'))).toEqual(records.map((r) => r.url));
	});
});

describe('the archive index in a child process (as the build runs it)', () => {
	it('publishes the archive index first, builds the real search bundle, then reuses it', async () => {
		const cacheDir = await tempDir();
		const job = indexInChildProcess({ articlesDir: 'content/articles', cacheDir });
		expect(await job.early).toEqual(archiveIndexOf(await readArchive('content/articles')));
		const built = await job.result;
		expect(built).toMatchObject({ hit: false, records: records.length });
		expect(existsSync(join(built.path, 'pagefind.js'))).toBe(true);
		const again = await indexInChildProcess({ articlesDir: 'content/articles', cacheDir }).result;
		expect(again).toMatchObject({ hit: true, records: records.length });
		// Each build gets its own copy, with the same files.
		expect(again.path).not.toBe(built.path);
		expect((await readdir(again.path)).sort()).toEqual((await readdir(built.path)).sort());
	}, 60_000);

	it('rejects with the reason when the job fails', async () => {
		const cacheDir = await tempDir();
		const job = indexInChildProcess({ articlesDir: join(cacheDir, 'missing'), cacheDir });
		await expect(job.early).rejects.toThrow(/ENOENT.*missing/u);
		await expect(job.result).rejects.toThrow(/ENOENT.*missing/u);
	}, 60_000);
});
