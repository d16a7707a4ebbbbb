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
 * among them, for the growth measurement (undefined when the corpus has no
 * file left over).
 */
export function selectFiles(corpus: string, limit: number): { files: string[]; extra?: string } {
	const all = corpusFiles(corpus);
	if (limit >= all.length) return { files: all };
	const step = all.length / limit;
	const files = Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!);
	const chosen = new Set(files);
	return { files, extra: all.find((file) => !chosen.has(file)) };
}
