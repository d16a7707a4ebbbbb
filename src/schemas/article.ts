import { z } from 'astro/zod';
import { parseIsoDate, precisionOf } from '../lib/calendar.ts';

/**
 * The frontmatter of one cleaned article (`content/articles/*.mdx`).
 *
 * The ingest writes it and validates it against this schema before writing;
 * the Astro content collection validates it again at build time, so the two
 * can never drift apart.
 */

/** A person credited in a byline, with the role the byline gives them. */
export const personSchema = z.object({
	/** The name as printed in the article's own script, e.g. 谢卫群 or 謝丹青. */
	name: z.string().min(1),
	/** The role as printed: 记者, 本报记者, 实习编辑, 通讯员… Empty when the byline gives none. */
	role: z.string().default(''),
});

/** How sure the ingest is about an inferred value. `editorial` means an editor stated it. */
export const confidenceSchema = z.enum(['editorial', 'high', 'medium', 'low', 'none']);

export const datePrecisionSchema = z.enum(['day', 'month', 'year', 'unknown']);

export const articleDateSchema = z
	.object({
		/** ISO date at its real precision: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, always a real calendar day; empty when unknown. */
		value: z.string().regex(/^(\d{4}(-\d{2}(-\d{2})?)?)?$/),
		/** How much of the date is known, matching the form of `value`. A month-precision date never shows a made-up day. */
		precision: datePrecisionSchema,
		/** The evidence: the text the date was read from and where it stood, e.g. `first line “2020年9月16日”`. */
		source: z.string(),
		/** How sure the ingest is about the date. */
		confidence: confidenceSchema,
	})
	// An impossible date (9999-13-45) or one whose form and precision disagree must never reach a slug, a feed or a page.
	.refine(({ value, precision }) => (value === '' ? precision === 'unknown' : precisionOfValue(value) === precision), {
		message: 'date.value must be a real calendar date (YYYY, YYYY-MM or YYYY-MM-DD) whose form matches date.precision, or empty with precision unknown',
	});

function precisionOfValue(value: string): string | undefined {
	const parts = parseIsoDate(value);
	return parts && precisionOf(parts);
}

/** Something in the text that could not be repaired with certainty and is shown to readers. */
export const flagSchema = z.object({
	/** `garbled`: mis-decoded bytes; `gap`: a number lost upstream; `metadata`: a value the editor should supply. */
	kind: z.enum(['garbled', 'gap', 'metadata']),
	/** The affected text as it stands in the article: the garbled characters, or for a gap the words around it. */
	text: z.string(),
	/** A few characters either side, so an editor can find the place in the raw file. */
	context: z.string().optional(),
	/** A short human explanation in Chinese, also used as the accessible label on the page. */
	note: z.string(),
});

/** Text the cleaner took out of the body, quoted so nothing is dropped silently. */
export const removalSchema = z.object({
	/** Why it went: `boilerplate:<pattern id>`, `dateline`, `byline`, `pinyin`, `layout`, `title`… */
	kind: z.string(),
	/** The exact text removed (pinyin removals are summarised with a count). */
	text: z.string(),
});

/** A change the cleaner made with certainty: what stood there, what stands now, and why it is certain. */
export const repairSchema = z.object({
	/** `garbled`, `broken-word`, `punctuation`, `fullwidth`… */
	kind: z.string(),
	/** The text before the repair. */
	from: z.string(),
	/** The text after the repair. */
	to: z.string(),
	/** What made the repair certain: `editorial override`, `same phrase intact elsewhere in the article`… */
	by: z.string(),
});

export const articleSchema = z.object({
	/** The headline, in the article's original script. */
	title: z.string().min(1),
	/** A subtitle (副题) printed under the headline, when there is one. */
	subtitle: z.string().optional(),
	/** A kicker (引题/栏目), the short line above the headline, when there is one. */
	kicker: z.string().optional(),
	/** Where the title came from and how sure the ingest is about it. */
	titleSource: z.object({
		/** `editorial`, `原标题 line`, `displaced headline`, `first line`, `derived from text`. */
		method: z.string(),
		/** How sure the ingest is that this is the article's real headline. */
		confidence: confidenceSchema,
	}),
	/** The permanent URL segment, set at first ingest and never changed by a re-ingest. */
	slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
	/** Former slugs that must keep resolving (redirected to the current one). */
	aliases: z.array(z.string()).default([]),
	/** The publication date at its real precision. */
	date: articleDateSchema,
	/** The publisher (original source), e.g. 经济日报; empty when unknown. */
	publisher: z.string(),
	/** How the publisher was found and how sure the ingest is. */
	publisherSource: z.object({
		method: z.string(),
		confidence: confidenceSchema,
	}),
	/** Reporters and writers credited in the byline. */
	authors: z.array(personSchema).default([]),
	/** Editors credited in the byline. */
	editors: z.array(personSchema).default([]),
	/** The URL the article was reposted from or published at, kept as provenance. */
	sourceUrl: z.string().optional(),
	/** The script of the original text: `hans` (简体) or `hant` (繁體). The MDX keeps this script. */
	script: z.enum(['hans', 'hant']),
	/** The first sentences of the body, for listings and meta descriptions. */
	summary: z.string(),
	/** The raw file this article was cleaned from. */
	raw: z.object({
		/** Path relative to the project root, under `content/raw/`. */
		path: z.string(),
		/** sha256 of the raw file's bytes, hex. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/),
		/** The character encoding the raw file was decoded from. */
		encoding: z.string(),
	}),
	/** Everything the cleaner could not repair with certainty; each is also marked in the body. */
	flags: z.array(flagSchema).default([]),
	/** What the cleaner removed from the raw text. */
	removed: z.array(removalSchema).default([]),
	/** What the cleaner repaired. */
	repaired: z.array(repairSchema).default([]),
	/** Taxonomy tag ids (`content/taxonomy.yaml`), best first: proposed by the ingest from mentions, plus and minus the editor's override. */
	tags: z.array(z.string()).default([]),
	/** Bookkeeping the ingest uses to detect hand edits; not shown to readers. */
	ingest: z.object({
		/** Version of the cleaner that wrote this file. */
		version: z.number().int(),
		/** sha256 of this file's text with this line blanked; a mismatch means an editor changed the file by hand. */
		checksum: z.string(),
	}),
});

export type ArticleFrontmatter = z.infer<typeof articleSchema>;
export type Person = z.infer<typeof personSchema>;
export type Flag = z.infer<typeof flagSchema>;
export type Removal = z.infer<typeof removalSchema>;
export type Repair = z.infer<typeof repairSchema>;
export type ArticleDate = z.infer<typeof articleDateSchema>;
export type Confidence = z.infer<typeof confidenceSchema>;
