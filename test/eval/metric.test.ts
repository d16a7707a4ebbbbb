import { describe, expect, it } from 'vitest';
import { benchmarkAverage, compareShingles, precisionRecall, shingles, tokens } from '../../scripts/eval/metric.ts';

// Invented sentences, not from any page of the shared sets.
const LATIN = 'The river port opened two new berths this spring';
const HANS = '嘉兴港今年新开两个泊位，货运量增长三成。';

describe('tokens', () => {
	it('keeps Latin words and numbers whole, as the benchmark does', () => {
		expect(tokens(LATIN)).toEqual(LATIN.split(' '));
		expect(tokens('iPhone 11, 5G-ready')).toEqual(['iPhone', '11', '5G', 'ready']);
	});

	it('makes each Han character a token and keeps digit and Latin runs between them whole', () => {
		expect(tokens('港口2023年吞吐量')).toEqual(['港', '口', '2023', '年', '吞', '吐', '量']);
		expect(tokens('用5G网络')).toEqual(['用', '5G', '网', '络']);
	});

	it('with word-runs, cuts only at non-word characters: a Chinese clause is one token', () => {
		expect(tokens(HANS, 'word-runs')).toEqual(['嘉兴港今年新开两个泊位', '货运量增长三成']);
	});
});

describe('shingles', () => {
	it('counts overlapping 4-token shingles as a multiset', () => {
		const counts = shingles('a b c d a b c d');
		expect(counts.get('a b c d')).toBe(2);
		expect(counts.get('b c d a')).toBe(1);
		expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(5);
	});

	it('makes a text shorter than four tokens one shingle of all of them, and nothing of an empty text', () => {
		expect([...shingles('only two')]).toEqual([['only two', 1]]);
		expect(shingles('，。').size).toBe(0);
	});
});

describe('compareShingles', () => {
	it('scores an exact copy 1 whatever the punctuation and spacing', () => {
		const counts = compareShingles('嘉兴港 今年新开两个泊位 —— 货运量增长三成', HANS);
		expect(counts).toEqual({ tp: shingles(HANS).size, fp: 0, fn: 0 });
		expect(precisionRecall(counts)).toEqual({ precision: 1, recall: 1, f1: 1 });
	});

	it('counts extra text as false positives and missing text as false negatives', () => {
		const extra = compareShingles(`${HANS}相关阅读：更多新闻`, HANS);
		expect(extra.fn).toBe(0);
		expect(extra.fp).toBeGreaterThan(0);
		const missing = compareShingles('嘉兴港今年新开两个泊位', HANS);
		expect(missing.fp).toBe(0);
		expect(missing.fn).toBeGreaterThan(0);
	});

	it('loses only the shingles around one changed character, where word-runs lose whole clauses', () => {
		const changed = HANS.replace('三', '四');
		const byCharacter = precisionRecall(compareShingles(changed, HANS));
		const byRun = precisionRecall(compareShingles(changed, HANS, 'word-runs'));
		expect(byCharacter.f1).toBeGreaterThan(0.7);
		expect(byRun.f1).toBe(0);
	});

	it('scores nothing predicted as 0, not as a match', () => {
		expect(precisionRecall(compareShingles('', HANS))).toEqual({ precision: 0, recall: 0, f1: 0 });
	});
});

describe('benchmarkAverage', () => {
	it('weighs each file equally and leaves files without a prediction out of precision', () => {
		const perfect = { tp: 100, fp: 0, fn: 0 };
		const half = { tp: 1, fp: 1, fn: 0 };
		const nothing = { tp: 0, fp: 0, fn: 5 };
		const average = benchmarkAverage([perfect, half, nothing]);
		expect(average.precision).toBeCloseTo((1 + 0.5) / 2);
		expect(average.recall).toBeCloseTo((1 + 1 + 0) / 3);
		expect(average.f1).toBeCloseTo((2 * 0.75 * (2 / 3)) / (0.75 + 2 / 3));
	});
});
