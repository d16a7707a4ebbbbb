import { z } from 'astro/zod';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article';
import { articleText } from './article-file';
import { withIds } from './paragraph-ids';
import { bodyParagraphs } from './paragraphs';
import { absolute, articleDataPath, articlePath, rawPath } from './urls';

/**
 * The archive as open data: one record per article, its metadata and its
 * cleaned text in the article's own script, published as
 * `/data/articles.jsonl` (every record, one a line) and
 * `/data/articles/<slug>.json` (one record), with a JSON Schema generated
 * from this zod schema (`public/data/articles.schema.json`,
 * `npm run data-schema`). The text belongs to its publishers: docs/data.md.
 *
 * The record is the article's frontmatter as the ingest wrote and validated
 * it (`src/schemas/article.ts`, every field documented there), without the
 * ingest's bookkeeping, plus its text, its paragraphs with their permanent
 * IDs, and its URLs. The other edition is a conversion by OpenCC made for
 * reading (`lib/edition.ts`), not a source, so only its URL is given.
 */

const { ingest: _bookkeeping, ...frontmatter } = articleSchema.shape;

/** What each frontmatter field holds, for readers of the published schema (the zod schema documents them in comments). */
const FIELD_DESCRIPTIONS: Partial<Record<keyof typeof frontmatter, string>> = {
	title: 'The headline, in the article’s original script.',
	subtitle: 'A subtitle (副题) printed under the headline.',
	kicker: 'A kicker (引题/栏目), the short line above the headline.',
	titleSource: 'Where the title came from and how sure the ingest is about it.',
	slug: 'The permanent URL segment: /articles/<slug>/. Never changes.',
	aliases: 'Former slugs, which redirect to this article.',
	date: 'The publication date at its real precision: value is YYYY-MM-DD, YYYY-MM or YYYY (empty when unknown, precision "unknown"); source quotes the evidence.',
	publisher: 'The original publisher (outlet), e.g. 经济日报; empty when unknown.',
	publisherSource: 'How the publisher was found and how sure the ingest is.',
	authors: 'Reporters and writers credited in the byline, with their role as printed.',
	editors: 'Editors credited in the byline.',
	sourceUrl: 'The URL the article was published at or reposted from, as provenance.',
	script: 'The script of the original text: hans (简体) or hant (繁體). text and paragraphs are in this script.',
	summary: 'The first sentences of the body.',
	raw: 'The raw file the article was cleaned from: its path in the repository, the SHA-256 of its bytes and the encoding it was decoded from.',
	flags: 'What the cleaner could not repair with certainty (garbled characters, lost numbers, missing metadata); each is marked in the text.',
	removed: 'Text the cleaner removed from the raw file (boilerplate, datelines, bylines…), quoted.',
	repaired: 'Changes the cleaner made with certainty: from, to, and why it is certain.',
	tags: 'Tag ids of content/taxonomy.yaml, best first.',
};

const described = Object.fromEntries(
	Object.entries(frontmatter).map(([name, schema]) => {
		const description = FIELD_DESCRIPTIONS[name as keyof typeof frontmatter];
		return [name, description ? schema.describe(description) : schema];
	}),
) as typeof frontmatter;

export const articleRecordSchema = z
	.object({
		...described,
		text: z.string().describe('The cleaned text as a reader sees it, one line per block (paragraph, subheading, caption), in the original script; a number lost upstream (a gap flag) is a space.'),
		paragraphs: z
			.array(
				z.object({
					id: z.string().describe('The paragraph’s permanent ID, the same in both editions: cite it as <urls.hans>#<id>.'),
					text: z.string().describe('The paragraph’s text, in the original script (a lost number leaves no mark here; see text).'),
				}),
			)
			.describe('The body paragraphs (not captions or subheadings), in order.'),
		urls: z
			.object({
				hans: z.string().describe('The article’s page in the 简体 edition.'),
				hant: z.string().describe('The article’s page in the 繁體 edition.'),
				raw: z.string().describe('The raw file, decoded to UTF-8 text.'),
				record: z.string().describe('This record on its own, as JSON.'),
			})
			.describe('Absolute URLs. The edition that is not the original script is converted by OpenCC for reading.'),
	})
	.meta({
		title: 'Delta Archive article',
		description: 'One article of 长三角档案 Delta Archive: its metadata and cleaned text. The text belongs to its publishers; see the archive’s /data/ page.',
	});

export type ArticleRecord = z.infer<typeof articleRecordSchema>;

/** The published JSON Schema of a record (draft 2020-12), as committed in `public/data/articles.schema.json`. */
export function articleRecordJsonSchema(): string {
	return `${JSON.stringify(z.toJSONSchema(articleRecordSchema, { target: 'draft-2020-12', io: 'output' }), null, '\t')}\n`;
}

/** An article's open-data record, from its frontmatter and MDX body; URLs are made absolute on `site`. */
export function articleRecord(data: ArticleFrontmatter, body: string, site: URL | string | undefined): ArticleRecord {
	const { ingest: _ingest, ...fields } = data;
	return {
		...fields,
		text: articleText(body),
		paragraphs: withIds(bodyParagraphs(body)).map(({ id, text }) => ({ id, text })),
		urls: {
			hans: absolute(articlePath('hans', data.slug), site),
			hant: absolute(articlePath('hant', data.slug), site),
			raw: absolute(rawPath(data.raw.path), site),
			record: absolute(articleDataPath(data.slug), site),
		},
	};
}

/**
 * A record as one JSON line. U+2028 and U+2029 are valid inside JSON
 * strings but are line breaks to some line readers (Python's `splitlines`),
 * so they are escaped: every record is exactly one line.
 */
export function jsonLine(record: ArticleRecord): string {
	return JSON.stringify(record).replace(/\u2028/gu, '\\u2028').replace(/\u2029/gu, '\\u2029');
}

/** Every record as JSON Lines (`application/jsonl`): one record a line, each line ending in `\n`. */
export function jsonLines(records: readonly ArticleRecord[]): string {
	return records.map((record) => `${jsonLine(record)}\n`).join('');
}
