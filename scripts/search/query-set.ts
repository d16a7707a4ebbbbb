import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

/**
 * The committed search-quality query set (`test/search/queries.json`), every
 * query as written and in both scripts. Keys starting with `$` are comments.
 * Shared by the recall test, the e2e search tests and the search benchmarks.
 */
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toHant = OpenCC.Converter({ from: 'cn', to: 'tw' });

export function loadQueries(path = 'test/search/queries.json'): string[] {
	const querySet = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
	const written = Object.entries(querySet).flatMap(([group, qs]) => (group.startsWith('$') ? [] : (qs as string[])));
	return [...new Set(written.flatMap((q) => [q, toHans(q), toHant(q)]))];
}
