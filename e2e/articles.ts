import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';

/** What the e2e tests need from an article's frontmatter. */
export interface ArticleInfo {
	file: string;
	slug: string;
	title: string;
	script: 'hans' | 'hant';
	aliases: string[];
	/** Taxonomy tag ids, best first. */
	tags: string[];
	/** The date as the frontmatter states it: `YYYY[-MM[-DD]]` at `precision`, or empty. */
	date: { value: string; precision: string };
}

/** The folder the site is built from (see `src/content.config.ts`). */
export const articlesDir = process.env.ARTICLES_DIR || 'content/articles';

/** Every article the site should have a page for, read from the MDX frontmatter. */
export function readArticles(dir = articlesDir): ArticleInfo[] {
	let files: string[];
	try {
		files = readdirSync(dir).filter((f) => f.endsWith('.mdx'));
	} catch {
		return [];
	}
	return files.sort().map((file) => {
		const text = readFileSync(join(dir, file), 'utf8');
		const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
		if (!match) throw new Error(`${file}: no frontmatter`);
		const data = parse(match[1]) as Partial<ArticleInfo>;
		return {
			file,
			slug: String(data.slug),
			title: String(data.title),
			script: data.script === 'hant' ? 'hant' : 'hans',
			aliases: data.aliases ?? [],
			tags: data.tags ?? [],
			date: { value: String(data.date?.value ?? ''), precision: String(data.date?.precision ?? 'unknown') },
		};
	});
}

/** What the e2e tests need from a taxonomy entry (`content/taxonomy.yaml`). */
export interface TagInfo {
	id: string;
	slug: string;
	name: string;
	kind: string;
}

/** Every tag in the taxonomy, by id. */
export function readTaxonomy(path = 'content/taxonomy.yaml'): Map<string, TagInfo> {
	const tags = (parse(readFileSync(path, 'utf8')) ?? []) as TagInfo[];
	return new Map(tags.map((tag) => [tag.id, tag]));
}
