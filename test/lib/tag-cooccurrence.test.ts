import { describe, expect, it } from 'vitest';
import { tagCooccurrence } from '../../src/lib/tag-cooccurrence';

const article = (...tags: string[]) => ({ data: { tags } });

describe('tagCooccurrence', () => {
	it('counts, for each tag, the articles it shares with every other tag, most first', () => {
		const result = tagCooccurrence([article('a', 'b', 'c'), article('a', 'c'), article('c', 'd'), article('e')], ['a', 'b', 'c', 'd', 'e']);
		expect(result.get('a')).toEqual([
			{ tagId: 'c', count: 2 },
			{ tagId: 'b', count: 1 },
		]);
		expect(result.get('c')).toEqual([
			{ tagId: 'a', count: 2 },
			{ tagId: 'b', count: 1 },
			{ tagId: 'd', count: 1 },
		]);
		// A tag alone on its articles co-occurs with nothing; a tag no article carries is absent.
		expect(result.get('e')).toEqual([]);
		expect(result.has('z')).toBe(false);
	});

	it('breaks ties in the taxonomy’s order, never counts a tag with itself, and counts a repeated tag once', () => {
		const result = tagCooccurrence([article('x', 'q', 'p', 'p'), article('x', 'x')], ['p', 'x', 'q']);
		expect(result.get('x')).toEqual([
			{ tagId: 'p', count: 1 },
			{ tagId: 'q', count: 1 },
		]);
		expect(result.get('p')).toEqual([
			{ tagId: 'x', count: 1 },
			{ tagId: 'q', count: 1 },
		]);
	});
});
