import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { readFrontmatter } from './serialize.ts';

/**
 * The articles already in `content/articles/`, by raw path: what a run needs
 * to keep slugs, spot hand edits and leave unchanged files alone.
 *
 * Parsing the YAML frontmatter of every MDX is most of a re-run's time at
 * 10,000 articles, so what it gives (raw path, slug, aliases) is kept in an
 * index keyed by the sha256 of the whole file: a file whose text is in the
 * index is not parsed again; any other file (new, hand-edited) is. Being
 * keyed by content, the index can never be stale, only incomplete.
 */
export interface ExistingArticle {
	file: string;
	slug: string;
	aliases: string[];
	text: string;
}

type Indexed = [rawPath: string, slug: string, aliases: string[]];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function loadExistingArticles(articlesDir: string, indexFile: string | undefined): Map<string, ExistingArticle> {
	const byRaw = new Map<string, ExistingArticle>();
	if (!existsSync(articlesDir)) return byRaw;
	const index = indexFile ? readIndex(indexFile) : new Map<string, Indexed>();
	for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx'))) {
		const file = join(articlesDir, name);
		const text = readFileSync(file, 'utf8');
		const [rawPath, slug, aliases] = index.get(sha256(text)) ?? parsed(text);
		if (rawPath && slug) byRaw.set(rawPath, { file, slug, aliases, text });
	}
	return byRaw;
}

function parsed(text: string): Indexed {
	const data = readFrontmatter(text) as Partial<ArticleFrontmatter> | undefined;
	return [data?.raw?.path ?? '', data?.slug ?? '', data?.aliases ?? []];
}

/** Writes the index for the articles as they now stand (so files that went, go from it too). */
export function saveIndex(indexFile: string, articles: Iterable<{ text: string; rawPath: string; slug: string; aliases: string[] }>): void {
	const entries: Record<string, Indexed> = {};
	for (const a of articles) entries[sha256(a.text)] = [a.rawPath, a.slug, a.aliases];
	mkdirSync(dirname(indexFile), { recursive: true });
	const temporary = `${indexFile}.${process.pid}.tmp`;
	writeFileSync(temporary, JSON.stringify(entries));
	renameSync(temporary, indexFile);
}

function readIndex(indexFile: string): Map<string, Indexed> {
	try {
		const entries = JSON.parse(readFileSync(indexFile, 'utf8')) as Record<string, unknown>;
		const valid = Object.entries(entries).filter((entry): entry is [string, Indexed] => isIndexed(entry[1]));
		return new Map(valid);
	} catch {
		// No index yet, or a damaged one: every file is parsed.
		return new Map();
	}
}

const isIndexed = (value: unknown): value is Indexed =>
	Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string' && Array.isArray(value[2]) && value[2].every((alias) => typeof alias === 'string');
