import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articlesDir } from '../src/integrations/archive-files';
import { splitArticleFile } from '../src/lib/article-file';
import type { ArticleFrontmatter } from '../src/schemas/article';

/** The committed permalink registry. */
export const REGISTRY_PATH = 'content/permalinks.json';

/** Every article's frontmatter, validated, from the folder the site is built from. */
export function readFrontmatters(dir = articlesDir()): ArticleFrontmatter[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((file) => {
			try {
				return splitArticleFile(readFileSync(join(dir, file), 'utf8')).data;
			} catch (error) {
				throw new Error(`${file}: ${(error as Error).message}`, { cause: error });
			}
		});
}
