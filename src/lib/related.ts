import type { ArticleDate } from '../schemas/article.ts';
import { compareArticlesNewestFirst } from './order.ts';
import { fold } from './fold.ts';

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
	for (const [run] of fold(text).matchAll(/\p{Script=Han}+|[a-z0-9]+/gu)) {
		if (!/\p{Script=Han}/u.test(run)) {
			if (run.length > 1 && !/^\d+$/u.test(run)) terms.push(run);
			continue;
		}
		const chars = [...run];
		for (let i = 0; i + 1 < chars.length; i++) terms.push(chars[i]! + chars[i + 1]!);
	}
	return terms;
}

/** Inverse document frequency of each key over a list of key sets. */
function documentFrequencies(sets: Iterable<Iterable<string>>): Map<string, number> {
	const df = new Map<string, number>();
	for (const set of sets) for (const key of new Set(set)) df.set(key, (df.get(key) ?? 0) + 1);
	return df;
}

/**
 * Cosine similarities of one document with every document sharing a key with
 * it, via an inverted index. Each row is summed into a dense array (memory
 * grows with the archive, not with its square), over the shared keys in one
 * fixed order for every pair (the keys' first appearance in the archive), so
 * a pair's score does not depend on which of the two asks.
 */
class Similarities {
	/** Per key (in first-appearance order): the documents having it and their weights. */
	readonly #postings: { docs: number[]; weights: number[] }[] = [];
	/** Per document: its keys (as posting indexes, ascending) and its weights. */
	readonly #rows: { keys: number[]; weights: number[] }[];
	readonly #sums: Float64Array;
	/** The documents `#sums` holds a score for, and for which document. */
	readonly #touched: number[] = [];
	#row = -1;

	constructor(vectors: readonly Vector[]) {
		const index = new Map<string, number>();
		vectors.forEach((vector, doc) => {
			for (const [key, w] of vector) {
				let at = index.get(key);
				if (at === undefined) {
					at = this.#postings.push({ docs: [], weights: [] }) - 1;
					index.set(key, at);
				}
				this.#postings[at]!.docs.push(doc);
				this.#postings[at]!.weights.push(w);
			}
		});
		this.#rows = vectors.map(() => ({ keys: [], weights: [] }));
		this.#postings.forEach(({ docs, weights }, key) => {
			docs.forEach((doc, i) => {
				this.#rows[doc]!.keys.push(key);
				this.#rows[doc]!.weights.push(weights[i]!);
			});
		});
		this.#sums = new Float64Array(vectors.length);
	}

	/** The scores of document `a` against every other document sharing a key; read with `score`, valid until the next call. */
	row(a: number): readonly number[] {
		for (const b of this.#touched) this.#sums[b] = 0;
		this.#touched.length = 0;
		const { keys, weights } = this.#rows[a]!;
		keys.forEach((key, k) => {
			const wa = weights[k]!;
			const { docs, weights: theirs } = this.#postings[key]!;
			for (let i = 0; i < docs.length; i++) {
				const b = docs[i]!;
				if (b === a) continue;
				if (this.#sums[b] === 0) this.#touched.push(b);
				this.#sums[b] += wa * theirs[i]!;
			}
		});
		this.#row = a;
		return this.#touched;
	}

	score(a: number, b: number): number {
		if (a !== this.#row) throw new Error('Similarities.score: read the row first');
		return this.#sums[b]!;
	}
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

	const termCounts = articles.map((a) => {
		const tf = new Map<string, number>();
		for (const term of textTerms(a.text)) tf.set(term, (tf.get(term) ?? 0) + 1);
		return tf;
	});
	const dfText = documentFrequencies(termCounts.map((tf) => tf.keys()));
	const textVectors = termCounts.map((tf) => {
		const weighted = [...tf].map(([term, count]): [string, number] => [term, (1 + Math.log(count)) * Math.log(n / dfText.get(term)!)]).filter(([, w]) => w > 0);
		// The norm is the whole vector's; only bigrams another article shares can add to a dot product, so only those (the heaviest) are kept.
		const norm = Math.sqrt(weighted.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
		const shared = weighted
			.filter(([term]) => dfText.get(term)! > 1)
			.sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
			.slice(0, MAX_TERMS);
		return new Map(shared.map(([term, w]) => [term, w / norm]));
	});

	const tagScores = new Similarities(tagVectors);
	const textScores = new Similarities(textVectors);
	const seen = new Uint8Array(n);
	const result = new Map<string, RelatedLink[]>();
	articles.forEach((article, a) => {
		// The best `limit` links, best first (score, then slug), kept while scanning every candidate.
		const best: { b: number; score: number; tagScore: number; textScore: number }[] = [];
		const better = (x: (typeof best)[number], y: (typeof best)[number]) => y.score - x.score || articles[x.b]!.slug.localeCompare(articles[y.b]!.slug);
		const candidates = [...tagScores.row(a), ...textScores.row(a)];
		for (const b of candidates) {
			if (seen[b]) continue;
			seen[b] = 1;
			const tagScore = tagScores.score(a, b);
			const textScore = textScores.score(a, b);
			const score = RELATED_WEIGHTS.tags * tagScore + RELATED_WEIGHTS.text * textScore;
			if (score < minScore || articles[b]!.slug === article.slug) continue;
			const link = { b, score, tagScore, textScore };
			if (best.length === limit && better(link, best.at(-1)!) >= 0) continue;
			const at = best.findIndex((other) => better(link, other) < 0);
			best.splice(at < 0 ? best.length : at, 0, link);
			if (best.length > limit) best.pop();
		}
		for (const b of candidates) seen[b] = 0;
		const own = [...new Set(article.tags)];
		result.set(
			article.slug,
			best.map(({ b, score, tagScore, textScore }) => {
				const theirs = new Set(articles[b]!.tags);
				const sharedTags = own.filter((tag) => theirs.has(tag) && idfTag.get(tag)! > 0).sort((x, y) => idfTag.get(y)! - idfTag.get(x)! || article.tags.indexOf(x) - article.tags.indexOf(y));
				return { slug: articles[b]!.slug, score, tagScore, textScore, sharedTags };
			}),
		);
	});
	return result;
}

interface Dated {
	slug: string;
	date: ArticleDate;
}

/**
 * The articles just before and after each one in time (`previous` is older,
 * `next` newer), in the archive's own order (`compareArticlesNewestFirst`):
 * sorts once, then answers for any slug. Undated articles have no neighbours
 * and are nobody's neighbour.
 */
export function neighboursInTime<T extends Dated>(articles: readonly T[]): (slug: string) => { previous?: T; next?: T } {
	const dated = articles.filter((a) => a.date.value !== '' && a.date.precision !== 'unknown').sort(compareArticlesNewestFirst);
	const position = new Map(dated.map((a, index) => [a.slug, index]));
	return (slug) => {
		const index = position.get(slug);
		if (index === undefined) return {};
		return { previous: dated[index + 1], next: index > 0 ? dated[index - 1] : undefined };
	};
}
