import { createHash } from 'node:crypto';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { makeSlug } from '../lib/slug.ts';
import { clean, type Tagger } from './pipeline.ts';
import { unknownTagIds } from './infer/tags.ts';
import { packTerms, termCounts } from './infer/candidate-terms.ts';
import { serializeArticle } from './serialize.ts';
import { reportDetails } from './report.ts';
import { foldForMatching } from '../lib/fold.ts';
import { readableText } from './text/markers.ts';
import { RejectedInput, type EditorialOverride } from './types.ts';
import { storeEntry, type CacheTarget } from './cache.ts';
import type { FaultPlan } from './atomic-write.ts';
import { refuse, Refused } from './refusals.ts';

/**
 * The half of the ingest that needs nothing but one raw file: clean it and
 * make its MDX, its report and what the run-wide checks (duplicates, slugs,
 * candidate terms) need. A pure function of the task, so it can run on any
 * worker thread, in any order, and its result can be cached.
 */
export const CLEANER_VERSION = 1;

export interface PrepareTask {
	/** The path under content/raw, relative to the root (`content/raw/x.txt`). */
	rawPath: string;
	bytes: Uint8Array;
	/** sha256 of `bytes`, hex. */
	bytesHash: string;
	override: EditorialOverride;
	/** The override file as shown in messages. */
	overrideFile: string;
	/** The slug and aliases the article already has; a new article's MDX is made with its base slug. */
	previous?: { slug: string; aliases: string[] };
}

/**
 * What the main thread needs of a prepared article. Mostly strings, which
 * cross between threads (and into the cache) far faster than object graphs.
 */
export type Prepared =
	| {
			status: 'cleaned';
			/** The MDX, made with `slug` and `aliases`. */
			text: string;
			slug: string;
			aliases: string[];
			/** The slug the title and date give, before making it unique. */
			baseSlug: string;
			/** The frontmatter as JSON, to make the MDX again with another slug. */
			frontmatter: string;
			/** Same for articles whose text is the same after folding script, whitespace and punctuation. */
			textKey: string;
			/** The report without its first line (see `formatReport`). */
			report: string;
			/** Candidate terms for the taxonomy with their counts (`packTerms`). */
			terms: string;
	  }
	| {
			status: 'rejected' | 'failed';
			message: string;
			/** The message is a whole refusal line naming its own file (an override), not a reason about the raw file. */
			whole?: boolean;
	  };

/** A task, and where to cache its result (the thread that prepares it writes the entry). */
export interface PrepareJob {
	task: PrepareTask;
	cache?: CacheTarget;
}

export function runJob(job: PrepareJob, tagger: Tagger, faults?: FaultPlan): Prepared {
	const prepared = prepare(job.task, tagger);
	if (job.cache) storeEntry(job.cache, prepared, faults);
	return prepared;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

export function prepare(task: PrepareTask, tagger: Tagger): Prepared {
	try {
		const unknownTags = unknownTagIds(tagger.taxonomy, task.override.tags);
		if (unknownTags.length > 0) {
			throw new Refused(refuse.unknownTags(task.overrideFile, unknownTags, task.rawPath));
		}
		const cleaned = clean(task.bytes, task.rawPath, task.override, tagger);
		const readable = readableText(cleaned.plainText);
		const baseSlug = makeSlug(cleaned.metadata.date.value, cleaned.metadata.title);
		const frontmatter: ArticleFrontmatter = articleSchema.parse({
			...cleaned.metadata,
			slug: task.previous?.slug ?? baseSlug,
			aliases: task.previous?.aliases ?? [],
			raw: { path: task.rawPath, sha256: task.bytesHash, encoding: cleaned.encoding },
			ingest: { version: CLEANER_VERSION, checksum: '' },
		});
		return {
			status: 'cleaned',
			text: serializeArticle(frontmatter, cleaned.body),
			slug: frontmatter.slug,
			aliases: frontmatter.aliases,
			baseSlug,
			frontmatter: JSON.stringify(frontmatter),
			textKey: sha256(foldForMatching(readable).replace(/[\s\p{P}]/gu, '')),
			report: reportDetails(frontmatter, cleaned.inferences, cleaned.tagging),
			terms: packTerms(termCounts(`${frontmatter.title}\n${readable}`, tagger.matcher)),
		};
	} catch (error) {
		if (error instanceof Refused) return { status: 'rejected', message: error.message, whole: true };
		return { status: error instanceof RejectedInput ? 'rejected' : 'failed', message: error instanceof Error ? error.message : String(error) };
	}
}
