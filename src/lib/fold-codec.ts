/**
 * A compact text form of a one-character-to-one-character conversion table
 * (an opencc-js dictionary whose entries are all single characters), so the
 * browser loads a few KB instead of opencc-js's preset bundle.
 *
 * Entries are sorted by source code point. The text holds two lists, in base
 * 36: each source's distance from the previous source, then each target's
 * signed distance from its source (`1,2,1;3f,-a,0`). Two separate lists
 * compress better than interleaved pairs. Entries that map a character to
 * itself are dropped (they convert nothing).
 */

export type CharPairs = [source: string, target: string][];

const cp = (ch: string) => ch.codePointAt(0)!;

export function encodeCharTable(pairs: CharPairs): string {
	const entries = pairs
		.filter(([a, b]) => a !== b)
		.map(([a, b]): [number, number] => {
			if ([...a].length !== 1 || [...b].length !== 1) throw new Error(`not a one-character entry: ${a} → ${b}`);
			return [cp(a), cp(b)];
		})
		.sort((x, y) => x[0] - y[0]);
	const sources = entries.map(([a], i) => (a - (entries[i - 1]?.[0] ?? 0)).toString(36));
	const targets = entries.map(([a, b]) => (b - a).toString(36));
	return `${sources.join(',')};${targets.join(',')}`;
}

export function decodeCharTable(encoded: string): CharPairs {
	const [sources = '', targets = ''] = encoded.split(';');
	const deltas = targets.split(',');
	let source = 0;
	return sources.split(',').map((step, i) => {
		source += Number.parseInt(step, 36);
		return [String.fromCodePoint(source), String.fromCodePoint(source + Number.parseInt(deltas[i]!, 36))];
	});
}
