import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readFrontmatter } from '../../src/ingest/serialize.ts';
import type { Script } from '../../src/lib/script.ts';

/** An ingested article as the harness needs it: its page's slug, title, script and MDX body. */
export interface IngestedArticle {
	slug: string;
	title: string;
	script: Script;
	body: string;
}

/** Every article MDX in `dir`, in file-name order. */
export function readArticles(dir: string): IngestedArticle[] {
	return readdirSync(dir)
		.filter((name) => name.endsWith('.mdx'))
		.sort()
		.map((name) => {
			const text = readFileSync(join(dir, name), 'utf8');
			const data = readFrontmatter(text) as { slug: string; title: string; script: Script };
			const body = text.slice(/^---\n[\s\S]*?\n---\n/u.exec(text)![0].length);
			return { slug: data.slug, title: data.title, script: data.script, body };
		});
}

/** The article whose body length is the median: the page whose weight is reported. */
export function medianArticle(articles: readonly IngestedArticle[]): IngestedArticle {
	return articles.toSorted((a, b) => a.body.length - b.body.length)[Math.floor(articles.length / 2)]!;
}

export const paragraphsOf = (body: string): string[] => body.split(/\n\n/u).map((p) => p.trim()).filter(Boolean);
