/**
 * The search index job, run by the integration (`search-index.ts`) in a child
 * process of `astro build`: it reads the article MDX files, makes the search
 * records and gets their Pagefind bundle from the cache, indexing them only
 * when the cache has no bundle for them. Being its own process, it runs on
 * another core while Astro renders the pages.
 *
 * Receives one `SearchIndexJob` message, answers with one `SearchIndexOutcome`.
 */
import { cachedSearchBundle } from './search-bundle-cache';
import { searchRecords, writeSearchIndex } from './search-index';

export interface SearchIndexJob {
	articlesDir: string;
	cacheDir: string;
}

export type SearchIndexOutcome = { ok: true; path: string; hit: boolean; records: number } | { ok: false; error: string };

// The build ended (or died) without waiting for the index: stop too.
const stop = () => process.exit(1);
process.once('disconnect', stop);

process.once('message', async (job: SearchIndexJob) => {
	let outcome: SearchIndexOutcome;
	try {
		const records = await searchRecords(job.articlesDir);
		const { path, hit } = await cachedSearchBundle(records, job.cacheDir, writeSearchIndex);
		outcome = { ok: true, path, hit, records: records.length };
	} catch (error) {
		outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
	}
	process.off('disconnect', stop);
	process.send!(outcome, () => process.disconnect());
});
