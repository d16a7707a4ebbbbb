import type { Confidence, Flag, Person, Removal, Repair } from '../schemas/article.ts';

/** A block of the article body, as the structure stages find it. */
export type Block =
	| { type: 'paragraph'; text: string }
	| { type: 'heading'; text: string }
	| { type: 'caption'; text: string; credit?: string };

/** One metadata value the cleaner inferred, with where it came from and how sure it is. */
export interface Inference {
	field: string;
	value: string;
	from: string;
	confidence: Confidence;
}

/** Editorial facts that the raw text cannot tell (see `content/overrides/`). */
export interface EditorialOverride {
	title?: string;
	subtitle?: string;
	kicker?: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision follows from the form. */
	date?: string;
	publisher?: string;
	authors?: Person[];
	editors?: Person[];
	/** Correct text for garbled spans: `raw` is quoted from the raw file as it stands. */
	repairs?: { raw: string; correct: string }[];
	/** Tag ids the editor adds or removes (used by the tagging stage). */
	tags?: { add?: string[]; remove?: string[] };
	/** Free-text note from the editor, kept with the override. */
	note?: string;
}

/** Metadata found in the text, before editorial overrides are applied. */
export interface FoundMetadata {
	title?: { text: string; method: string; confidence: Confidence };
	subtitle?: string;
	kicker?: string;
	publisher?: { name: string; method: string; confidence: Confidence };
	/** Month and day from a dateline, and the year when the dateline has one. */
	dateline?: { year?: number; month?: number; day?: number; text: string };
	authors: Person[];
	editors: Person[];
	sourceUrl?: string;
}

/**
 * The article as it moves through the pipeline. Every stage takes a draft and
 * returns a new one; stages never mutate their input.
 */
export interface Draft {
	/** The raw file's path, for messages. */
	file: string;
	encoding: string;
	/** The whole text, for the character-level stages that run before lines are split. */
	text: string;
	/** Lines (before structuring) — empty until `splitLines`. */
	lines: string[];
	/** Body blocks — empty until `segmentBlocks`. */
	blocks: Block[];
	script: 'hans' | 'hant';
	found: FoundMetadata;
	removed: Removal[];
	repaired: Repair[];
	flags: Flag[];
	inferences: Inference[];
	/** How many pinyin annotations were stripped (reported as one summary line). */
	pinyinStripped: number;
	/**
	 * What a saved web page's markup says about the article (`html/page-metadata.ts`),
	 * as candidates with their evidence, for the metadata stages to weigh; absent for text files.
	 */
	page?: PageMetadata;
}

/** One value a web page states about its article, and where in the page it stands. */
export interface PageCandidate {
	value: string;
	/** Where it was read, e.g. `meta property="article:published_time"`, `JSON-LD NewsArticle.author`. */
	from: string;
}

/** A saved web page's own metadata. Every list is in the page's order, most specific source first. */
export interface PageMetadata {
	/** Headline candidates, cleaned of the site's name: JSON-LD headline, og:title, the `<h1>`, `<title>`. */
	titles: PageCandidate[];
	/** Publication times as written: `article:published_time`, `pubdate`-like meta, JSON-LD datePublished. */
	published: PageCandidate[];
	/** Modification times as written (never a publication date; for the report). */
	modified: PageCandidate[];
	/** Authors: `<meta name="author">`, JSON-LD author, `article:author`. */
	authors: PageCandidate[];
	/** The site or publisher: og:site_name, JSON-LD publisher, application-name. */
	publishers: PageCandidate[];
	/** The page's canonical URL (`<link rel="canonical">`, og:url), absolute. */
	canonicalUrl?: PageCandidate;
}

export interface StageContext {
	override: EditorialOverride;
}

export type Stage = (draft: Draft, context: StageContext) => Draft;

/** A raw file the ingest refuses, with a one-line reason. */
export class RejectedInput extends Error {
	constructor(reason: string) {
		super(reason);
		this.name = 'RejectedInput';
	}
}
