import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { clean, taggerFor } from '../../src/ingest/pipeline';
import { loadTaxonomy } from '../../src/lib/taxonomy';
import { toTraditionalSameLength } from '../../src/search/build/index';
import { type RecordData, type SearchRecord, searchRecordOf } from '../../src/search/shared/record';
import { selectFiles } from './select';

/** A cleaned corpus article: what a record is made of. */
interface Cleaned {
	file: string;
	data: RecordData;
	body: string;
}

/**
 * `limit` raw files spread evenly over the corpus (both sub-corpora, as the
 * scale bench selects them), cleaned with the ingest's `clean()` and the real
 * taxonomy. BENCH_CLEANED=file caches the cleaned text (in /tmp, never the repo),
 * so a changed record format can be measured without cleaning again.
 */
export function corpusRecords(corpus: string, limit: number): SearchRecord[] {
	const cache = process.env.BENCH_CLEANED;
	let cleaned: Cleaned[];
	if (cache && existsSync(cache)) {
		cleaned = JSON.parse(readFileSync(cache, 'utf8')) as Cleaned[];
	} else {
		const tagger = taggerFor(loadTaxonomy('content/taxonomy.yaml'));
		cleaned = [];
		for (const path of selectFiles(corpus, limit).files) {
			const file = basename(path);
			try {
				const { metadata, plainText } = clean(readFileSync(path), file, {}, tagger);
				const slug = file.replace(/\.txt$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-');
				cleaned.push({ file, data: { ...metadata, slug }, body: plainText });
			} catch {
				console.log(`rejected: ${file}`);
			}
		}
		if (cache) writeFileSync(cache, JSON.stringify(cleaned));
	}
	return cleaned.map(({ data, body }) => searchRecordOf(data, body, toTraditionalSameLength, (s) => `/articles/${s}/`));
}
