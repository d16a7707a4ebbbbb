import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest, type IngestOptions } from '../../src/ingest/ingest.ts';
import { removeTempProjects, tempProject } from './temp-project.ts';

/*
 * Whatever the number of worker threads, and whatever the cache holds, a run
 * writes the same files and reports the same outcomes in the same order: the
 * order-dependent decisions (duplicates, slug collisions) are made in input
 * order however the workers finish.
 */

afterAll(removeTempProjects);

const CITIES = ['苏州', '无锡', '南通', '嘉兴', '湖州', '金华', '芜湖', '合肥', '宁波', '绍兴', '常州', '扬州'];

/** An invented dateline article about one city. */
const article = (city: string, i: number): string =>
	[
		`新华社${city}${(i % 12) + 1}月${(i % 27) + 1}日电（记者 王${'明亮清远'[i % 4]}）${city}市今年推进长三角一体化，新开通跨省公交线路${i + 3}条，沿线群众出行更加便捷。`,
		`据介绍，新线路主要连接${city}与上海、杭州等地，日均客流超过${(i + 2) * 1000}人次。`,
		`${city}市交通运输局有关负责人表示，下一步将继续推进毗邻地区公交一体化。`,
		'',
	].join('\n');

function files(): { raw: Record<string, string | Uint8Array>; overrides: Record<string, string> } {
	const raw: Record<string, string | Uint8Array> = {};
	CITIES.forEach((city, i) => (raw[`city-${String(i).padStart(2, '0')}.txt`] = article(city, i)));
	// The same bytes, the same text differently wrapped, and a file with no article text: rejected in input order.
	raw['copy-of-03.txt'] = raw['city-03.txt']!;
	raw['rewrapped-05.txt'] = (raw['city-05.txt'] as string).replace(/，/gu, '，\n').replace(/\n/gu, '\r\n');
	raw['boilerplate.txt'] = '版权所有 © 2024 示例日报社\n转载请注明出处\n全部评论\n';
	raw['big5.txt'] = iconv.encode('中央社臺北6月2日電（記者 陳怡君）臺北市推動老舊公寓加裝電梯，已有一百二十棟完成施工。\n市府表示，將持續簡化申請流程。\n', 'big5');
	// Two articles given the same title and date: the first in input order gets the slug, the second -2.
	const same = "title: 长三角交通一体化提速\ndate: '2024-03-18'\n";
	return { raw, overrides: { 'city-07.yaml': same, 'city-02.yaml': same } };
}

/** Every file under `dir` (relative path → contents), `.cache` excluded. */
function contents(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		const path = join(entry.parentPath, entry.name);
		if (entry.isFile() && !path.includes('/.cache/')) out[path.slice(dir.length + 1)] = readFileSync(path).toString('base64');
	}
	return out;
}

async function run(options: Partial<IngestOptions>) {
	const root = tempProject(files());
	const log: string[] = [];
	const { outcomes, ok } = await runIngest({ root, log: (line) => log.push(line), ...options });
	return { root, outcomes, ok, log, files: contents(root) };
}

// Starting worker threads (each loads the cleaner) takes seconds on a busy machine.
describe('ingest run on worker threads', { timeout: 60_000 }, () => {
	it('writes byte for byte what a run in one thread writes, with the same outcomes and report', async () => {
		const single = await run({ threads: 0, cache: false });
		const pooled = await run({ threads: 2, cache: false });
		expect(single.outcomes.map((o) => o.status)).toContain('rejected');
		expect(single.outcomes.filter((o) => o.status === 'written')).toHaveLength(CITIES.length + 1);
		expect(Object.values(single.files).length).toBeGreaterThan(CITIES.length * 2);
		expect(pooled.outcomes).toEqual(single.outcomes);
		expect(pooled.log).toEqual(single.log);
		expect(pooled.files).toEqual(single.files);
	});

	it('writes the same again from the cache, on threads or not', async () => {
		const cold = await run({ threads: 0, cache: false });
		const warm = await run({ threads: 2 });
		expect(existsSync(join(warm.root, '.cache', 'ingest'))).toBe(true);
		// The articles go, the cache stays: the next run takes every article from the cache.
		rmSync(join(warm.root, 'content', 'articles'), { recursive: true });
		const log: string[] = [];
		const again = await runIngest({ root: warm.root, threads: 2, log: (line) => log.push(line) });
		expect(again.outcomes).toEqual(cold.outcomes);
		expect(log).toEqual(cold.log);
		expect(contents(warm.root)).toEqual(cold.files);
	});
});
