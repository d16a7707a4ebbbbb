import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { fileLines } from './visible-text.ts';

/**
 * A truth file: what a person reading each page decided it states. It holds
 * only short markers and metadata, never the page text, which stays in the
 * archive it names.
 */

const ISO_AT_PRECISION = /^\d{4}(-\d{2}(-\d{2})?)?$/u;

/** One file's truth. */
export const truthEntrySchema = z.object({
	/** The file's path inside its unpacked archive, e.g. `pages/163/1.html` or `zh-hans-cctv/xwlb-1.txt`. */
	file: z.string().min(1),
	/** The headline as the page states it. */
	title: z.string().min(1),
	/** The publication date the page itself states, at the precision stated (YYYY-MM-DD, YYYY-MM or YYYY); null when it states none. YAML may read a bare year as a number. */
	date: z.union([z.string(), z.number()]).nullable().transform((value) => (value === null ? null : String(value))).refine((value) => value === null || ISO_AT_PRECISION.test(value), 'date must be YYYY, YYYY-MM or YYYY-MM-DD'),
	/** The outlet that published the article, as the page names it; null when not stated. */
	publisher: z.string().min(1).nullable(),
	/** People credited as writer, reporter, correspondent or photographer. */
	authors: z.array(z.string().min(1)),
	/** People credited as editor (责任编辑, 编辑), when the truth records them. */
	editors: z.array(z.string().min(1)).optional(),
	/** The first characters of the article body's first paragraph (after headline, byline and dateline). */
	starts: z.string().min(1),
	/** The last characters of the article body's last paragraph. */
	ends: z.string().min(1),
	/** Beginnings of lines between `starts` and `ends` that are not article text (inline ads, related links, other stories' captions). */
	skip: z.array(z.string().min(1)).optional(),
	/** Why the page is ambiguous, when it is. */
	note: z.string().optional(),
});
export type TruthEntry = z.output<typeof truthEntrySchema>;

export function parseTruth(yamlText: string, source: string): TruthEntry[] {
	const result = z.array(truthEntrySchema).safeParse(parse(yamlText) ?? []);
	if (!result.success) throw new Error(`${source}: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
	const seen = new Set<string>();
	for (const entry of result.data) {
		if (seen.has(entry.file)) throw new Error(`${source}: ${entry.file} is listed twice`);
		seen.add(entry.file);
	}
	return result.data;
}

export const loadTruth = (path: string): TruthEntry[] => parseTruth(readFileSync(path, 'utf8'), path);

/**
 * The reference article text: the file's visible lines from the line holding
 * `starts` (from that marker on) to the first line after it holding `ends`
 * (up to the marker's end), without the lines that begin with a `skip` marker.
 * Throws when a marker is not found: the truth, not the cleaner, is wrong then.
 */
export function referenceText(lines: readonly string[], entry: Pick<TruthEntry, 'file' | 'starts' | 'ends' | 'skip'>): string {
	const first = lines.findIndex((line) => line.includes(entry.starts));
	if (first < 0) throw new Error(`${entry.file}: starts marker "${entry.starts}" is not in the page's visible text`);
	const startColumn = lines[first]!.indexOf(entry.starts);
	const last = lines.findIndex((line, index) => index >= first && line.indexOf(entry.ends, index === first ? startColumn : 0) >= 0);
	if (last < 0) throw new Error(`${entry.file}: ends marker "${entry.ends}" is not in the page's visible text after the starts marker`);
	const endColumn = lines[last]!.indexOf(entry.ends, last === first ? startColumn : 0) + entry.ends.length;
	const cut = lines.slice(first, last + 1).map((line, index) => {
		const from = index === 0 ? startColumn : 0;
		const to = index === last - first ? endColumn : line.length;
		return line.slice(from, to);
	});
	const skip = entry.skip ?? [];
	return cut.filter((line, index) => index === 0 || index === cut.length - 1 || !skip.some((marker) => line.startsWith(marker))).join('\n');
}

/** The reference text of a truth entry, read from its file under the archive folder. */
export const referenceOf = (bytes: Uint8Array, entry: TruthEntry): string => referenceText(fileLines(bytes, entry.file), entry);
