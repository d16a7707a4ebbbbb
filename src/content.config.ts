import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';

/**
 * Cleaned articles written by the ingest (`npm run ingest`), one MDX file each.
 * `ARTICLES_DIR` points the site at another folder (e.g. test fixtures).
 */
const articles = defineCollection({
	loader: glob({ pattern: '*.mdx', base: process.env.ARTICLES_DIR || './content/articles' }),
	schema: articleSchema,
});

export const collections = { articles };
