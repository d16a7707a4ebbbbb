import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheKey, openCache, storeEntry } from '../../src/ingest/cache.ts';
import { ingestFingerprint } from '../../src/ingest/fingerprint.ts';
import { runIngest } from '../../src/ingest/ingest.ts';
import type { Prepared } from '../../src/ingest/prepare.ts';
import { removeTempProjects, tempDir, tempProject } from './temp-project.ts';

afterAll(removeTempProjects);

const REJECTED: Prepared = { status: 'rejected', message: 'no article text left after removing boilerplate (3 line(s) removed)' };
const KEY = { rawPath: 'content/raw/a.txt', bytesHash: 'a'.repeat(64), override: {} };

describe('the prepared-article cache', () => {
	it('keys an entry by raw path, raw bytes and override', () => {
		const key = cacheKey(KEY);
		expect(cacheKey({ ...KEY })).toBe(key);
		expect(cacheKey({ ...KEY, bytesHash: 'b'.repeat(64) })).not.toBe(key);
		expect(cacheKey({ ...KEY, rawPath: 'content/raw/b.txt' })).not.toBe(key);
		expect(cacheKey({ ...KEY, override: { title: '新标题' } })).not.toBe(key);
	});

	it('gives back what was stored, and nothing for another key', () => {
		const cache = openCache(tempDir(), 'fingerprint-1', { write: true });
		storeEntry(cache.target(cacheKey(KEY))!, REJECTED);
		expect(cache.get(cacheKey(KEY))).toEqual(REJECTED);
		expect(cache.get(cacheKey({ ...KEY, override: { date: '2024' } }))).toBeUndefined();
	});

	it('keeps no failure: a failed file is tried again next run', () => {
		const cache = openCache(tempDir(), 'fingerprint-1', { write: true });
		storeEntry(cache.target(cacheKey(KEY))!, { status: 'failed', message: 'EMFILE' });
		expect(cache.get(cacheKey(KEY))).toBeUndefined();
	});

	it('misses under another fingerprint, and removes the entries no run can hit again', () => {
		const dir = tempDir();
		storeEntry(openCache(dir, 'fingerprint-1', { write: true }).target(cacheKey(KEY))!, REJECTED);
		expect(openCache(dir, 'fingerprint-2', { write: false }).get(cacheKey(KEY))).toBeUndefined();
		expect(existsSync(join(dir, 'fingerprint-1'))).toBe(true);
		openCache(dir, 'fingerprint-2', { write: true });
		expect(readdirSync(dir)).toEqual(['fingerprint-2']);
	});

	it('ignores an entry that is corrupt or was written for another key', () => {
		const dir = tempDir();
		const cache = openCache(dir, 'fp', { write: true });
		const key = cacheKey(KEY);
		const other = cacheKey({ ...KEY, rawPath: 'content/raw/b.txt' });
		storeEntry(cache.target(other)!, REJECTED);
		writeFileSync(cache.target(key)!.file, readFileSync(cache.target(other)!.file));
		expect(cache.get(key)).toBeUndefined();
		for (const garbage of ['{"key":', '', 'null', JSON.stringify({ key, value: { status: 'cleaned' } })]) {
			writeFileSync(cache.target(key)!.file, garbage);
			expect(cache.get(key)).toBeUndefined();
		}
	});

	it('is read-only when asked (--check writes nothing)', () => {
		const dir = join(tempDir(), 'cache');
		const cache = openCache(dir, 'fp', { write: false });
		expect(cache.target(cacheKey(KEY))).toBeUndefined();
		expect(existsSync(dir)).toBe(false);
	});
});

describe('the fingerprint', () => {
	/** A small module graph: an entry importing a module that reads a data file, and a package. */
	function graph(): string {
		const dir = tempDir();
		mkdirSync(join(dir, 'data'));
		writeFileSync(join(dir, 'entry.ts'), "import { rules } from './rules.ts';\nimport type { Root } from 'mdast';\nexport const x = rules;\n");
		writeFileSync(join(dir, 'rules.ts'), "import { parse } from 'yaml';\nexport const rules = parse(readFileSync(new URL('./data/rules.yaml', import.meta.url), 'utf8'));\n");
		writeFileSync(join(dir, 'data', 'rules.yaml'), '- a\n');
		writeFileSync(join(dir, 'unrelated.ts'), 'export const y = 1;\n');
		mkdirSync(join(dir, 'node_modules', 'yaml'), { recursive: true });
		writeFileSync(join(dir, 'node_modules', 'yaml', 'package.json'), '{"name": "yaml", "version": "2.0.0"}');
		return dir;
	}

	it('changes with the version of an imported package, and is the same for the entry as a path or a URL', () => {
		const dir = graph();
		const entry = join(dir, 'entry.ts');
		const first = ingestFingerprint(entry, 'taxonomy');
		expect(ingestFingerprint(pathToFileURL(entry).href, 'taxonomy')).toBe(first);
		writeFileSync(join(dir, 'node_modules', 'yaml', 'package.json'), '{"name": "yaml", "version": "2.0.1"}');
		expect(ingestFingerprint(entry, 'taxonomy')).not.toBe(first);
	});

	it('changes with an imported module, a data file it reads, or the taxonomy; not with an unrelated file', () => {
		const dir = graph();
		const entry = join(dir, 'entry.ts');
		const first = ingestFingerprint(entry, 'taxonomy');
		expect(ingestFingerprint(entry, 'taxonomy')).toBe(first);
		writeFileSync(join(dir, 'unrelated.ts'), 'export const y = 2;\n');
		expect(ingestFingerprint(entry, 'taxonomy')).toBe(first);
		expect(ingestFingerprint(entry, 'taxonomy, edited')).not.toBe(first);
		writeFileSync(join(dir, 'data', 'rules.yaml'), '- b\n');
		const afterData = ingestFingerprint(entry, 'taxonomy');
		expect(afterData).not.toBe(first);
		writeFileSync(join(dir, 'rules.ts'), readFileSync(join(dir, 'rules.ts'), 'utf8') + '// a comment\n');
		expect(ingestFingerprint(entry, 'taxonomy')).not.toBe(afterData);
	});
});

describe('an ingest run with the cache', () => {
	const ARTICLE = ['新华社南京3月18日电（记者 周明远）江苏与上海、浙江、安徽三省市新开通跨省公交线路十二条，沿线群众出行更加便捷。', '据介绍，新开通的线路主要集中在苏州吴江、无锡宜兴等毗邻地区。', ''].join('\n');

	/** Marks every cached report, so a run that takes an article from the cache shows it. */
	function markCachedReports(root: string): number {
		const dir = join(root, '.cache', 'ingest', 'prepared');
		let marked = 0;
		for (const fingerprint of readdirSync(dir)) {
			for (const name of readdirSync(join(dir, fingerprint))) {
				const file = join(dir, fingerprint, name);
				const entry = JSON.parse(readFileSync(file, 'utf8')) as { value: { report?: string } };
				if (entry.value.report === undefined) continue;
				entry.value.report += '\n  (from the cache)';
				writeFileSync(file, JSON.stringify(entry));
				marked++;
			}
		}
		return marked;
	}

	const ingest = async (root: string) => {
		const log: string[] = [];
		const result = await runIngest({ root, threads: 0, log: (line) => log.push(line) });
		return { ...result, log: log.join('\n') };
	};

	it('takes an unchanged file from the cache, and cleans it again when its raw bytes, override or taxonomy change', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE } });
		expect((await ingest(root)).ok).toBe(true);
		expect(markCachedReports(root)).toBe(1);
		const hit = await ingest(root);
		expect(hit.log).toContain('(from the cache)');
		expect(hit.outcomes.map((o) => o.status)).toEqual(['unchanged']);

		mkdirSync(join(root, 'content', 'overrides'));
		writeFileSync(join(root, 'content', 'overrides', 'a.yaml'), 'title: 跨省公交线路再添十二条\n');
		const overridden = await ingest(root);
		expect(overridden.log).not.toContain('(from the cache)');
		expect(overridden.log).toContain('跨省公交线路再添十二条');
		expect(overridden.outcomes.map((o) => o.status)).toEqual(['written']);

		markCachedReports(root);
		writeFileSync(join(root, 'content', 'raw', 'a.txt'), ARTICLE.replace('十二条', '十三条'));
		const edited = await ingest(root);
		expect(edited.log).not.toContain('(from the cache)');
		expect(edited.outcomes.map((o) => o.status)).toEqual(['written']);

		markCachedReports(root);
		writeFileSync(join(root, 'content', 'taxonomy.yaml'), '- id: jiangsu\n  slug: jiangsu\n  name: 江苏\n  kind: place\n');
		const retagged = await ingest(root);
		expect(retagged.log).not.toContain('(from the cache)');
		expect(retagged.log).toContain('江苏 (jiangsu)');
	});

	it('re-cleans a file whose cache entry is corrupt, and writes the same article', async () => {
		const root = tempProject({ raw: { 'a.txt': ARTICLE } });
		await ingest(root);
		const [fingerprint] = readdirSync(join(root, '.cache', 'ingest', 'prepared'));
		const dir = join(root, '.cache', 'ingest', 'prepared', fingerprint!);
		for (const name of readdirSync(dir)) writeFileSync(join(dir, name), '{"key": "truncated');
		const again = await ingest(root);
		expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged']);
		expect(readdirSync(dir).map((name) => JSON.parse(readFileSync(join(dir, name), 'utf8')).value.status)).toEqual(['cleaned']);
	});
});
