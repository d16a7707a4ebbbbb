import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import pMap from 'p-map';
import type { IndexedArticle } from '../lib/archive-index';
import { articleText, splitArticleFile } from '../lib/article-file';

/** The folder the site is built from (as in `src/content.config.ts`). */
export const articlesDir = () => process.env.ARTICLES_DIR || './content/articles';

/**
 * How many files are read at once. Opening every file of the archive at once fails past the
 * process's file limit (EMFILE at 21,956 articles under a limit of 20,000), and takes the
 * descriptors the build's bundler needs in the same process.
 */
const OPEN_FILES = 64;

/**
 * Every article MDX file in `dir`, in file-name order, read and parsed once:
 * its frontmatter through the one article schema, and its body's plain text.
 * The archive index and the search records are both made from this.
 */
export async function readArchive(dir = articlesDir()): Promise<IndexedArticle[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
	return pMap(
		files,
		async (file) => {
			const path = join(dir, file);
			try {
				const { data, body } = splitArticleFile(await readFile(path, 'utf8'));
				return { data, text: articleText(body) };
			} catch (error) {
				throw new Error(`${path}: ${(error as Error).message}`, { cause: error });
			}
		},
		{ concurrency: OPEN_FILES },
	);
}
