/**
 * Candidate terms for content/taxonomy.yaml from a folder of raw files (for
 * example the shared corpus unpacked in /tmp): cleans every file without
 * writing anything, and prints words no tag covers yet (see
 * src/ingest/infer/candidate-terms.ts). By default it ranks the words that
 * are distinctive of the articles the taxonomy tags with a place or an
 * initiative of the Delta, against the
 * rest of the folder, so the list stays on topic; --all ranks plain
 * frequency over every article.
 *
 * Usage: npx tsx scripts/candidate-terms.ts DIR [--top N] [--all]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, taggerFor } from '../src/ingest/pipeline.ts';
import { countText, distinctiveTerms, emptyCounts } from '../src/ingest/infer/candidate-terms.ts';
import { readableText } from '../src/ingest/text/markers.ts';
import { loadTaxonomy } from '../src/lib/taxonomy.ts';

const args = process.argv.slice(2);
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
if (!dir) throw new Error('usage: tsx scripts/candidate-terms.ts DIR [--top N] [--all]');
const top = Number(args[args.indexOf('--top') + 1]) || 40;
const all = args.includes('--all');

const tagger = taggerFor(loadTaxonomy(join(import.meta.dirname, '..', 'content', 'taxonomy.yaml')));
const files = readdirSync(dir, { recursive: true, withFileTypes: true })
	.filter((entry) => entry.isFile())
	.map((entry) => join(entry.parentPath, entry.name))
	.sort();

const ON_TOPIC = new Set(['place', 'initiative']);
let cleaned = 0;
const tagged = emptyCounts();
const untagged = emptyCounts();
const every = emptyCounts();
for (const file of files) {
	let result;
	try {
		result = clean(readFileSync(file), file, {}, tagger);
	} catch {
		continue; // rejected files have no article text
	}
	cleaned++;
	const text = `${result.metadata.title}\n${readableText(result.plainText)}`;
	if (all) countText(every, text, tagger.matcher);
	// On topic: the article carries a place or initiative of the Delta (a topic tag alone, say 交通, is not enough).
	else countText(result.metadata.tags.some((id) => ON_TOPIC.has(tagger.taxonomy.byId.get(id)!.kind)) ? tagged : untagged, text, tagger.matcher);
}
console.log(`${files.length} files, ${cleaned} cleaned; ${all ? `${every.texts} counted` : `${tagged.texts} tagged against ${untagged.texts} untagged`}`);
const terms = all
	? [...every.terms.values()].sort((a, b) => b.texts - a.texts || b.count - a.count).slice(0, top).map((t) => ({ ...t, ratio: NaN }))
	: distinctiveTerms(tagged, untagged, { limit: top, minRatio: 3 });
console.log(`top ${terms.length} candidate terms (articles / mentions${all ? '' : ' / times as common as elsewhere'}):`);
terms.forEach((t, i) => console.log(`${String(i + 1).padStart(3)}. ${t.term}\t${t.texts}\t${t.count}${all ? '' : `\t${t.ratio.toFixed(1)}×`}`));
