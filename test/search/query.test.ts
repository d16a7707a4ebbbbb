import { describe, expect, it } from 'vitest';
import { fold } from '../../src/lib/fold';
import { excerpt, isSingleTerm, matchesQuery, matchRanges, occurrences, parseQuery, type ParsedQuery, usesOperators } from '../../src/search/shared/query';
import { dateRange, inRange, monthFilter, monthsInRange, readBound } from '../../src/search/shared/range';
import { encodeChar, indexTokens, termTokens } from '../../src/search/shared/tokens';

describe('fold', () => {
	it('folds Traditional to Simplified and ASCII to lowercase, keeping the length', () => {
		expect(fold('G60科創走廊發展')).toBe('g60科创走廊发展');
		expect(fold('长三角一体化')).toBe('长三角一体化');
		const text = '九地市政協共商G60科創走廊更高質量發展';
		expect(fold(text)).toHaveLength(text.length);
	});
});

describe('tokens', () => {
	const bigram = (s: string) => [...s].map(encodeChar).join('');
	const unigram = (s: string) => `y${encodeChar(s)}`;

	it('gives each pair of adjacent characters a bigram, in text order, then each distinct letter or digit a unigram', () => {
		const tokens = indexTokens('科创，g6\n\n创');
		expect(tokens.slice(0, 6)).toEqual([bigram('科创'), bigram('创，'), bigram('，g'), bigram('g6'), bigram('6 '), bigram(' 创')]);
		expect(tokens.slice(6)).toEqual([unigram('科'), unigram('创'), unigram('g'), unigram('6')].sort());
		expect(tokens.every((t) => /^[0-9a-z]+$/.test(t))).toBe(true);
	});

	it('puts the bigrams of every substring at consecutive positions', () => {
		const text = fold('長三角G60科創走廊高質量發展，3.0版');
		const index = indexTokens(text);
		for (const q of ['g60科创', '走廊高质量', '发展', '，3', '3.0版']) {
			const tokens = termTokens(q);
			expect(tokens).toHaveLength([...q].length - 1);
			const at = index.indexOf(tokens[0]!);
			expect(index.slice(at, at + tokens.length), q).toEqual(tokens);
		}
	});

	it('a one-character term is its unigram; a lone punctuation mark is nothing', () => {
		expect(termTokens('沪')).toEqual([unigram('沪')]);
		expect(termTokens('，')).toEqual([]);
		expect(termTokens('3.8')).toEqual([bigram('3.'), bigram('.8')]);
	});

	it('no token is a prefix of another (Pagefind matches prefixes)', () => {
		const all = [...new Set(indexTokens(fold('長三角G60科創走廊3.8萬億 y1')))];
		for (const a of all) for (const b of all) if (a !== b) expect(b.startsWith(a), `${a} ${b}`).toBe(false);
	});
});

describe('query', () => {
	/** The folded terms of each group and of the exclusions: the shape of a parsed query. */
	const shape = (q: ParsedQuery) => ({ groups: q.groups.map((g) => g.map((t) => t.folded)), excluded: q.excluded.map((t) => t.folded) });
	const exact = (term: string) => `"${termTokens(term).join(' ')}"`;

	it('splits terms at whitespace, folds each and makes each an exact phrase', () => {
		const q = parseQuery(' G60  科創走廊 g60 ');
		expect(q.typed).toBe('G60 科創走廊 g60');
		expect(shape(q)).toEqual({ groups: [['g60'], ['科创走廊']], excluded: [] });
		expect(q.folded).toEqual(['g60', '科创走廊']);
		expect(q.groups.flat().map((t) => t.exact)).toEqual([exact('g60'), exact('科创走廊')]);
		expect(q.groups.map((g) => g[0]!.typed)).toEqual(['G60', '科創走廊']);
		expect(q.ranked.split(' ')).toHaveLength(2 + 3);
		expect(parseQuery('  ！ ').groups).toEqual([]);
		expect(isSingleTerm(parseQuery('科創'))).toBe(true);
		expect(usesOperators(parseQuery('科創 走廊'))).toBe(false);
	});

	it('reads a quoted phrase as one term, whitespace collapsed, in ASCII or fullwidth quotes', () => {
		expect(shape(parseQuery('"長三角   一體化" 上海'))).toEqual({ groups: [['长三角 一体化'], ['上海']], excluded: [] });
		expect(shape(parseQuery('＂G60 科創＂'))).toEqual({ groups: [['g60 科创']], excluded: [] });
		// A phrase within a word starts a new term.
		expect(shape(parseQuery('上海"金华 周"'))).toEqual({ groups: [['上海'], ['金华 周']], excluded: [] });
		// Quotes protect operators: a leading minus and the word OR are searched as written.
		expect(shape(parseQuery('"-5%" "A OR B"'))).toEqual({ groups: [['-5%'], ['a or b']], excluded: [] });
		const phrase = parseQuery('"长三角 一体化"');
		expect(phrase.groups[0]![0]!.exact).toBe(exact('长三角 一体化'));
		expect(termTokens('长三角 一体化')).toHaveLength(6);
		expect(usesOperators(phrase)).toBe(true);
		expect(isSingleTerm(phrase)).toBe(true);
	});

	it('reads -term and -"phrase" as exclusions, a minus inside a word as a character', () => {
		const q = parseQuery('长三角 -上海 -"金华 周" 上海-金华');
		expect(shape(q)).toEqual({ groups: [['长三角'], ['上海-金华']], excluded: ['上海', '金华 周'] });
		expect(q.folded).toEqual(['长三角', '上海-金华']);
		expect(usesOperators(q)).toBe(true);
		expect(isSingleTerm(parseQuery('长三角 -上海'))).toBe(false);
	});

	it('reads A OR B as one group, OR binding tighter than the implicit AND', () => {
		expect(shape(parseQuery('长三角 嘉興 OR 金華 OR 松江 上海'))).toEqual({ groups: [['长三角'], ['嘉兴', '金华', '松江'], ['上海']], excluded: [] });
		expect(shape(parseQuery('"G60 科创" OR 嘉兴 -上海'))).toEqual({ groups: [['g60 科创', '嘉兴']], excluded: ['上海'] });
		// Only a capital OR is the operator; repeated ORs are one.
		expect(shape(parseQuery('嘉兴 or 金华'))).toEqual({ groups: [['嘉兴'], ['or'], ['金华']], excluded: [] });
		expect(shape(parseQuery('嘉兴 OR OR 金华'))).toEqual({ groups: [['嘉兴', '金华']], excluded: [] });
		// The same group twice, or twice in another order, is one.
		expect(shape(parseQuery('嘉兴 OR 金华 金華 OR 嘉興'))).toEqual({ groups: [['嘉兴', '金华']], excluded: [] });
		expect(parseQuery('嘉兴 OR 金华').folded).toEqual(['嘉兴', '金华']);
		expect(isSingleTerm(parseQuery('嘉兴 OR 金华'))).toBe(false);
	});

	it('reads malformed input as plain text', () => {
		// An unpaired quote is dropped; the rest is words.
		expect(shape(parseQuery('"长三角 一体化'))).toEqual({ groups: [['长三角'], ['一体化']], excluded: [] });
		expect(shape(parseQuery('长三角 一体"化'))).toEqual({ groups: [['长三角'], ['一体化']], excluded: [] });
		expect(shape(parseQuery('-"长三角'))).toEqual({ groups: [], excluded: ['长三角'] });
		// An empty phrase and a lone minus search nothing.
		expect(shape(parseQuery('"" 嘉兴 - ！'))).toEqual({ groups: [['嘉兴']], excluded: [] });
		// An OR without a wanted term on both sides is the word.
		expect(shape(parseQuery('OR 嘉兴'))).toEqual({ groups: [['or'], ['嘉兴']], excluded: [] });
		expect(shape(parseQuery('嘉兴 OR'))).toEqual({ groups: [['嘉兴'], ['or']], excluded: [] });
		expect(shape(parseQuery('嘉兴 OR -上海'))).toEqual({ groups: [['嘉兴'], ['or']], excluded: ['上海'] });
		expect(shape(parseQuery('-上海 OR 嘉兴'))).toEqual({ groups: [['or'], ['嘉兴']], excluded: ['上海'] });
		// A lone punctuation mark in a group drops out of it.
		expect(shape(parseQuery('嘉兴 OR ！'))).toEqual({ groups: [['嘉兴']], excluded: [] });
		// Only exclusions: nothing to search.
		expect(parseQuery('-上海').groups).toEqual([]);
	});

	it('matches text with something of every group and nothing excluded', () => {
		const q = (s: string) => parseQuery(s);
		expect(matchesQuery('长三角g60科创走廊', q('g60 走廊'))).toBe(true);
		expect(matchesQuery('科学创新走向长廊', q('科创走廊'))).toBe(false);
		expect(matchesQuery('长三角，嘉兴', q('长三角 嘉兴 OR 金华'))).toBe(true);
		expect(matchesQuery('长三角，松江', q('长三角 嘉兴 OR 金华'))).toBe(false);
		expect(matchesQuery('长三角，上海', q('长三角 -上海'))).toBe(false);
		// A space in a phrase matches any run of whitespace, and nothing else.
		expect(matchesQuery('人民政府\n\n上海', q('"政府 上海"'))).toBe(true);
		expect(matchesQuery('人民政府，上海', q('"政府 上海"'))).toBe(false);
		expect(matchesQuery('anything', q(''))).toBe(false);
		expect(matchesQuery('上海', q('-北京'))).toBe(false);
	});

	it('finds where a phrase occurs across any whitespace, regular-expression characters taken literally', () => {
		expect(occurrences('a 政府\n 上海 政府 上海', '政府 上海')).toEqual([
			[2, 8],
			[9, 14],
		]);
		expect(occurrences('3.8 万 3x8 万', '3.8 万')).toEqual([[0, 5]]);
		expect(occurrences('（1）(1)', '(1)')).toEqual([[3, 6]]);
	});

	it('merges overlapping matches', () => {
		expect(matchRanges('政府 上海，政府', ['政府 上海', '政府'])).toEqual([
			[0, 5],
			[6, 8],
		]);
		expect(matchRanges('一体化，一体', ['一体', '体化'])).toEqual([
			[0, 3],
			[4, 6],
		]);
	});

	it('cuts an excerpt around the first match and marks every match in it', () => {
		const text = `${'甲'.repeat(100)}G60科創走廊${'乙'.repeat(100)}`;
		const parts = excerpt(text, fold(text), ['科创走廊'], 40);
		expect(parts[0]).toEqual({ text: '…', mark: false });
		expect(parts.filter((p) => p.mark).map((p) => p.text)).toEqual(['科創走廊']);
		expect(parts.at(-1)).toEqual({ text: '…', mark: false });
	});
});

describe('excerpt position', () => {
	it('prefers a match in the body to one in the title', () => {
		const text = '科创走廊观察\n人民日报\n正文开始。这里也说到科创走廊的事。';
		const parts = excerpt(text, fold(text), ['科创走廊'], 12, text.indexOf('正文'));
		expect(parts.map((p) => p.text).join('')).toContain('也说到科创走廊');
		expect(parts.map((p) => p.text).join('')).not.toContain('观察');
	});
});

describe('date range', () => {
	it('reads a bound as a year or a month, in the usual spellings, and nothing else', () => {
		expect(['2019', '2019-6', '2019-06', '2019/06', ' 2019.6 ', '2019年6月', '２０１９年６月', '2019年'].map(readBound)).toEqual([
			'2019',
			'2019-06',
			'2019-06',
			'2019-06',
			'2019-06',
			'2019-06',
			'2019-06',
			'2019',
		]);
		expect(['', '19', '2019-13', '2019-00', '2019-06-01', 'abc', '20190'].map(readBound)).toEqual(['', '', '', '', '', '', '']);
	});

	it('makes a year bound its whole year, swaps bounds in the wrong order, and allows an open end', () => {
		expect(dateRange('2019', '2020')).toEqual({ from: '2019-01', to: '2020-12' });
		expect(dateRange('2020-03', '2019')).toEqual({ from: '2019-01', to: '2020-03' });
		expect(dateRange('', '2019-6')).toEqual({ from: '', to: '2019-06' });
		expect(dateRange('nonsense', '')).toEqual({ from: '', to: '' });
	});

	it('keeps an article only when its whole date lies inside the range', () => {
		expect(monthFilter('2019-06-30')).toBe('2019-06');
		expect(monthFilter('2019')).toBe('2019');
		expect(monthFilter('')).toBe('unknown');
		const spring = dateRange('2019-03', '2019-06');
		expect(['2019-02', '2019-03', '2019-06', '2019-07', '2019', 'unknown'].map((v) => inRange(v, spring))).toEqual([false, true, true, false, false, false]);
		// A year-only date is inside a range covering the whole year.
		expect(inRange('2019', dateRange('2018-12', '2019'))).toBe(true);
		expect(inRange('2019', dateRange('2019-02', ''))).toBe(false);
		expect(inRange('2019-06-30', dateRange('', '2019-06'))).toBe(true);
		expect(monthsInRange(['2018-12', '2019', '2019-01', '2020-01', 'unknown'], dateRange('2019', '2019'))).toEqual(['2019', '2019-01']);
	});
});
