import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse } from 'yaml';
import { writeFileAtomically, type FaultPlan } from './atomic-write.ts';
import { firstLine, refuse, type Refusal } from './refusals.ts';

/**
 * The articles already in `content/articles/`, by raw path: what a run needs
 * to keep slugs, spot hand edits and leave unchanged files alone.
 *
 * Parsing the YAML frontmatter of every MDX is most of a re-run's time at
 * 10,000 articles, so what it gives (raw path, slug, aliases, the raw file's
 * sha256) is kept in an index keyed by the sha256 of the whole file: a file
 * whose text is in the index is not parsed again; any other file (new,
 * hand-edited) is. Being keyed by content, the index can never be stale, only
 * incomplete.
 *
 * An MDX whose frontmatter does not parse, or lacks its slug or raw path, is
 * never skipped: that would make its raw file look new and its file be written
 * over. It is refused, and the run stops before writing anything.
 */
export interface ExistingArticle {
	file: string;
	slug: string;
	aliases: string[];
	text: string;
	/** The sha256 of the raw file it was made from (to recognise the raw file under a new name). */
	rawSha256: string;
}

export interface ExistingArticles {
	byRaw: Map<string, ExistingArticle>;
	/** Every slug an article file's name takes, whatever its frontmatter says: a new article never gets one. */
	fileSlugs: Set<string>;
	/** Files the run cannot read as articles; any of them stops the run. */
	unreadable: Refusal[];
}

type Indexed = [rawPath: string, slug: string, aliases: string[], rawSha256: string];

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function loadExistingArticles(articlesDir: string, indexFile: string | undefined, shown: (path: string) => string = (p) => p): ExistingArticles {
	const existing: ExistingArticles = { byRaw: new Map(), fileSlugs: new Set(), unreadable: [] };
	if (!existsSync(articlesDir)) return existing;
	const index = indexFile ? readIndex(indexFile) : new Map<string, Indexed>();
	for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx')).sort()) {
		const file = join(articlesDir, name);
		existing.fileSlugs.add(name.slice(0, -'.mdx'.length));
		const text = readFileSync(file, 'utf8');
		const entry = index.get(sha256(text)) ?? parsed(text);
		if ('problem' in entry) {
			existing.unreadable.push(entry.problem(shown(file)));
			continue;
		}
		const [rawPath, slug, aliases, rawSha256] = entry;
		const other = existing.byRaw.get(rawPath);
		if (other) existing.unreadable.push(refuse.sameRaw(shown(file), shown(other.file), rawPath));
		else existing.byRaw.set(rawPath, { file, slug, aliases, text, rawSha256 });
	}
	return existing;
}

type Problem = { problem: (file: string) => Refusal };

function parsed(text: string): Indexed | Problem {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/u.exec(text);
	if (!match) return { problem: (file) => refuse.brokenFrontmatter(file, 'no frontmatter between --- lines') };
	let data: unknown;
	try {
		data = parse(match[1]!);
	} catch (error) {
		return { problem: (file) => refuse.brokenFrontmatter(file, firstLine(error)) };
	}
	const fields = (typeof data === 'object' && data !== null ? data : {}) as { slug?: unknown; aliases?: unknown; raw?: { path?: unknown; sha256?: unknown } };
	if (typeof fields.slug !== 'string' || fields.slug === '') return { problem: (file) => refuse.missingField(file, 'slug') };
	if (typeof fields.raw?.path !== 'string' || fields.raw.path === '') return { problem: (file) => refuse.missingField(file, 'raw path (raw: path:)') };
	const aliases = Array.isArray(fields.aliases) ? fields.aliases.filter((a): a is string => typeof a === 'string') : [];
	return [fields.raw.path, fields.slug, aliases, typeof fields.raw.sha256 === 'string' ? fields.raw.sha256 : ''];
}

/** Writes the index for the articles as they now stand (so files that went, go from it too). */
export function saveIndex(indexFile: string, articles: Iterable<{ text: string; rawPath: string; slug: string; aliases: string[]; rawSha256: string }>, faults?: FaultPlan): void {
	const entries: Record<string, Indexed> = {};
	for (const a of articles) entries[sha256(a.text)] = [a.rawPath, a.slug, a.aliases, a.rawSha256];
	mkdirSync(dirname(indexFile), { recursive: true });
	writeFileAtomically(indexFile, JSON.stringify(entries), 'index', { faults });
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
	Array.isArray(value) &&
	value.length === 4 &&
	typeof value[0] === 'string' &&
	value[0] !== '' &&
	typeof value[1] === 'string' &&
	value[1] !== '' &&
	Array.isArray(value[2]) &&
	value[2].every((alias) => typeof alias === 'string') &&
	typeof value[3] === 'string';
