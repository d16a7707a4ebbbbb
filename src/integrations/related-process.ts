/**
 * The related-articles job, run by the `related-articles` integration in a
 * child process of `astro build` (`child-process.ts`): it reads the article
 * MDX files as the content collection does (frontmatter through the same
 * schema, body after it, trimmed), in the archive's order, and computes every
 * article's related links.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { sortNewestFirst } from '../lib/order';
import { relatedArticles, relatedInput } from '../lib/related';
import { type RelatedHandover, relatedInputsKey } from '../lib/related-handover';
import { articleSchema } from '../schemas/article';
import { answerOneJob } from './child-process';

export interface RelatedJob {
	articlesDir: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/u;

async function readArticle(path: string) {
	const text = await readFile(path, 'utf8');
	const match = FRONTMATTER.exec(text);
	if (!match) throw new Error(`${path}: no frontmatter`);
	return { data: articleSchema.parse(parse(match[1]!)), body: text.slice(match[0].length).trim() };
}

answerOneJob(async ({ articlesDir }: RelatedJob): Promise<RelatedHandover> => {
	const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.mdx'));
	const articles = sortNewestFirst(await Promise.all(files.map((f) => readArticle(join(articlesDir, f)))));
	const inputs = articles.map((a) => relatedInput(a.data, a.body));
	return { key: relatedInputsKey(inputs), links: [...relatedArticles(inputs)] };
});
