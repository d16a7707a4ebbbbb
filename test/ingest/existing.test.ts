import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadExistingArticles, saveIndex } from '../../src/ingest/existing.ts';
import { removeTempProjects, tempDir } from './temp-project.ts';

afterAll(removeTempProjects);

const mdx = (slug: string, raw: string, aliases: string[] = []) =>
	`---\ntitle: 标题\nslug: ${slug}\naliases: ${JSON.stringify(aliases)}\nraw:\n  path: ${raw}\n---\n\n正文。\n`;

function articles(): { dir: string; index: string } {
	const root = tempDir();
	const dir = join(root, 'articles');
	mkdirSync(dir);
	writeFileSync(join(dir, 'a.mdx'), mdx('2024-a', 'content/raw/a.txt', ['old-a']));
	writeFileSync(join(dir, 'b.mdx'), mdx('2024-b', 'content/raw/b.txt'));
	writeFileSync(join(dir, 'notes.txt'), 'not an article');
	return { dir, index: join(root, 'cache', 'articles.json') };
}

const summary = (existing: ReturnType<typeof loadExistingArticles>) => Object.fromEntries([...existing.byRaw].map(([raw, a]) => [raw, [a.slug, a.aliases, a.file.split('/').pop()]]));

describe('the articles already written', () => {
	it('are read from their frontmatter, by raw path', () => {
		const { dir, index } = articles();
		expect(summary(loadExistingArticles(dir, index))).toEqual({ 'content/raw/a.txt': ['2024-a', ['old-a'], 'a.mdx'], 'content/raw/b.txt': ['2024-b', [], 'b.mdx'] });
	});

	it('are taken from the index when the file is byte for byte the one indexed, and parsed again when it is not', () => {
		const { dir, index } = articles();
		const existing = loadExistingArticles(dir, index);
		saveIndex(index, [...existing.byRaw].map(([rawPath, a]) => ({ rawPath, ...a })));
		expect(summary(loadExistingArticles(dir, index))).toEqual(summary(existing));
		// An index entry that disagrees with its file shows the index is what was read…
		const entries = JSON.parse(readFileSync(index, 'utf8')) as Record<string, [string, string, string[], string]>;
		for (const entry of Object.values(entries)) entry[1] = `${entry[1]}-indexed`;
		writeFileSync(index, JSON.stringify(entries));
		expect(summary(loadExistingArticles(dir, index))['content/raw/b.txt']).toEqual(['2024-b-indexed', [], 'b.mdx']);
		// …and a file edited since is parsed, whatever the index says.
		writeFileSync(join(dir, 'b.mdx'), mdx('2024-b-edited', 'content/raw/b.txt'));
		expect(summary(loadExistingArticles(dir, index))['content/raw/b.txt']).toEqual(['2024-b-edited', [], 'b.mdx']);
	});

	it('are parsed when the index is damaged or missing', () => {
		const { dir, index } = articles();
		const expected = summary(loadExistingArticles(dir, undefined));
		mkdirSync(join(index, '..'), { recursive: true });
		for (const damaged of ['{"abc": ', '[]', JSON.stringify({ x: 'not an entry' })]) {
			writeFileSync(index, damaged);
			expect(summary(loadExistingArticles(dir, index))).toEqual(expected);
		}
	});
});
