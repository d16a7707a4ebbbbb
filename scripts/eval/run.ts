/**
 * The ingest eval: `npm run eval -- DIR TRUTH [--peer gne-output.txt] [--out reports/NAME]`.
 * DIR is the unpacked archive the truth's paths are relative to. Cleans each
 * truth file with the real cleaner and taxonomy, scores content and metadata,
 * writes reports/eval-<truth>.{md,json} and prints the totals. With --peer,
 * GeneralNewsExtractor's answers are scored the same way, beside ours on the
 * same files.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadTruth, referenceOf } from './truth.ts';
import { loadOutletAliases } from './fields.ts';
import { cleanerPredictor, gnePredictor, type Predictor } from './predict.ts';
import { scoreFile, totals, type FileScore } from './score.ts';
import { filesTable, LEGEND, totalsTable } from './report.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const option = (name: string): string | undefined => {
	const index = args.indexOf(name);
	return index < 0 ? undefined : args.splice(index, 2)[1];
};
const peerPath = option('--peer');
const outOption = option('--out');
const [dir, truthPath] = args;
if (!dir || !truthPath) {
	console.error('usage: npm run eval -- DIR TRUTH [--peer gne-output.txt] [--out reports/NAME]');
	process.exit(2);
}

const truth = loadTruth(truthPath);
const aliases = loadOutletAliases(join(ROOT, 'src', 'ingest', 'data', 'outlets.yaml'));
const run = (predict: Predictor): FileScore[] =>
	truth.flatMap((entry) => {
		const bytes = readFileSync(join(dir, entry.file));
		const prediction = predict(entry.file, bytes);
		return prediction ? [scoreFile(entry, referenceOf(bytes, entry), prediction, aliases)] : [];
	});

const ours = run(cleanerPredictor(ROOT));
const oursTotals = totals(ours);
const peer = peerPath ? run(gnePredictor(peerPath)) : [];
const peerFiles = new Set(peer.map((file) => file.file));
const oursOnPeerFiles = ours.filter((file) => peerFiles.has(file.file));
const columns = [{ name: 'cleaner', totals: oursTotals }, ...(peer.length ? [{ name: `cleaner on GNE's ${peer.length}`, totals: totals(oursOnPeerFiles) }, { name: 'GNE', totals: totals(peer) }] : [])];

const name = basename(truthPath).replace(/\.ya?ml$/u, '');
const out = resolve(outOption ?? join(ROOT, 'reports', `eval-${name}`));
const refusals = ours.filter((file) => file.refused !== undefined);
const markdown = [
	`# Ingest eval: ${name}`,
	'',
	`${truth.length} files from \`${truthPath}\`, cleaned by \`clean()\` with the real taxonomy. Content: article-extraction-benchmark shingle metric.`,
	'',
	totalsTable(columns),
	'',
	refusals.length ? `Refused (${refusals.length}): ${refusals.map((file) => `${file.file} (${file.refused})`).join('; ')}\n` : '',
	'## Per file (cleaner)',
	'',
	filesTable(ours),
	'',
	...(peer.length ? ['## Per file (GNE)', '', filesTable(peer), ''] : []),
	LEGEND,
	'',
].join('\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(`${out}.md`, markdown);
writeFileSync(`${out}.json`, `${JSON.stringify({ truth: truthPath, totals: oursTotals, files: ours, ...(peer.length ? { peer: { source: peerPath, totals: totals(peer), oursOnSameFiles: totals(oursOnPeerFiles), files: peer } } : {}) }, null, '\t')}\n`);
console.log(totalsTable(columns));
console.log(`\n${out}.md · ${out}.json`);
