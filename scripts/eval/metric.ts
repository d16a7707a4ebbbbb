/**
 * The content metric of scrapinghub/article-extraction-benchmark: the text is
 * split into word tokens (Python's `re.findall(r'\w+', text)` with Unicode),
 * tokens are grouped into overlapping 4-token shingles, and prediction and
 * reference are compared as multisets of shingles. One change for Chinese:
 * see `Tokenization`.
 */

/**
 * Python's Unicode `\w` as the benchmark uses it: letters, marks, digits and
 * the underscore.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
/**
 * Scripts written without spaces between words. Under the benchmark's `\w+`
 * a whole Chinese clause between two punctuation marks is one token, so one
 * changed character (a fullwidth digit normalised, a 繁→简 variant) loses
 * every shingle that spans four clauses. Here each of their characters is a
 * token, as character n-gram evaluations of Chinese extraction do, so a
 * shingle spans four characters: about one or two words.
 */
const UNSPACED_CHARS = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3005\u3007`;
const UNSPACED = new RegExp(`[${UNSPACED_CHARS}]`, 'u');
/** A `\w+` run cut into its unspaced characters and the runs of anything else between them. */
const UNSPACED_SPLIT = new RegExp(`[${UNSPACED_CHARS}]|[^${UNSPACED_CHARS}]+`, 'gu');
const SHINGLE = 4;

/**
 * How text is cut into tokens: `characters` (the default) makes each Han,
 * kana or Hangul character a token and keeps other `\w+` runs whole (so
 * Latin text tokenises exactly as in the benchmark); `word-runs` is the
 * benchmark's own `\w+`, kept for comparison with its published numbers.
 */
export type Tokenization = 'characters' | 'word-runs';

export function tokens(text: string, tokenization: Tokenization = 'characters'): string[] {
	const runs = text.match(WORD) ?? [];
	if (tokenization === 'word-runs') return runs;
	return runs.flatMap((run) => (UNSPACED.test(run) ? (run.match(UNSPACED_SPLIT) ?? []) : [run]));
}

/** The 4-token shingles of a text as a multiset; a text of fewer than 4 tokens is one shingle of them all. */
export function shingles(text: string, tokenization: Tokenization = 'characters'): Map<string, number> {
	const words = tokens(text, tokenization);
	const counts = new Map<string, number>();
	const add = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
	if (words.length > 0 && words.length < SHINGLE) add(words.join(' '));
	for (let i = 0; i + SHINGLE <= words.length; i++) add(words.slice(i, i + SHINGLE).join(' '));
	return counts;
}

/** True positives, false positives and false negatives of one prediction, in shingles. */
export interface ShingleCounts {
	tp: number;
	fp: number;
	fn: number;
}

export function compareShingles(prediction: string, reference: string, tokenization: Tokenization = 'characters'): ShingleCounts {
	const predicted = shingles(prediction, tokenization);
	const expected = shingles(reference, tokenization);
	let tp = 0;
	let fp = 0;
	let fn = 0;
	for (const [key, count] of predicted) {
		const want = expected.get(key) ?? 0;
		tp += Math.min(count, want);
		fp += Math.max(0, count - want);
	}
	for (const [key, want] of expected) fn += Math.max(0, want - (predicted.get(key) ?? 0));
	return { tp, fp, fn };
}

export interface PrecisionRecall {
	precision: number;
	recall: number;
	f1: number;
}

/** The benchmark's precision: 1 when nothing is wrong either way, 0 when nothing was predicted right. */
const precisionOf = ({ tp, fp, fn }: ShingleCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fp === 0 ? 0 : tp / (tp + fp));
const recallOf = ({ tp, fp, fn }: ShingleCounts): number => (fp === 0 && fn === 0 ? 1 : tp === 0 && fn === 0 ? 0 : tp / (tp + fn));
const harmonic = (a: number, b: number): number => (a + b === 0 ? 0 : (2 * a * b) / (a + b));

/** Precision, recall and F1 of one file (or of summed counts). */
export function precisionRecall(counts: ShingleCounts): PrecisionRecall {
	const precision = precisionOf(counts);
	const recall = recallOf(counts);
	return { precision, recall, f1: harmonic(precision, recall) };
}

/**
 * The benchmark's aggregate: each file's counts normalised to sum to 1 (so a
 * long article weighs no more than a short one), precision averaged over the
 * files that predicted something, recall over the files that have a
 * reference, and F1 the harmonic mean of the two averages.
 */
export function benchmarkAverage(files: readonly ShingleCounts[]): PrecisionRecall {
	const precisions = files.filter(({ tp, fp }) => tp + fp > 0).map(precisionOf);
	const recalls = files.filter(({ tp, fn }) => tp + fn > 0).map(recallOf);
	const mean = (values: number[]) => (values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length);
	const precision = mean(precisions);
	const recall = mean(recalls);
	return { precision, recall, f1: harmonic(precision, recall) };
}

/** Micro average: the files' shingle counts summed, then scored once, so long articles weigh more. */
export const microAverage = (files: readonly ShingleCounts[]): PrecisionRecall =>
	precisionRecall(files.reduce((sum, one) => ({ tp: sum.tp + one.tp, fp: sum.fp + one.fp, fn: sum.fn + one.fn }), { tp: 0, fp: 0, fn: 0 }));
