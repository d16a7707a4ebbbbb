/**
 * Robustness run: clean every raw file in a folder (for example the shared
 * corpus unpacked to /tmp) without writing anything, and count outcomes,
 * warnings by kind and the dates given and refused.
 * Usage: npx tsx scripts/robustness.ts DIR [--sample N] [--dates-out FILE] [--first-line-truth]
 *   --dates-out FILE     one TSV row per given date (file, value, precision, confidence, source), for checking by hand
 *   --first-line-truth   the corpus's first line is each file's date (the CCTV set): count given dates right, wrong and missing against it
 *   --credits-out FILE   one TSV row per file with a publisher or an author (file, publisher, its source, authors with roles), for checking by hand
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../src/ingest/pipeline.ts';
import { RejectedInput } from '../src/ingest/types.ts';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/robustness.ts DIR [--sample N]');
const option = (name: string) => (rest.includes(name) ? rest[rest.indexOf(name) + 1] : undefined);
const sampleEvery = Number(option('--sample') ?? 0) || 0;
const datesOut = option('--dates-out');
const firstLineTruth = rest.includes('--first-line-truth');
const creditsOut = option('--credits-out');

/** The truth date of a file whose first line is its date (`2022年9月24日`), read independently of the cleaner. */
function firstLineDate(bytes: Buffer): string | undefined {
	const match = /^\s*(\d{4})年(\d{1,2})月(\d{1,2})日\s*$/mu.exec(bytes.toString('utf8').split('\n')[0] ?? '');
	return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
}

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();
const counts = { ingested: 0, rejected: 0, crashed: 0 };
const warnings = new Map<string, number>();
const rejections = new Map<string, number>();
const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const dates = { given: 0, refused: 0, byPrecision: new Map<string, number>(), byConfidence: new Map<string, number>() };
const truth = { right: 0, wrong: 0, missing: 0, noTruth: 0 };
const credits = { publisher: 0, authors: 0, authorNames: 0 };
const creditRows: string[] = [];
const dateRows: string[] = [];
const wrongRows: string[] = [];
const started = performance.now();
files.forEach((file, index) => {
	try {
		const bytes = readFileSync(file);
		const { metadata } = clean(bytes, file);
		counts.ingested++;
		const { value, precision, confidence, source } = metadata.date;
		if (value) {
			dates.given++;
			add(dates.byPrecision, precision);
			add(dates.byConfidence, confidence);
			dateRows.push([file, value, precision, confidence, source].join('\t'));
		} else dates.refused++;
		if (metadata.publisher) credits.publisher++;
		if (metadata.authors.length > 0) credits.authors++;
		credits.authorNames += metadata.authors.length;
		if (metadata.publisher || metadata.authors.length > 0) {
			const authors = metadata.authors.map((person) => `${person.role}:${person.name}`).join(' ');
			creditRows.push([file, metadata.publisher ?? '', `${metadata.publisherSource.confidence} ${metadata.publisherSource.method}`, authors].join('\t'));
		}
		if (firstLineTruth) {
			const expected = firstLineDate(bytes);
			if (!expected) truth.noTruth++;
			else if (!value) truth.missing++;
			// Right at its precision: 2022-09 is right for 2022-09-24, 2022-09-23 is not.
			else if (expected.startsWith(value)) truth.right++;
			else {
				truth.wrong++;
				wrongRows.push(`${file}: gave ${value} (${source}), first line says ${expected}`);
			}
		}
		for (const flag of metadata.flags) add(warnings, flag.kind === 'metadata' ? `metadata: ${flag.note.split('：')[0]}` : flag.kind);
		for (const removal of metadata.removed) add(warnings, `removed ${removal.kind.split(':')[0]}`);
		for (const repair of metadata.repaired) add(warnings, `repaired ${repair.kind}`);
		if (sampleEvery && index % sampleEvery === 0) {
			console.log(`--- ${file}\n${metadata.title} | ${metadata.date.value} (${metadata.date.precision}) | ${metadata.publisher} | ${metadata.authors.map((a) => a.name).join(' ')}`);
			for (const flag of metadata.flags) console.log(`  flag ${flag.kind}: ${flag.context ?? flag.text} ${flag.kind === 'metadata' ? flag.note : ''}`);
			for (const removal of metadata.removed) console.log(`  removed ${removal.kind}: ${removal.text.slice(0, 80)}`);
		}
	} catch (error) {
		if (error instanceof RejectedInput) {
			counts.rejected++;
			add(rejections, error.message.replace(/\d+/gu, 'N'));
		} else {
			counts.crashed++;
			console.error(`CRASH ${file}: ${(error as Error).stack}`);
		}
	}
});
const seconds = (performance.now() - started) / 1000;
if (datesOut) writeFileSync(datesOut, `${dateRows.join('\n')}\n`);
if (creditsOut) writeFileSync(creditsOut, `${creditRows.join('\n')}\n`);
for (const row of wrongRows.slice(0, 20)) console.log(`WRONG DATE ${row}`);
const dateSummary = { given: dates.given, refused: dates.refused, byPrecision: Object.fromEntries(dates.byPrecision), byConfidence: Object.fromEntries(dates.byConfidence), ...(firstLineTruth ? { againstFirstLine: truth } : {}) };
console.log(JSON.stringify({ files: files.length, ...counts, seconds: Number(seconds.toFixed(1)), perSecond: Math.round(files.length / seconds), dates: dateSummary, credits: { filesWithPublisher: credits.publisher, filesWithAuthors: credits.authors, authors: credits.authorNames }, warnings: Object.fromEntries([...warnings].sort((a, b) => b[1] - a[1])), rejections: Object.fromEntries(rejections) }, null, 2));
