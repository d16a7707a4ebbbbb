import { mkdir, rm } from 'node:fs/promises';
import * as pagefind from 'pagefind';
import type { IndexedArticle } from '../../lib/archive-index';
import { toEdition } from '../../lib/edition';
import { sameLength } from '../../lib/fold';
import { compareRecordsNewestFirst, type SearchRecord, searchRecordOf } from '../shared/record';
import { articlePath } from '../../lib/urls';
import { readArchive } from '../../integrations/archive-files';
import { FRAGMENT_CODE, finishFragments, indexedMeta } from './fragments';

/**
 * The search index: one Pagefind index over every article, built with
 * Pagefind's Node API while `astro build` renders (by the archive index's
 * child process, `archive-index.ts`, through a cache of bundles:
 * `search-bundle-cache.ts`), then copied into `dist/pagefind/`.
 *
 * Each article is one custom record whose content is our own tokens of its
 * folded text (see `src/search/shared/tokens.ts`), in one index for both
 * editions that finds articles in either script. The language is `zxx` ("no
 * linguistic content"): the tokens are opaque, so Pagefind must neither stem
 * nor segment them (as it would `zh`, with jieba); the search page, whatever
 * its `lang`, uses the only index there is.
 * Publisher, year and tags are Pagefind filters (see `src/search/shared/record.ts`).
 */

/** Simplified → Traditional for the 繁 edition's excerpts: the site's own conversion (with its phrase guards), keeping the length. */
export const toTraditionalSameLength = sameLength((text: string) => toEdition(text, 'hant'));

/**
 * Index chunk size, in Pagefind's units (each page a word is on, and each
 * position of it there). A search downloads the chunk holding each of its
 * words, and every search downloads the list of chunks with Pagefind's
 * metadata; 7,000 balances the two at 10,000 articles (docs/benchmarks.md).
 * Pagefind 1.6 reads it only from this environment variable (marked unstable;
 * default 20,000), when its service starts. Without it the index works the
 * same, with bigger chunks.
 */
const INDEX_CHUNK_SIZE = '7000';

/** What `writeSearchIndex` reads from outside its own code, for the bundle cache's key. */
export const SEARCH_INDEX_SETTINGS = `chunk size ${INDEX_CHUNK_SIZE}\0order ${compareRecordsNewestFirst.toString()}\0fragments ${FRAGMENT_CODE}`;

/** The search record of an article read by `readArchive`. */
export const searchRecordOfArticle = ({ data, text }: IndexedArticle): SearchRecord => searchRecordOf(data, text, toTraditionalSameLength, (slug) => articlePath('hans', slug));

/** One search record per article MDX file in `dir`, in file-name order. */
export const searchRecords = async (dir?: string): Promise<SearchRecord[]> => (await readArchive(dir)).map(searchRecordOfArticle);

/**
 * Builds the index for `records` and writes the Pagefind bundle to `outputPath`.
 * Records go in newest first: Pagefind numbers pages in the order they are
 * added, and exact searches return pages in that order, so results come by
 * date without a sort index (which would add to every search's download).
 */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= INDEX_CHUNK_SIZE;
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zxx' });
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	try {
		for (const { url, content, language, meta, filters } of records.toSorted(compareRecordsNewestFirst)) {
			const res = await index.addCustomRecord({ url, content, language, meta: indexedMeta(meta), filters });
			if (res.errors.length) throw new Error(`pagefind: ${url}: ${res.errors.join('; ')}`);
		}
		await rm(outputPath, { recursive: true, force: true });
		await mkdir(outputPath, { recursive: true });
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
		// The fragments lose the tokens no one sees and gain the texts Pagefind was not given (fragments.ts).
		const byUrl = new Map(records.map((record) => [record.url, record.meta]));
		await finishFragments(outputPath, (url) => byUrl.get(url));
	} finally {
		await pagefind.close();
	}
}
