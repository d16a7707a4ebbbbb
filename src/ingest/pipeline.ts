import type { Root } from 'mdast';
import type { Draft, EditorialOverride, Inference, Stage } from './types.ts';
import { RejectedInput } from './types.ts';
import { decode } from './stages/decode.ts';
import { isWebPage } from './html/sniff.ts';
import { readWebPage } from './html/read-page.ts';
import { extractMainBlock } from './stages/extract-main-block.ts';
import { normalize } from './stages/normalize.ts';
import { stripPinyin } from './stages/strip-pinyin.ts';
import { repairGarbledFromOverrides } from './stages/repair-garbled.ts';
import { flagGarbled } from './stages/flag-garbled.ts';
import { splitLines } from './stages/split-lines.ts';
import { stripBoilerplate } from './stages/strip-boilerplate.ts';
import { dropRepeatedHeadline, extractLeadingHeadline, extractOriginalTitle, extractSubtitle } from './stages/extract-title.ts';
import { extractDateline } from './stages/extract-dateline.ts';
import { extractByline } from './stages/extract-byline.ts';
import { readPageMetadata } from './stages/read-page-metadata.ts';
import { extractDisplacedHeadline } from './stages/extract-displaced-headline.ts';
import { rejoinBrokenLines } from './stages/rejoin-broken-lines.ts';
import { segmentBlocks } from './stages/segment-blocks.ts';
import { breakLongParagraphs } from './stages/break-long-paragraphs.ts';
import { flagGaps } from './stages/flag-gaps.ts';
import { normalizePunctuation } from './stages/normalize-punctuation.ts';
import { detectArticleScript } from './stages/detect-script.ts';
import { resolveMetadata, type ArticleMetadata } from './infer/metadata.ts';
import { buildDocument } from './document.ts';
import { tagArticle, type Tagging } from './infer/tags.ts';
import { readableText } from './text/markers.ts';
import { createMatcher, EMPTY_TAXONOMY, type Matcher, type Taxonomy } from '../lib/taxonomy.ts';

/**
 * The cleaner, at a glance. Each stage is a small pure function
 * (draft, context) => draft with its own tests in `test/ingest/`.
 * Decoding comes first (bytes → text) and the document is built last.
 */
export const stages: readonly (readonly [name: string, stage: Stage])[] = [
	// characters
	['normalize', normalize],
	['strip pinyin annotations', stripPinyin],
	['repair garbled spans from editorial overrides', repairGarbledFromOverrides],
	['flag garbled spans', flagGarbled],
	// lines: boilerplate and metadata
	['split lines', splitLines],
	['extract the main block of a flattened web page', extractMainBlock],
	['strip boilerplate', stripBoilerplate],
	['extract 原标题 line', extractOriginalTitle],
	['extract dateline', extractDateline],
	['extract leading headline', extractLeadingHeadline],
	['extract byline', extractByline],
	["read a web page's own metadata", readPageMetadata],
	['extract displaced headline', extractDisplacedHeadline],
	['drop repeated headline', dropRepeatedHeadline],
	['extract subtitle', extractSubtitle],
	// structure and punctuation
	['rejoin broken lines', rejoinBrokenLines],
	['segment blocks', segmentBlocks],
	['break paragraphs the source left unbroken', breakLongParagraphs],
	['flag gaps', flagGaps],
	['normalize punctuation', normalizePunctuation],
	['detect script', detectArticleScript],
];

export interface Cleaned {
	metadata: ArticleMetadata;
	body: Root;
	encoding: string;
	inferences: Inference[];
	/** The readable body text, used to spot duplicates. */
	plainText: string;
	/** The tags and why each was given or not (`metadata.tags` holds the result). */
	tagging: Tagging;
}

/** The taxonomy and its matcher, built once per ingest run. */
export interface Tagger {
	taxonomy: Taxonomy;
	matcher: Matcher;
}

export const taggerFor = (taxonomy: Taxonomy): Tagger => ({ taxonomy, matcher: createMatcher(taxonomy) });
const NO_TAGS = taggerFor(EMPTY_TAXONOMY);

export function emptyDraft(file: string, text: string, encoding = 'utf-8'): Draft {
	return { file, encoding, text, lines: [], blocks: [], script: 'hans', found: { authors: [], editors: [] }, removed: [], repaired: [], flags: [], inferences: [], pinyinStripped: 0 };
}

/** Bytes to the first draft: a saved web page is decoded and its article found (`html/`); any other file is decoded as text. */
export function firstDraft(bytes: Uint8Array, file: string): Draft {
	if (isWebPage(file, bytes)) {
		const { found, ...page } = readWebPage(bytes);
		const draft = emptyDraft(file, page.text, page.encoding);
		return { ...draft, ...page, found: { ...draft.found, ...found } };
	}
	const { text, encoding } = decode(bytes);
	return emptyDraft(file, text, encoding);
}

export function clean(bytes: Uint8Array, file: string, override: EditorialOverride = {}, tagger: Tagger = NO_TAGS): Cleaned {
	let draft = firstDraft(bytes, file);
	for (const [, stage] of stages) draft = stage(draft, { override });
	if (!draft.blocks.some((block) => block.type === 'paragraph')) {
		throw new RejectedInput(`no article text left after removing boilerplate (${draft.removed.length} line(s) removed)`);
	}
	const { metadata, inferences } = resolveMetadata(draft, override);
	// Tagging reads the resolved headline lines (a headline made from the first sentence is just the lead again).
	const tagging = tagArticle(
		{
			titleLines: [metadata.titleSource.method === 'derived from the first sentence' ? '' : metadata.title, metadata.subtitle ?? '', metadata.kicker ?? ''],
			paragraphs: draft.blocks.map((block) => readableText(block.text)),
			leadIndex: Math.max(0, draft.blocks.findIndex((block) => block.type === 'paragraph')),
			headingIndexes: draft.blocks.flatMap((block, index) => (block.type === 'heading' ? [index] : [])),
		},
		tagger.taxonomy,
		tagger.matcher,
		override.tags,
	);
	metadata.tags = tagging.tags;
	return { metadata, body: buildDocument(draft.blocks), encoding: draft.encoding, inferences, plainText: draft.blocks.map((block) => block.text).join('\n'), tagging };
}
