import type { ArticleDate } from '../schemas/article.ts';
import { compareArticlesNewestFirst } from './order.ts';
import { foldForTags } from './taxonomy.ts';

/**
 * Cross-links computed at build time: related articles and the neighbours
 * in time. Pure functions over plain data, so the pages only render.
 *
 * Related score = TAG_WEIGHT · tag similarity + TEXT_WEIGHT · text similarity,
 * both cosines in [0, 1]:
 * - tags: each shared tag weighs its rarity, idf = ln(N / df) over the
 *   archive, so sharing 宣城 says more than sharing 长三角, and a tag every
 *   article carries says nothing (and is not given as a reason);
 * - text: character bigrams of the Han text folded to Simplified (so the two
 *   scripts compare), weighted tf-idf (1 + ln tf)·ln(N / df), normalized
 *   over all its bigrams, then keeping its `MAX_TERMS` heaviest bigrams that
 *   some other article shares; computed through an inverted index, so only
 *   articles sharing a bigram are ever compared.
 */
export const RELATED_WEIGHTS = { tags: 0.6, text: 0.4 } as const;
const MAX_TERMS = 200;

export interface RelatedInput {
	slug: string;
	/** Taxonomy tag ids (frontmatter `tags`). */
	tags: readonly string[];
	/** Title and body text, in either script. */
	text: string;
}

export interface RelatedLink {
	slug: string;
	/** The combined score, in [0, 1]. */
	score: number;
	tagScore: number;
	textScore: number;
	/** The shared tag ids, rarest first: what the reason names. */
	sharedTags: string[];
}

export interface RelatedOptions {
	/** How many links per article (default 5). */
	limit?: number;
	/** Links scoring below this are left out (default 0.02: one shared uncommon tag or a few shared rare phrases). */
	minScore?: number;
}

type Vector = Map<string, number>;

function normalize(vector: Vector): Vector {
	const norm = Math.sqrt([...vector.values()].reduce((sum, w) => sum + w * w, 0));
	if (norm > 0) for (const [key, w] of vector) vector.set(key, w / norm);
	return vector;
}

/** Character bigrams of each run of Han characters (and of Latin/digit runs such as G60, as one token). */
export function textTerms(text: string): string[] {
	const terms: string[] = [];
	for (const [run] of foldForTags(text).matchAll(/\p{Script=Han}+|[a-z0-9]+/gu)) {
		if (!/\p{Script=Han}/u.test(run)) {
			if (run.length > 1 && !/^\d+$/u.test(run)) terms.push(run);
			continue;
		}
		const chars = [...run];
		for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
	}
	return terms;
}

/**
 * The readable text of an MDX body for similarity: JSX tags (with their
 * attributes, such as a repaired span's former text) and markdown marks go.
 */
export const mdxPlainText = (body: string): string => body.replace(/<[^<>]*>/gu, ' ').replace(/[#*_`>[\]()]/gu, ' ');

/** Inverse document frequency of each key over a list of key sets. */
function documentFrequencies(sets: Iterable<Iterable<string>>): Map<string, number> {
	const df = new Map<string, number>();
	for (const set of sets) for (const key of new Set(set)) df.set(key, (df.get(key) ?? 0) + 1);
	return df;
}

/** Cosine similarities of every pair of documents that share a key, via an inverted index. */
function pairwise(vectors: Vector[]): Map<number, Map<number, number>> {
	const postings = new Map<string, [number, number][]>();
	vectors.forEach((vector, doc) => {
		for (const [key, w] of vector) {
			const list = postings.get(key) ?? [];
			list.push([doc, w]);
			postings.set(key, list);
		}
	});
	const scores = new Map<number, Map<number, number>>();
	for (const list of postings.values()) {
		for (const [a, wa] of list) {
			for (const [b, wb] of list) {
				if (a === b) continue;
				const row = scores.get(a) ?? new Map<number, number>();
				row.set(b, (row.get(b) ?? 0) + wa * wb);
				scores.set(a, row);
			}
		}
	}
	return scores;
}

/** The tag rarity weights over an archive: idf = ln(N / df). */
export function tagWeights(articles: readonly Pick<RelatedInput, 'tags'>[]): Map<string, number> {
	const df = documentFrequencies(articles.map((a) => a.tags));
	return new Map([...df].map(([tag, n]) => [tag, Math.log(articles.length / n)]));
}

/** Related articles for every article, best first, keyed by slug. */
export function relatedArticles(articles: readonly RelatedInput[], options: RelatedOptions = {}): Map<string, RelatedLink[]> {
	const { limit = 5, minScore = 0.02 } = options;
	const n = articles.length;
	const idfTag = tagWeights(articles);
	const tagVectors = articles.map((a) => normalize(new Map([...new Set(a.tags)].map((tag): [string, number] => [tag, idfTag.get(tag)!]).filter(([, w]) => w > 0))));

	const termLists = articles.map((a) => textTerms(a.text));
	const dfText = documentFrequencies(termLists);
	const textVectors = termLists.map((terms) => {
		const tf = new Map<string, number>();
		for (const term of terms) tf.set(term, (tf.get(term) ?? 0) + 1);
		const weighted = [...tf].map(([term, count]): [string, number] => [term, (1 + Math.log(count)) * Math.log(n / dfText.get(term)!)]).filter(([, w]) => w > 0);
		// The norm is the whole vector's; only bigrams another article shares can add to a dot product, so only those (the heaviest) are kept.
		const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
		const shared = weighted
			.filter(([term]) => dfText.get(term)! > 1)
			.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
			.slice(0, MAX_TERMS);
		return new Map(shared.map(([term, w]) => [term, w / norm]));
	});

	const tagScores = pairwise(tagVectors);
	const textScores = pairwise(textVectors);
	const result = new Map<string, RelatedLink[]>();
	articles.forEach((article, a) => {
		const others = new Set([...(tagScores.get(a)?.keys() ?? []), ...(textScores.get(a)?.keys() ?? [])]);
		const links: RelatedLink[] = [];
		for (const b of others) {
			const tagScore = tagScores.get(a)?.get(b) ?? 0;
			const textScore = textScores.get(a)?.get(b) ?? 0;
			const score = RELATED_WEIGHTS.tags * tagScore + RELATED_WEIGHTS.text * textScore;
			if (score < minScore || articles[b]!.slug === article.slug) continue;
			const theirs = new Set(articles[b]!.tags);
			const sharedTags = [...new Set(article.tags)].filter((tag) => theirs.has(tag) && idfTag.get(tag)! > 0).sort((x, y) => idfTag.get(y)! - idfTag.get(x)! || article.tags.indexOf(x) - article.tags.indexOf(y));
			links.push({ slug: articles[b]!.slug, score, tagScore, textScore, sharedTags });
		}
		links.sort((x, y) => y.score - x.score || x.slug.localeCompare(y.slug));
		result.set(article.slug, links.slice(0, limit));
	});
	return result;
}

/**
 * The reason shown with a related link: `同为：金华 · G60科创走廊` (at most
 * `max` names, rarest first), or `内容相近` when only the text is similar.
 * Pass names already converted for the 繁 edition if needed.
 */
export function relatedReason(sharedTagNames: readonly string[], max = 3): string {
	return sharedTagNames.length > 0 ? `同为：${sharedTagNames.slice(0, max).join(' · ')}` : '内容相近';
}

interface Dated {
	slug: string;
	date: ArticleDate;
}

/**
 * The articles just before and after one in time (`previous` is older,
 * `next` newer), in the archive's own order (`compareArticlesNewestFirst`).
 * Undated articles have no neighbours and are nobody's neighbour.
 */
export function neighboursInTime<T extends Dated>(articles: readonly T[], slug: string): { previous?: T; next?: T } {
	const dated = articles.filter((a) => a.date.value !== '' && a.date.precision !== 'unknown').sort(compareArticlesNewestFirst);
	const index = dated.findIndex((a) => a.slug === slug);
	if (index < 0) return {};
	return { previous: dated[index + 1], next: index > 0 ? dated[index - 1] : undefined };
}
