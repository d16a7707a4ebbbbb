import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitArticleFile } from './article-file';
import { bodyParagraphs } from './paragraphs';
import { permalinkRegistry, type PermalinkRegistry, type RegisteredArticle } from './permalinks';
import { loadRedirects } from './redirects';
import { loadTaxonomy } from './taxonomy';

/**
 * The permalink registry's inputs, read from disk: for `npm run permalinks`,
 * its test, and the article pages (which place the recorded anchors).
 */

/** The committed permalink registry. */
export const REGISTRY_PATH = 'content/permalinks.json';

/** Every article's frontmatter and body paragraphs, validated, from `content/articles/` (the folder the site is built from). */
export function readRegisteredArticles(dir = process.env.ARTICLES_DIR || 'content/articles'): RegisteredArticle[] {
	return readdirSync(dir)
		.filter((f) => f.endsWith('.mdx'))
		.sort()
		.map((file) => {
			try {
				const { data, body } = splitArticleFile(readFileSync(join(dir, file), 'utf8'));
				return { ...data, paragraphs: bodyParagraphs(body) };
			} catch (error) {
				throw new Error(`${file}: ${error instanceof Error ? error.message : String(error)}`);
			}
		});
}

/** The committed registry, or `undefined` when there is none yet. */
export function readCommittedRegistry(path = REGISTRY_PATH): PermalinkRegistry | undefined {
	let text: string;
	try {
		text = readFileSync(path, 'utf8');
	} catch {
		return undefined;
	}
	const registry = JSON.parse(text) as PermalinkRegistry;
	return { ...registry, anchors: registry.anchors ?? {} };
}

/** The registry the site as it stands would serve: its articles, `content/taxonomy.yaml`, `content/redirects.yaml` and the anchors already committed. */
export function currentRegistry(committed = readCommittedRegistry()): PermalinkRegistry {
	return permalinkRegistry(readRegisteredArticles(), loadTaxonomy('content/taxonomy.yaml'), loadRedirects(), committed);
}
