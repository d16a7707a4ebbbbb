import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runIngest } from '../../src/ingest/ingest.ts';
import { readFrontmatter } from '../../src/ingest/serialize.ts';
import type { ArticleFrontmatter } from '../../src/schemas/article.ts';
import { removeTempProjects, tempProject } from './temp-project.ts';

/* Invented articles and taxonomy. */
const TAXONOMY = [
	'- { id: wuxi, slug: wuxi, name: 无锡, kind: place, aliases: [无锡市] }',
	'- { id: changzhou, slug: changzhou, name: 常州, kind: place }',
	'- { id: yunhe, slug: da-yunhe, name: 大运河, kind: initiative, aliases: [京杭大运河] }',
	'- { id: wenlv, slug: wenlv, name: 文化旅游, kind: topic, aliases: [旅游] }',
].join('\n');

const SIMPLIFIED = [
	'新华社无锡4月2日电（记者 顾清和）无锡市今年将沿京杭大运河新建三处滨水公园，方便市民休闲。',
	'据了解，无锡运河沿线的老厂房将改造为文化空间，常州的游客也可以乘船前来。',
	'无锡有关部门表示，大运河文化带建设还将带动沿线旅游。',
	'',
].join('\n');

const TRADITIONAL = [
	'中央社常州5月6日電（記者 林家豪）常州市今年推動老街區改造，已有十條街道完成整修。',
	'市府表示，常州將持續改善街區環境，並與無錫共同推廣運河旅遊。',
	'',
].join('\n');

afterAll(removeTempProjects);

const project = (taxonomy: string | undefined, overrides: Record<string, string> = {}): string =>
	tempProject({ raw: { 'a.txt': SIMPLIFIED, 'b.txt': TRADITIONAL }, overrides, taxonomy });

const ingest = async (root: string, check = false) => {
	const lines: string[] = [];
	const result = await runIngest({ root, check, log: (line) => lines.push(line) });
	return { ...result, report: lines.join('\n') };
};

function tagsByRaw(root: string): Record<string, string[]> {
	const dir = join(root, 'content', 'articles');
	return Object.fromEntries(
		readdirSync(dir).map((name) => {
			const data = readFrontmatter(readFileSync(join(dir, name), 'utf8')) as ArticleFrontmatter;
			return [data.raw.path.split('/').pop()!, data.tags];
		}),
	);
}

describe('tagging in the ingest run', () => {
	it('records tags in frontmatter for both scripts and reports why', async () => {
		const root = project(TAXONOMY);
		const { ok, report } = await ingest(root);
		expect(ok).toBe(true);
		expect(tagsByRaw(root)).toEqual({ 'a.txt': ['wuxi', 'yunhe'], 'b.txt': ['changzhou'] });
		expect(report).toContain('无锡 (wuxi): 3 mentions, in lead as “无锡市” “无锡” — score 5 [auto]');
		expect(report).toContain('常州 (changzhou): 2 mentions, in lead as “常州” — score 4 [auto]');
		expect(report).toMatch(/below threshold: 常州 1/u);
		expect(report).toMatch(/candidate terms not yet in the taxonomy/u);
	});

	it('editor additions and removals survive re-ingest, and --check agrees', async () => {
		const root = project(TAXONOMY, { 'a.yaml': 'tags:\n  add: [wenlv]\n  remove: [yunhe]\n', 'b.yaml': 'tags: { add: [wuxi] }\n' });
		expect((await ingest(root)).ok).toBe(true);
		const first = tagsByRaw(root);
		expect(first).toEqual({ 'a.txt': ['wenlv', 'wuxi'], 'b.txt': ['wuxi', 'changzhou'] });
		const again = await ingest(root);
		expect(again.outcomes.map((o) => o.status)).toEqual(['unchanged', 'unchanged']);
		expect(tagsByRaw(root)).toEqual(first);
		expect((await ingest(root, true)).ok).toBe(true);
	});

	it('a changed taxonomy makes --check fail until the articles are re-ingested', async () => {
		const root = project(TAXONOMY);
		await ingest(root);
		expect((await ingest(root, true)).ok).toBe(true);
		writeFileSync(join(root, 'content', 'taxonomy.yaml'), TAXONOMY.replace(/^.*id: wuxi.*\n/mu, ''));
		expect((await ingest(root, true)).outcomes.map((o) => o.status)).toEqual(['would change', 'unchanged']);
		await ingest(root);
		expect(tagsByRaw(root)['a.txt']).toEqual(['yunhe']);
	});

	it('an unknown tag id in an override fails that article, naming the override file', async () => {
		const root = project(TAXONOMY, { 'a.yaml': 'tags: { add: [wuxii] }\n' });
		const { ok, outcomes, report } = await ingest(root);
		expect(ok).toBe(false);
		expect(outcomes.find((o) => o.raw.endsWith('a.txt'))).toMatchObject({ status: 'rejected', message: expect.stringMatching(/^content\/overrides\/a\.yaml: unknown tag id\(s\) "wuxii"/u) });
		expect(outcomes.find((o) => o.raw.endsWith('b.txt'))!.status).toBe('written');
		expect(report).toContain('content/overrides/a.yaml');
	});

	it('an invalid taxonomy stops the run before anything is written', async () => {
		const root = project(`${TAXONOMY}\n- { id: wuxi2, slug: wuxi2, name: 锡城, kind: place, aliases: [無錫] }\n`);
		const { ok, outcomes, report } = await ingest(root);
		expect(ok).toBe(false);
		expect(outcomes).toEqual([]);
		expect(report).toMatch(/content\/taxonomy\.yaml: invalid taxonomy[\s\S]*無錫/u);
		expect(readdirSync(join(root, 'content'))).not.toContain('articles');
	});

	it('without a taxonomy file nothing is tagged', async () => {
		const root = project(undefined);
		expect((await ingest(root)).ok).toBe(true);
		expect(tagsByRaw(root)).toEqual({ 'a.txt': [], 'b.txt': [] });
	});
});
