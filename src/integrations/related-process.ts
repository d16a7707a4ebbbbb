/**
 * The related-articles job, run by the `related-articles` integration in a
 * child process of `astro build` (`child-process.ts`): it reads the article
 * MDX files as the content collection does (frontmatter through the same
 * schema, body after it, trimmed), in the archive's order, and computes every
 * article's related links.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { sortNewestFirst } from '../lib/order';
import { relatedArticles, relatedInput } from '../lib/related';
import { type RelatedHandover, relatedInputsKey } from '../lib/related-handover';
import { splitArticleFile } from '../lib/article-file';
import { answerOneJob } from './child-process';

export interface RelatedJob {
	articlesDir: string;
}

async function readArticle(path: string) {
	try {
		return splitArticleFile(await readFile(path, 'utf8'));
	} catch (error) {
		throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
	}
}

answerOneJob(async ({ articlesDir }: RelatedJob): Promise<RelatedHandover> => {
	const files = (await readdir(articlesDir)).filter((f) => f.endsWith('.mdx'));
	const articles = sortNewestFirst(await Promise.all(files.map((f) => readArticle(join(articlesDir, f)))));
	const inputs = articles.map((a) => relatedInput(a.data, a.body));
	return { key: relatedInputsKey(inputs), links: [...relatedArticles(inputs)] };
});
