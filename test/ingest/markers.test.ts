import { describe, expect, it } from 'vitest';
import { GAP, mapUnmarked, markGarbled, markRepaired } from '../../src/ingest/text/markers.ts';

describe('mapUnmarked', () => {
	const upper = (run: string) => run.toUpperCase();

	it('edits only the text outside garbled spans, repairs and gaps', () => {
		const text = `ab${markGarbled('cd')}ef${GAP}gh${markRepaired('ij', 'kl')}mn`;
		expect(mapUnmarked(text, upper)).toBe(`AB${markGarbled('cd')}EF${GAP}GH${markRepaired('ij', 'KL')}MN`);
	});

	it('hands text without marks to the edit whole', () => {
		const runs: string[] = [];
		expect(mapUnmarked('plain text', (run) => (runs.push(run), upper(run)))).toBe('PLAIN TEXT');
		expect(runs).toEqual(['plain text']);
	});

	it('gives the same result call after call, and inside its own edit', () => {
		const text = `a${GAP}b${markGarbled('c')}d`;
		const first = mapUnmarked(text, upper);
		expect(mapUnmarked(text, upper)).toBe(first);
		// An edit that maps marked text itself: the inner call must not disturb the outer one's place.
		expect(mapUnmarked(text, (run) => mapUnmarked(`${run}${GAP}${run}`, upper))).toBe(`A${GAP}A${GAP}B${GAP}B${markGarbled('c')}D${GAP}D`);
	});
});
