import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * N raw files from a corpus folder, spread evenly over the whole sorted list
 * so that every sub-corpus (Simplified and Traditional) is represented, and
 * the same N always gives the same files.
 */
export function selectFiles(corpus: string, limit: number): string[] {
	const all = readdirSync(corpus, { recursive: true, withFileTypes: true })
		.filter((entry) => entry.isFile() && !entry.name.startsWith('.') && entry.name !== 'README.md')
		.map((entry) => join(entry.parentPath, entry.name))
		.sort();
	if (limit >= all.length) return all;
	const step = all.length / limit;
	return Array.from({ length: limit }, (_, i) => all[Math.floor(i * step)]!);
}
