/**
 * The search index job, run by the integration (`search-index.ts`) in a child
 * process of `astro build` (`child-process.ts`): it reads the article MDX
 * files, makes the search records and gets their Pagefind bundle from the
 * cache, indexing them only when the cache has no bundle for them, and
 * copies it for the build to move into `dist/`.
 */
import { answerOneJob } from './child-process';
import { cachedSearchBundle, stageCopy } from './search-bundle-cache';
import { SEARCH_INDEX_SETTINGS, searchRecords, writeSearchIndex } from './search-index';

export interface SearchIndexJob {
	articlesDir: string;
	cacheDir: string;
}

export interface SearchIndexResult {
	/** A copy of the bundle to move into `dist/` (`stageCopy`). */
	path: string;
	/** Whether the cache had it. */
	hit: boolean;
	records: number;
}

answerOneJob(async (job: SearchIndexJob): Promise<SearchIndexResult> => {
	const records = await searchRecords(job.articlesDir);
	const { path, hit } = await cachedSearchBundle(records, job.cacheDir, writeSearchIndex, SEARCH_INDEX_SETTINGS);
	return { path: await stageCopy(path), hit, records: records.length };
});
