/**
 * The archive index job, run by the integration (`archive-index.ts`) in a
 * child process of `astro build` (`child-process.ts`): it reads every article
 * file once, publishes the archive index for the pages, then makes the
 * search records and gets their Pagefind bundle from the cache (indexing
 * them only when the cache has none for them), and copies it for the build
 * to move into `dist/`.
 */
import { archiveIndexOf, type ArchiveIndex } from '../lib/archive-index';
import { readArchive } from './archive-files';
import type { ArchiveIndexJob, SearchBundle } from './archive-index';
import { answerOneJob } from './child-process';
import { cachedSearchBundle, stageCopy } from '../search/build/bundle-cache';
import { SEARCH_INDEX_SETTINGS, searchRecordOfArticle, writeSearchIndex } from '../search/build/index';

answerOneJob<ArchiveIndexJob, SearchBundle, ArchiveIndex>(async (job, publishEarly) => {
	const articles = await readArchive(job.articlesDir);
	publishEarly(archiveIndexOf(articles));
	const records = articles.map(searchRecordOfArticle);
	const { path, hit } = await cachedSearchBundle(records, job.cacheDir, writeSearchIndex, SEARCH_INDEX_SETTINGS);
	return { path: await stageCopy(path), hit, records: records.length };
});
