import { benchmarkAverage, compareShingles, microAverage, precisionRecall, type PrecisionRecall, type ShingleCounts } from './metric.ts';
import { scoreFields, type FieldScores, type OutletAliases } from './fields.ts';
import type { TruthEntry } from './truth.ts';
import type { Prediction } from './predict.ts';

/** One file scored: content shingles and fields, or the refusal (content 0, every field missing). */
export interface FileScore {
	file: string;
	/** Shingles of characters (Han, kana, Hangul) and `\w+` runs: the eval's content score. */
	content: ShingleCounts & PrecisionRecall;
	/** Shingles of the benchmark's own `\w+` runs, for comparison with its published numbers. */
	contentWordRuns: ShingleCounts;
	fields: FieldScores;
	refused?: string;
	/** What was predicted, for reading the table. */
	predicted: { title: string; date: string; publisher: string; authors: string[] };
}

const NOTHING = { body: '', title: '', date: '', publisher: '', authors: [], editors: [] };

export function scoreFile(entry: TruthEntry, reference: string, prediction: Prediction, aliases: OutletAliases): FileScore {
	const answer = prediction.refused === undefined ? prediction : NOTHING;
	const counts = compareShingles(answer.body, reference);
	return {
		file: entry.file,
		content: { ...counts, ...precisionRecall(counts) },
		contentWordRuns: compareShingles(answer.body, reference, 'word-runs'),
		fields: scoreFields(entry, answer, aliases),
		...(prediction.refused !== undefined ? { refused: prediction.refused } : {}),
		predicted: { title: answer.title, date: answer.date, publisher: answer.publisher, authors: answer.authors },
	};
}

const count = <T extends string>(values: readonly T[]): Partial<Record<T, number>> =>
	values.reduce<Partial<Record<T, number>>>((totals, value) => ({ ...totals, [value]: (totals[value] ?? 0) + 1 }), {});
const ratio = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);

/** Totals over scored files. Ratios are null when nothing was there to count. */
export function totals(files: readonly FileScore[]) {
	const dates = { right: 0, partial: 0, wrong: 0, missing: 0, extra: 0, none: 0, ...count(files.map((file) => file.fields.date)) };
	const titles = { exact: 0, folded: 0, wrong: 0, missing: 0, ...count(files.map((file) => file.fields.title)) };
	const publishers = { right: 0, wrong: 0, missing: 0, extra: 0, none: 0, ...count(files.map((file) => file.fields.publisher)) };
	const withAuthors = files.filter((file) => file.fields.authors.stated > 0);
	const sum = (pick: (file: FileScore) => number, over = files) => over.reduce((total, file) => total + pick(file), 0);
	const datesGiven = dates.right + dates.partial + dates.wrong + dates.extra;
	const datesStated = dates.right + dates.partial + dates.wrong + dates.missing;
	const publishersStated = publishers.right + publishers.wrong + publishers.missing;
	return {
		files: files.length,
		refused: files.filter((file) => file.refused !== undefined).length,
		content: {
			benchmark: benchmarkAverage(files.map((file) => file.content)),
			micro: microAverage(files.map((file) => file.content)),
			wordRuns: benchmarkAverage(files.map((file) => file.contentWordRuns)),
		},
		title: { ...titles, exactRate: ratio(titles.exact, files.length), foldedRate: ratio(titles.exact + titles.folded, files.length) },
		date: {
			...dates,
			/** Of the dates given, the share that agree with the page (a less precise agreeing date counts). */
			rightOfGiven: ratio(dates.right + dates.partial, datesGiven),
			/** Of the dates the pages state, the share found (exactly or at lower precision). */
			foundOfStated: ratio(dates.right + dates.partial, datesStated),
			exactOfStated: ratio(dates.right, datesStated),
		},
		publisher: { ...publishers, foundOfStated: ratio(publishers.right, publishersStated) },
		authors: {
			filesStating: withAuthors.length,
			/** Files whose every credited author was found. */
			filesAllFound: withAuthors.filter((file) => file.fields.authors.all).length,
			foundOfStated: ratio(withAuthors.filter((file) => file.fields.authors.all).length, withAuthors.length),
			/** Name level: stated names found, and given names that are right. */
			recall: ratio(sum((file) => file.fields.authors.found), sum((file) => file.fields.authors.stated)),
			precision: ratio(sum((file) => file.fields.authors.correct), sum((file) => file.fields.authors.given)),
		},
	};
}
export type Totals = ReturnType<typeof totals>;
