import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { permalinkRegistry, type PermalinkRegistry } from '../src/lib/permalinks';
import { loadRedirects } from '../src/lib/redirects';
import { loadTaxonomy } from '../src/lib/taxonomy';
import { type ArticleFrontmatter, articleSchema } from '../src/schemas/article';

/** The committed permalink registry. */
export const REGISTRY_PATH = 'content/permalinks.json';

/** Every article's frontmatter, validated, from `content/articles/` (the folder the site is built from). */
export function readFrontmatters(dir = process.env.ARTICLES_DIR || 'content/articles'): ArticleFrontmatter[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((file) => {
			const match = /^---\r?\n([\s\S]*?)\r?\n---/u.exec(readFileSync(join(dir, file), 'utf8'));
			if (!match) throw new Error(`${file}: no frontmatter`);
			return articleSchema.parse(parse(match[1]!));
		});
}

/** The registry the site as it stands would serve: its articles, `content/taxonomy.yaml` and `content/redirects.yaml`. */
export function currentRegistry(): PermalinkRegistry {
	return permalinkRegistry(readFrontmatters(), loadTaxonomy('content/taxonomy.yaml'), loadRedirects());
}
