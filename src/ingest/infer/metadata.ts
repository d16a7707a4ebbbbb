import type { ArticleFrontmatter, Flag } from '../../schemas/article.ts';
import type { Draft, EditorialOverride, Inference } from '../types.ts';
import { fullwidthPunctuation } from '../stages/normalize-punctuation.ts';
import { readableText, sourceText } from '../text/markers.ts';
import { inferDate } from './date.ts';
import { inferPublisher, publisherEvidence } from './publisher.ts';
import { summaryOf, titleFromText } from './title.ts';

/** Everything in the frontmatter except what the ingest's bookkeeping adds (slug, raw file, checksum). */
export type ArticleMetadata = Omit<ArticleFrontmatter, 'slug' | 'aliases' | 'raw' | 'ingest'>;

/**
 * Resolves the metadata: an editorial override wins, then what the text
 * states (原标题, dateline, byline), then what can be inferred. Every
 * inference says where it came from and how sure it is; what cannot be
 * known is flagged for the editor. `today` is the ingest day, after which
 * no publication date can fall.
 */
export function resolveMetadata(draft: Draft, override: EditorialOverride, today = new Date()): { metadata: ArticleMetadata; inferences: Inference[] } {
	const { found } = draft;
	const inferences = [...draft.inferences];
	const flags: Flag[] = [...draft.flags];
	const paragraphs = draft.blocks.filter((block) => block.type === 'paragraph').map((block) => block.text);
	const bodyText = readableText(draft.blocks.map((block) => block.text).join('\n'));
	const punct = (s: string | undefined) => (s === undefined ? undefined : fullwidthPunctuation(readableText(s)).text);

	let titleSource: ArticleMetadata['titleSource'];
	let title: string;
	// With an override the text's own evidence is still reported, so an editor can see what the cleaner would have chosen.
	const textAlone = (field: string, value: string, from: string, confidence: Inference['confidence']) =>
		inferences.push({ field: `${field} (text alone, overridden)`, value: value || '(unknown)', from, confidence });
	if (override.title) {
		title = override.title;
		titleSource = { method: 'editorial override', confidence: 'editorial' };
		if (found.title) textAlone('title', found.title.text, found.title.method, found.title.confidence);
		else textAlone('title', titleFromText(paragraphs[0] ?? ''), 'derived from the first sentence', 'low');
	} else if (found.title) {
		title = punct(found.title.text)!;
		titleSource = { method: found.title.method, confidence: found.title.confidence };
	} else {
		title = titleFromText(paragraphs[0] ?? '');
		titleSource = { method: 'derived from the first sentence', confidence: 'low' };
		flags.push({ kind: 'metadata', text: title, note: '标题：原文无标题，由首句生成，请编辑核对' });
	}
	inferences.push({ field: 'title', value: title, from: titleSource.method, confidence: titleSource.confidence });

	const evidence = found.dates ?? [];
	const { date, inferences: dateInferences, flags: dateFlags } = inferDate(evidence, bodyText, override.date, today);
	if (override.date) {
		const fromText = inferDate(evidence, bodyText, undefined, today);
		textAlone('date', fromText.date.value, fromText.date.source, fromText.date.confidence);
		inferences.push(...fromText.inferences);
	}
	inferences.push(...dateInferences, { field: 'date', value: date.value || '(unknown)', from: date.source, confidence: date.confidence });
	flags.push(...dateFlags.map((flag) => ({ kind: 'metadata' as const, ...flag })));

	let publisher = '';
	let publisherSource: ArticleMetadata['publisherSource'] = { method: 'not found in the text', confidence: 'none' };
	const inferred = inferPublisher(publisherEvidence(found, override.defaultPublisher), draft.script);
	inferences.push(...inferred.inferences);
	if (override.publisher) {
		publisher = override.publisher;
		publisherSource = { method: 'editorial override', confidence: 'editorial' };
		textAlone('publisher', inferred.publisher?.name ?? '', inferred.publisher?.method ?? 'not found in the text', inferred.publisher?.confidence ?? 'none');
	} else if (inferred.publisher) {
		publisher = inferred.publisher.name;
		publisherSource = { method: inferred.publisher.method, confidence: inferred.publisher.confidence };
	} else {
		flags.push({ kind: 'metadata', text: '', note: '出处：原文未写明发布媒体，请编辑补充' });
	}
	inferences.push({ field: 'publisher', value: publisher || '(unknown)', from: publisherSource.method, confidence: publisherSource.confidence });

	const metadata: ArticleMetadata = {
		title,
		subtitle: override.subtitle ?? punct(found.subtitle),
		kicker: override.kicker ?? punct(found.kicker),
		titleSource,
		date,
		publisher,
		publisherSource,
		authors: override.authors ?? found.authors,
		editors: override.editors ?? found.editors,
		sourceUrl: found.sourceUrl,
		script: draft.script,
		summary: summaryOf(paragraphs.slice(0, 2)),
		flags,
		removed: draft.removed.map((removal) => ({ ...removal, text: sourceText(removal.text) })),
		repaired: draft.repaired,
		tags: [],
	};
	if (draft.pinyinStripped > 0) metadata.removed = [...metadata.removed, { kind: 'pinyin', text: `${draft.pinyinStripped} pinyin annotation(s) such as 長(zhǎng)` }];
	return { metadata, inferences };
}
