import { createHash } from 'node:crypto';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mdxToMarkdown } from 'mdast-util-mdx';
import { stringify, parse } from 'yaml';
import type { Root } from 'mdast';
import type { ArticleFrontmatter } from '../schemas/article.ts';

/**
 * Writes an article as MDX: YAML frontmatter, then the body serialized by
 * mdast-util-to-markdown with the MDX extension (which escapes anything in
 * the text that MDX would otherwise read as syntax).
 *
 * The frontmatter's `ingest.checksum` is the sha256 of the file with that
 * value left empty: when the file no longer matches it, an editor changed it.
 */
// Anchored to the top-level `ingest:` key (unique, at column 0), so a line of text that reads `  checksum: …` elsewhere (a multi-line title or note) is never taken for it.
const CHECKSUM_LINE = /(?<=^ingest:\n  version: \d+\n)(  checksum: ).*$/mu;

/**
 * MDX reads a line that starts with `import ` or `export ` as JavaScript (ESM);
 * mdast-util-mdx does not escape that in text, so the first letter is written
 * as a character reference (`&#x69;mport`), which reads back as plain text.
 */
const UNSAFE_IN_MDX = [
	{ character: 'i', atBreak: true, after: 'mport[ \\t]' },
	{ character: 'e', atBreak: true, after: 'xport[ \\t]' },
	// The site's MDX has GFM on, where ~~text~~ is strikethrough; mdast-util-mdx does not know it, so tildes in text are escaped here.
	{ character: '~', inConstruct: 'phrasing' as const },
];

export function serializeBody(tree: Root): string {
	return toMarkdown(tree, { extensions: [mdxToMarkdown(), { unsafe: UNSAFE_IN_MDX }], bullet: '-', emphasis: '_', fences: true, rule: '-' });
}

/** The article as MDX; `body` is an mdast tree or a body already serialized (see `bodyOf`). */
export function serializeArticle(frontmatter: Omit<ArticleFrontmatter, 'ingest'> & { ingest: { version: number } }, body: Root | string): string {
	// YAML 1.1 quoting: Astro reads frontmatter with js-yaml (YAML 1.1), which would turn an unquoted 2017-07-28 into a Date.
	// Frontmatter has no shared objects to write as YAML aliases; not looking for them saves a third of the time.
	const yaml = stringify({ ...frontmatter, ingest: { version: frontmatter.ingest.version, checksum: '' } }, { lineWidth: 0, version: '1.1', aliasDuplicateObjects: false });
	const unsigned = `---\n${yaml}---\n\n${typeof body === 'string' ? body : serializeBody(body)}`;
	return unsigned.replace(CHECKSUM_LINE, `$1${checksumOf(unsigned)}`);
}

function checksumOf(unsignedText: string): string {
	return createHash('sha256').update(unsignedText.replace(CHECKSUM_LINE, '$1""'), 'utf8').digest('hex');
}

/** Whether an MDX file is exactly as the ingest wrote it (no hand edits since). */
export function isUntouched(fileText: string): boolean {
	const recorded = CHECKSUM_LINE.exec(fileText)?.[0].split('checksum: ')[1]?.trim();
	return recorded !== undefined && recorded === checksumOf(fileText);
}

/** The serialized body of an MDX file the ingest wrote: everything after the frontmatter's closing line. */
export function bodyOf(fileText: string): string {
	const end = fileText.indexOf('\n---\n\n');
	if (!fileText.startsWith('---\n') || end < 0) throw new Error('not an MDX file written by the ingest (no frontmatter)');
	return fileText.slice(end + '\n---\n\n'.length);
}

/** The frontmatter of an existing MDX file, or undefined when it has none that parses. */
export function readFrontmatter(fileText: string): Record<string, unknown> | undefined {
	const match = /^---\n([\s\S]*?)\n---\n/u.exec(fileText);
	if (!match) return undefined;
	try {
		return parse(match[1]!) as Record<string, unknown>;
	} catch {
		return undefined;
	}
}
