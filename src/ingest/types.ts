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

/**
 * One piece of evidence of who published an article. `kind` ranks it: a
 * credit in the text (dateline, byline, closing credit) over a copyright line
 * or the page's own metadata, over the batch default, over the URL's domain.
 */
export interface PublisherEvidence {
	kind: 'credit' | 'copyright' | 'page' | 'batch' | 'site' | 'domain';
	/** The name as printed (or the domain's outlet). */
	name: string;
	/** Where it was found, quoting the text. */
	method: string;
	confidence: Confidence;
	/** The id of the outlet it names, when that is known exactly (a domain names one outlet). */
	outletId?: string;
}

/** Editorial facts that the raw text cannot tell (see `content/overrides/`). */
export interface EditorialOverride {
	title?: string;
	subtitle?: string;
	kicker?: string;
	/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; the precision follows from the form. */
	date?: string;
	publisher?: string;
	/** The publisher when the text credits none: set for a batch with `npm run ingest -- --publisher NAME`; any credit in the text wins over it. */
	defaultPublisher?: string;
	authors?: Person[];
	editors?: Person[];
	/** Correct text for garbled spans: `raw` is quoted from the raw file as it stands. */
	repairs?: { raw: string; correct: string }[];
	/** Tag ids the editor adds or removes (used by the tagging stage). */
	tags?: { add?: string[]; remove?: string[] };
	/** Free-text note from the editor, kept with the override. */
	note?: string;
}

/**
 * A date as one date-line position states it, read but not yet checked
 * (`infer/date.ts` validates it and weighs it against the others). Only
 * positions that date the article give evidence: a date line at the start
 * or the end, a dateline lead (新华社北京6月12日电), a closing （2021-03-04）,
 * the page's own metadata. A date in the body's prose never does.
 */
export interface DateEvidence {
	/** The year as printed (a 民國 year already converted); absent when the source gives none (6月12日电). */
	year?: number;
	month?: number;
	/** Absent for a month-precision date line (2019年12月). */
	day?: number;
	/** The text the date was read from, as printed. */
	text: string;
	/** Where it stood, in words: `line 1`, `dateline lead`, `last line`, `closing parenthesis`, `page metadata article:published_time`… */
	where: string;
	/** `updated` for a label such as 更新時間: reported, never taken as the publication date. */
	role: 'published' | 'updated';
	/**
	 * A dateline lead (新华社北京6月12日电) or a closing date (a letter's or a
	 * notice's, 2024年8月11日 under the signature) gives the day the story was
	 * filed or the text signed, which may precede the page's own date by days.
	 */
	filed?: boolean;
	/**
	 * A date that may confirm the page's own date but never date the article
	 * alone: on a saved web page a date line at the foot of the extracted text
	 * may be the page's furniture (a related story, the site's footer).
	 */
	confirmsOnly?: boolean;
}

/** Metadata found in the text, before editorial overrides are applied. */
export interface FoundMetadata {
	title?: { text: string; method: string; confidence: Confidence };
	subtitle?: string;
	kicker?: string;
	publisher?: { name: string; method: string; confidence: Confidence };
	/** Every publisher credit seen (bylines, closing credits, copyright lines, page metadata), as printed, for `infer/publisher.ts`. */
	publisherEvidence?: PublisherEvidence[];
	/** Every publication date the source states at a date-line position, in the order found (see `DateEvidence`). */
	dates?: DateEvidence[];
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

/** What the bar between a page's headline and its article prints, and its labelled date after the text; each value with its line. */
export interface PageLabels {
	/** Dates with their year, with their label and time as printed (发布时间：2019-09-23 07:48). */
	dates: PageCandidate[];
	/** Timestamps without their year (10-08 12:00, 18-03-08 23:16): dated only by a metadata time of the same minute. */
	yearlessDates: PageCandidate[];
	/** Labelled sources: 来源：X, 来源X, 来源于：X. */
	sources: PageCandidate[];
	/** Labelled authors: 作者：X. */
	people: PageCandidate[];
	/** The poster beside the timestamp or above it (an account, an outlet, a writer/outlet pair). */
	posters: PageCandidate[];
	/** The holder a copyright line at the page's foot names (版权所有 X): the site's own name. */
	copyright: PageCandidate[];
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
	/** The site's own name, as its `<title>` ends (`…_中国政府网`): the host, weaker than any credit. */
	siteTitle?: PageCandidate;
	/** Visible labels around the headline that Readability leaves out (`html/page-header.ts`). */
	labels?: PageLabels;
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
