import { mkdir, readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { toEdition } from '../lib/edition';
import { articlePath } from '../lib/urls';
import { sameLength } from '../lib/search/fold';
import { type SearchRecord, searchRecord } from '../lib/search/record';
import { runInChildProcess } from './child-process';
import { moveInto } from './search-bundle-cache';
import type { SearchIndexJob, SearchIndexResult } from './search-index-process';

/**
 * The search index: one Pagefind index over every article, built with
 * Pagefind's Node API while `astro build` renders (in a child process,
 * through a cache of bundles: `search-bundle-cache.ts`), then copied into
 * `dist/pagefind/`.
 *
 * Each article is one custom record whose content is our own tokens of its
 * folded text (see `src/lib/search/tokens.ts`), all forced to language `zh`,
 * so both editions share one index that finds articles in either script.
 */

/** Simplified → Traditional for the 繁 edition's excerpts: the site's own conversion (with its phrase guards), keeping the length. */
export const toTraditionalSameLength = sameLength((text: string) => toEdition(text, 'hant'));

/** The folder the site is built from (as in `src/content.config.ts`). */
export const articlesDir = () => process.env.ARTICLES_DIR || './content/articles';

/** One search record per article MDX file in `dir`, in file-name order. */
export async function searchRecords(dir = articlesDir()): Promise<SearchRecord[]> {
	const files = (await readdir(dir)).filter((f) => f.endsWith('.mdx')).sort();
	return Promise.all(
		files.map(async (f) => searchRecord(await readFile(join(dir, f), 'utf8'), toTraditionalSameLength, (slug) => articlePath('hans', slug))),
	);
}

/** Builds the index for `records` and writes the Pagefind bundle to `outputPath`. */
export async function writeSearchIndex(records: readonly SearchRecord[], outputPath: string): Promise<void> {
	const { index, errors } = await pagefind.createIndex({ forceLanguage: 'zh' });
	if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
	try {
		for (const { url, content, language, meta } of records) {
			const res = await index.addCustomRecord({ url, content, language, meta });
			if (res.errors.length) throw new Error(`pagefind: ${url}: ${res.errors.join('; ')}`);
		}
		await rm(outputPath, { recursive: true, force: true });
		await mkdir(outputPath, { recursive: true });
		const written = await index.writeFiles({ outputPath });
		if (written.errors.length) throw new Error(`pagefind: ${written.errors.join('; ')}`);
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
				logger.info(`search index: ${built.records} articles → ${outputPath}`);
			},
		},
	};
}
