/**
 * Robustness run: clean every raw file in a folder (for example the shared
 * corpus unpacked to /tmp) without writing anything, and count outcomes and
 * warnings by kind. Usage: npx tsx scripts/robustness.ts DIR [--sample N]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '../src/ingest/pipeline.ts';
import { RejectedInput } from '../src/ingest/types.ts';

const [dir, ...rest] = process.argv.slice(2);
if (!dir) throw new Error('usage: tsx scripts/robustness.ts DIR [--sample N]');
const sampleEvery = Number(rest[rest.indexOf('--sample') + 1] ?? 0) || 0;

const files = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();
const counts = { ingested: 0, rejected: 0, crashed: 0 };
const warnings = new Map<string, number>();
const rejections = new Map<string, number>();
const add = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
const started = performance.now();
files.forEach((file, index) => {
	try {
		const { metadata } = clean(readFileSync(file), file);
		counts.ingested++;
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
console.log(JSON.stringify({ files: files.length, ...counts, seconds: Number(seconds.toFixed(1)), perSecond: Math.round(files.length / seconds), warnings: Object.fromEntries([...warnings].sort((a, b) => b[1] - a[1])), rejections: Object.fromEntries(rejections) }, null, 2));
