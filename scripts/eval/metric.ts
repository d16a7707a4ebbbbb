/**
 * The content metric of scrapinghub/article-extraction-benchmark: the text is
 * split into word tokens (Python's `re.findall(r'\w+', text)` with Unicode),
 * tokens are grouped into overlapping 4-token shingles, and prediction and
 * reference are compared as multisets of shingles.
 */

/**
 * Python's Unicode `\w` as the issue defines it: letters, marks, digits and the
 * underscore. Han characters are letters, so a Chinese clause between two
 * punctuation marks is one token, and a shingle spans four clauses.
 */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;
const SHINGLE = 4;

export const tokens = (text: string): string[] => text.match(WORD) ?? [];

/** The 4-token shingles of a text as a multiset; a text of fewer than 4 tokens is one shingle of them all. */
export function shingles(text: string): Map<string, number> {
	const words = tokens(text);
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

export function compareShingles(prediction: string, reference: string): ShingleCounts {
	const predicted = shingles(prediction);
	const expected = shingles(reference);
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
