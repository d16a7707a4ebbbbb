import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Every raw file in a corpus folder, sorted. */
function corpusFiles(corpus: string): string[] {
	return readdirSync(corpus, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'README.md')
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
}

/**
 * N raw files from a corpus folder, spread evenly over the whole sorted list
 * so that every sub-corpus (Simplified and Traditional) is represented, and
 * the same N always gives the same files; plus one more file that is not
 * among them, for the growth measurement. When N covers the corpus, the
 * whole corpus is measured: every file but the middle one of the list,
 * which is the one growth adds, so the rebuild is of the whole corpus.
 */
export function selectFiles(corpus: string, limit = Infinity): { files: string[]; extra?: string } {
	const all = corpusFiles(corpus);
	if (limit >= all.length) {
		const middle = Math.floor(all.length / 2);
		return all.length < 2 ? { files: all } : { files: all.toSpliced(middle, 1), extra: all[middle] };
	}
	const step = all.length / limit;
	const files = Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!);
	const chosen = new Set(files);
	return { files, extra: all.find((file) => !chosen.has(file)) };
}
