import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { EDITIONS, toEdition } from '../lib/edition';
import { articlePath } from '../lib/urls';
import { sameLength } from '../lib/fold';
import { searchPath } from '../lib/search/ui';
import { compareRecordsNewestFirst, type SearchRecord, searchRecord } from '../lib/search/record';
import { runInChildProcess } from './child-process';
import { moveInto } from './search-bundle-cache';
import { dropIndexedContent, withoutIndexedContent } from './search-fragments';
import { preloadIndexOnSearchPages } from './search-page-preload';
import type { SearchIndexJob, SearchIndexResult } from './search-index-process';

/**
 * The search index: one Pagefind index over every article, built with
 * Pagefind's Node API while `astro build` renders (in a child process,
 * through a cache of bundles: `search-bundle-cache.ts`), then copied into
 * `dist/pagefind/`.
 *
 * Each article is one custom record whose content is our own tokens of its
 * folded text (see `src/lib/search/tokens.ts`), in one index for both
 * editions that finds articles in either script. The language is `zxx` ("no
 * linguistic content"): the tokens are opaque, so Pagefind must neither stem
 * nor segment them (as it would `zh`, with jieba); the search page, whatever
 * its `lang`, uses the only index there is.
 * Publisher, year and tags are Pagefind filters (see `src/lib/search/record.ts`).
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
export const SEARCH_INDEX_SETTINGS = `chunk size ${INDEX_CHUNK_SIZE}\0order ${compareRecordsNewestFirst.toString()}\0fragments ${withoutIndexedContent.toString()}`;

/** The folder the site is built from (as in `src/content.config.ts`). */
export const articlesDir = () => process.env.ARTICLES_DIR || './content/articles';

/** One search record per article MDX file in `dir`, in file-name order. */
export async function searchRecords(dir = articlesDir()): Promise<SearchRecord[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
	return Promise.all(
		files.map(async (f) => searchRecord(await readFile(join(dir, f), 'utf8'), toTraditionalSameLength, (slug) => articlePath('hans', slug))),
	);
}

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
			const res = await index.addCustomRecord({ url, content, language, meta, filters });
			if (res.errors.length) throw new Error(`pagefind: ${url}: ${res.errors.join('; ')}`);
		}
		await rm(outputPath, { recursive: true, force: true });
		await mkdir(outputPath, { recursive: true });
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
		// The tokens Pagefind keeps in each result's fragment are never shown (see search-fragments.ts).
		await dropIndexedContent(outputPath);
	} finally {
		await pagefind.close();
	}
}

/** Runs the search index job (`search-index-process.ts`) in a child process. */
export const indexInChildProcess = (job: SearchIndexJob) => runInChildProcess<SearchIndexJob, SearchIndexResult>(new URL('./search-index-process.ts', import.meta.url), job);

export default function searchIndex(): AstroIntegration {
	let cacheDir = '';
	let bundle: Promise<SearchIndexResult> | undefined;
	return {
		name: 'delta-archive:search-index',
		hooks: {
			'astro:config:done': ({ config }) => {
				// Outside `dist/`, which Astro empties before building.
				cacheDir = fileURLToPath(new URL('delta-archive/search-index/', config.cacheDir));
			},
			// The records come from the MDX files, not from the rendered pages, so the index is made
			// from the start of the build, in its own process (on another core) while Astro renders.
			'astro:build:start': ({ logger }) => {
				const started = performance.now();
				bundle = indexInChildProcess({ articlesDir: resolve(articlesDir()), cacheDir });
				bundle.then(
					({ hit }) => logger.info(`search index ${hit ? 'unchanged, reused' : 'built'} in ${((performance.now() - started) / 1000).toFixed(1)} s`),
					(error: Error) => logger.error(`search index failed: ${error.message}`),
				);
			},
			'astro:build:done': async ({ dir, logger }) => {
				if (!bundle) throw new Error('search index: astro:build:start never ran');
				let built;
				try {
					built = await bundle;
				} catch (error) {
					throw new Error(`search index failed (see above): ${(error as Error).message.split('\n')[0]}`);
				}
				const outputPath = join(fileURLToPath(dir), 'pagefind');
				await moveInto(built.path, outputPath);
				await preloadIndexOnSearchPages(fileURLToPath(dir), EDITIONS.map((edition) => `${searchPath(edition)}index.html`));
				logger.info(`search index: ${built.records} articles → ${outputPath}`);
			},
		},
	};
}
