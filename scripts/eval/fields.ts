import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { toSimplified } from '../../src/lib/fold.ts';
import type { TruthEntry } from './truth.ts';

/** What an extractor said about one file's metadata; absent values are empty. */
export interface FieldPrediction {
	title: string;
	/** ISO at its precision (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), or '' when none was given. */
	date: string;
	publisher: string;
	authors: string[];
	editors: string[];
}

const collapse = (text: string): string => text.replace(/\s+/gu, ' ').trim();
/** Folded for a lenient comparison: 繁→简, fullwidth→halfwidth (NFKC), no whitespace. */
export const fold = (text: string): string => toSimplified(text.normalize('NFKC')).replace(/\s+/gu, '');

export type TitleOutcome = 'exact' | 'folded' | 'wrong' | 'missing';
/** Exact after whitespace normalisation; `folded` when equal only after folding script and width. */
export function scoreTitle(truth: string, predicted: string): TitleOutcome {
	if (!predicted.trim()) return 'missing';
	if (collapse(truth) === collapse(predicted)) return 'exact';
	return fold(truth) === fold(predicted) ? 'folded' : 'wrong';
}

/**
 * `right`: the same date at the same precision; `partial`: a less precise date
 * that agrees (2019-09 for 2019-09-07); `wrong`: disagrees, or claims more
 * than the page states; `missing`: stated but not given; `extra`: given when
 * the page states none; `none`: neither.
 */
export type DateOutcome = 'right' | 'partial' | 'wrong' | 'missing' | 'extra' | 'none';
export function scoreDate(truth: string | null, predicted: string): DateOutcome {
	if (truth === null) return predicted ? 'extra' : 'none';
	if (!predicted) return 'missing';
	if (predicted === truth) return 'right';
	return truth.startsWith(`${predicted}-`) ? 'partial' : 'wrong';
}

/** Groups of names that denote one outlet, each name folded. */
export type OutletAliases = ReadonlyMap<string, number>;

/**
 * Reads the outlets data file when there is one: each entry's name fields
 * (any key containing name or alias, or the script keys hans/hant) are
 * aliases of one another. Domains and credit patterns are not names.
 */
const OUTLET_NAME_KEY = /name|alias|^hans$|^hant$/iu;

export function loadOutletAliases(path: string): OutletAliases {
	const aliases = new Map<string, number>();
	if (!existsSync(path)) return aliases;
	const data: unknown = parse(readFileSync(path, 'utf8'));
	const entries = Array.isArray(data) ? data : data && typeof data === 'object' ? Object.values(data).flat() : [];
	const names = (value: unknown, inName: boolean): string[] => {
		if (typeof value === 'string') return inName ? [value] : [];
		if (Array.isArray(value)) return value.flatMap((item) => names(item, inName));
		if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => names(item, inName || OUTLET_NAME_KEY.test(key)));
		return [];
	};
	entries.forEach((entry, index) => {
		for (const name of names(entry, typeof entry === 'string')) aliases.set(fold(name), index);
	});
	return aliases;
}

export type PublisherOutcome = 'right' | 'wrong' | 'missing' | 'extra' | 'none';
export function scorePublisher(truth: string | null, predicted: string, aliases: OutletAliases): PublisherOutcome {
	if (truth === null) return predicted ? 'extra' : 'none';
	if (!predicted) return 'missing';
	const [want, got] = [fold(truth), fold(predicted)];
	if (want === got) return 'right';
	const group = aliases.get(want);
	return group !== undefined && aliases.get(got) === group ? 'right' : 'wrong';
}

/** People found: how many of the truth's are among the predicted (folded), and how many predicted are in the truth. */
export interface PeopleScore {
	stated: number;
	given: number;
	/** Truth names among the predicted ones. */
	found: number;
	/** Predicted names that are in the truth. */
	correct: number;
	/** Every stated name was found (true when none is stated and none given). */
	all: boolean;
}
export function scorePeople(truth: readonly string[], predicted: readonly string[]): PeopleScore {
	const want = new Set(truth.map(fold));
	const got = new Set(predicted.map(fold));
	const found = [...want].filter((name) => got.has(name)).length;
	const correct = [...got].filter((name) => want.has(name)).length;
	return { stated: want.size, given: got.size, found, correct, all: found === want.size && (want.size > 0 || got.size === 0) };
}

export interface FieldScores {
	title: TitleOutcome;
	date: DateOutcome;
	publisher: PublisherOutcome;
	authors: PeopleScore;
	/** Only when the truth records editors. */
	editors?: PeopleScore;
}

export function scoreFields(truth: TruthEntry, predicted: FieldPrediction, aliases: OutletAliases): FieldScores {
	return {
		title: scoreTitle(truth.title, predicted.title),
		date: scoreDate(truth.date, predicted.date),
		publisher: scorePublisher(truth.publisher, predicted.publisher, aliases),
		authors: scorePeople(truth.authors, predicted.authors),
		...(truth.editors ? { editors: scorePeople(truth.editors, predicted.editors) } : {}),
	};
}
