import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { spread, treeRssKb } from '../../scripts/bench/measure';
import { buildPhases } from '../../scripts/bench/phases';
import { selectFiles } from '../../scripts/bench/select';

/** An `astro build` log in Astro 7's format, stamped as the harness stamps lines (seconds since start). */
const log = (lines: [number, string][]) => lines.map(([at, text]) => ({ at, text }));

describe('buildPhases (the benchmark reads where astro build spent its time)', () => {
	const sequential = log([
		[1.0, '03:04:06 [content] Synced content'],
		[1.5, '03:04:06 [build] ✓ Completed in 996ms.'],
		[2.0, '03:04:06 [build] Building static entrypoints...'],
		[3.5, ' generating static routes '],
		[3.6, '03:04:07   ├─ /404.html (+15ms) '],
		[9.5, '03:04:08 ✓ Completed in 5.9s.'],
		[12.0, '03:04:08 [delta-archive:search-index] search index: 40 articles → /tmp/x/dist/pagefind'],
		[12.1, '03:04:08 [build] 127 page(s) built in 10.1s'],
	]);

	it('times each phase between the lines that open and close it', () => {
		expect(buildPhases(sequential)).toEqual({ setup: 2, bundle: 1.5, render: 6, indexDoneAt: 12, indexAfterRender: 2.5, pages: 127, paths: 1, reused: 0 });
	});

	it('counts the paths written and those an incremental build reused, even on interleaved lines', () => {
		const incremental = log([
			[3.5, ' generating static routes '],
			[3.6, '03:04:07   ├─ /404.html (+15ms) '],
			[3.7, '03:04:07   ├─ /raw/a.txt/03:04:07   ├─ /raw/b.txt/ (restored)'],
			[3.8, ' (restored)'],
			[3.9, '03:04:07   ├─ /articles/x/index.html (cached)'],
			[4.0, '03:04:07   ├─ /articles/y/index.html (+3ms) '],
			[4.5, '03:04:08 ✓ Completed in 1.0s.'],
			[5.0, '03:04:08 [build] 5 page(s) built in 2.1s'],
		]);
		expect(buildPhases(incremental)).toMatchObject({ pages: 5, paths: 5, reused: 3 });
	});

	it('counts no index time after rendering when the index was written during it', () => {
		const background = log([
			[2.0, '[build] Building static entrypoints...'],
			[3.5, ' generating static routes '],
			[7.0, '[delta-archive:search-index] search index: 40 articles'],
			[9.5, '✓ Completed in 5.9s.'],
		]);
		expect(buildPhases(background)).toMatchObject({ render: 6, indexDoneAt: 7, indexAfterRender: 0 });
	});

	it('leaves a phase out, rather than guessing, when its lines are missing', () => {
		const phases = buildPhases(sequential.filter((l) => !l.text.includes('generating static routes')));
		expect(phases.bundle).toBeUndefined();
		expect(phases.render).toBeUndefined();
		expect(phases.setup).toBe(2);
	});
});

describe('spread', () => {
	it('gives the nearest-rank median, 90th percentile and maximum', () => {
		expect(spread([5, 1, 4, 2, 3, 6, 7, 8, 9, 10])).toEqual({ median: 5, p90: 9, max: 10 });
		expect(spread([])).toBeUndefined();
	});
});

describe('selectFiles', () => {
	const corpus = mkdtempSync(join(tmpdir(), 'bench-select-'));
	afterAll(() => rmSync(corpus, { recursive: true, force: true }));
	for (const sub of ['a', 'b']) {
		mkdirSync(join(corpus, sub));
		for (let i = 0; i < 5; i++) writeFileSync(join(corpus, sub, `${i}.txt`), `${sub}${i}`);
	}
	writeFileSync(join(corpus, 'README.md'), 'not an article');

	it('spreads N files over both sub-folders and keeps one more aside for growth', () => {
		const { files, extra } = selectFiles(corpus, 4);
		expect(files).toHaveLength(4);
		expect(files.some((f) => f.includes('/a/'))).toBe(true);
		expect(files.some((f) => f.includes('/b/'))).toBe(true);
		expect(extra).toBeDefined();
		expect(files).not.toContain(extra);
		expect(selectFiles(corpus, 4)).toEqual({ files, extra });
	});

	it('takes the whole corpus when N covers it (or is not given): every article file but one, which growth adds', () => {
		const { files, extra } = selectFiles(corpus, 100);
		expect(files).toHaveLength(9);
		expect(files.some((f) => f.endsWith('README.md'))).toBe(false);
		expect(extra).toBeDefined();
		expect(new Set([...files, extra]).size).toBe(10);
		expect(selectFiles(corpus)).toEqual({ files, extra });
	});
});

describe('treeRssKb (the benchmark adds up the memory of a build and the processes it starts)', () => {
	// `ps -e -o pid=,ppid=,rss=`: 10 is the build; 11 its indexer child; 12 the indexer's service; 20 an unrelated process.
	const listing = ['    1     0   1000', '   10     1 500000', '   11    10 200000', '   12    11 9000000', '   20     1 777777', ''].join('\n');

	it('sums the root and every descendant, at any depth, and nothing else', () => {
		expect(treeRssKb(listing, 10)).toBe(500000 + 200000 + 9000000);
		expect(treeRssKb(listing, 11)).toBe(200000 + 9000000);
	});

	it('is 0 for a process that has gone', () => {
		expect(treeRssKb(listing, 99)).toBe(0);
	});
});
