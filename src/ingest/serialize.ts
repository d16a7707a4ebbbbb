import { createHash } from 'node:crypto';
import { toMarkdown, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
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
 * MDX reads a line that starts with `import` or `export` as JavaScript (ESM)
 * when the word is followed by a space, a tab, a line end, `{`, `*`, a quote…
 * (the site's parser even takes a lone `export`); mdast-util-mdx does not
 * escape that in text, so whenever the word is not part of a longer word its
 * first letter is written as a character reference (`&#x65;xport`), which
 * reads back as plain text.
 */
const UNSAFE_IN_MDX = [
	{ character: 'i', atBreak: true, after: 'mport(?![A-Za-z0-9_$])' },
	{ character: 'e', atBreak: true, after: 'xport(?![A-Za-z0-9_$])' },
];

/**
 * Made once: the extensions hold no state between calls, and
 * mdast-util-to-markdown compiles each unsafe pattern into a regular
 * expression once per pattern object (new objects per article meant
 * compiling them all again for every article).
 */
const TO_MARKDOWN: ToMarkdownOptions = { extensions: [mdxToMarkdown(), gfmToMarkdown(), { unsafe: UNSAFE_IN_MDX }], bullet: '-', emphasis: '_', fences: true, rule: '-' };

/**
 * The body as the site's MDX parser must read it back: text stays exactly the
 * text. The GFM extension is there because the site parses with GFM on: it
 * escapes what GFM would otherwise turn into an autolink (`http\://`,
 * `www\.`, `a\@b.c`; inside an autolink a backslash is not an escape, so a
 * `\<` after a URL would be swallowed and the `<` start JSX), strikethrough
 * (`~`) or a footnote reference.
 */
export function serializeBody(tree: Root): string {
	return toMarkdown(tree, TO_MARKDOWN);
}

/**
 * A string the frontmatter may not hold: noncharacters and lone surrogates are
 * never text, and Astro's YAML reader refuses U+FFFE/U+FFFF (the build would
 * stop). The cleaner turns them into a flagged U+FFFD in the article text
 * (`normalize`); one that still arrives (from an override) is an error naming
 * the field, never written.
 */
function assertText(value: unknown, field: string): void {
	if (typeof value === 'string') {
		const noncharacter = /\p{Noncharacter_Code_Point}/u.exec(value)?.[0];
		const bad = !value.isWellFormed() ? 'a lone surrogate' : noncharacter && `U+${noncharacter.codePointAt(0)!.toString(16).toUpperCase()}`;
		if (bad) throw new Error(`${field}: contains ${bad}, which is not a character; correct the text (an override?)`);
	} else if (Array.isArray(value)) value.forEach((item, i) => assertText(item, `${field}[${i}]`));
	else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) assertText(item, field ? `${field}.${key}` : key);
}

/** The article as MDX; `body` is an mdast tree or a body already serialized (see `bodyOf`). */
export function serializeArticle(frontmatter: Omit<ArticleFrontmatter, 'ingest'> & { ingest: { version: number } }, body: Root | string): string {
	assertText(frontmatter, '');
	// YAML 1.1 quoting: Astro reads frontmatter with js-yaml (YAML 1.1), which would turn an unquoted 2017-07-28 into a Date.
	// Frontmatter has no shared objects to write as YAML aliases; not looking for them saves a third of the time.
	// It has no directives either (the `---` lines are written here): `directives: false` spares a walk of the document looking for tags to declare.
	const yaml = stringify({ ...frontmatter, ingest: { version: frontmatter.ingest.version, checksum: '' } }, { lineWidth: 0, version: '1.1', aliasDuplicateObjects: false, directives: false });
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
