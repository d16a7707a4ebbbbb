import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Plugin } from 'vite';
import { type ArchiveIndex, archiveIndexOf } from '../lib/archive-index';
import { EDITIONS } from '../lib/edition';
import { searchPath } from '../lib/urls';
import { articlesDir, readArchive } from './archive-files';
import { type ChildJob, runInChildProcess } from './child-process';
import { moveInto } from '../search/build/bundle-cache';
import { preloadIndexOnSearchPages } from '../search/build/page-preload';

/**
 * The archive index: one step per build reads every article file once
 * (`readArchive`) and makes what the build needs of the whole archive —
 * related articles and neighbours in time for the pages, and the search
 * index's Pagefind bundle for `dist/pagefind/`.
 *
 * It runs in a child process from the start of the build, on another core
 * while Vite bundles and Astro renders (`archive-index-process.ts`). The
 * pages import the index as a virtual module, `virtual:delta-archive/archive-index`
 * (as Starlight serves its config), whose source is the index the child
 * publishes first; the search bundle follows and is needed only once the
 * pages are written. Under `astro dev` the module is made in-process and
 * remade when an article changes.
 */

export const ARCHIVE_INDEX_MODULE = 'virtual:delta-archive/archive-index';
const RESOLVED = `\0${ARCHIVE_INDEX_MODULE}`;

export interface ArchiveIndexJob {
	articlesDir: string;
	/** Where search bundles are cached between builds (`search-bundle-cache.ts`). */
	cacheDir: string;
}

export interface SearchBundle {
	/** A copy of the bundle to move into `dist/` (`stageCopy`). */
	path: string;
	/** Whether the cache had it. */
	hit: boolean;
	records: number;
}

/** Runs the archive index job in a child process: the index comes early, the search bundle as its result. */
export const indexInChildProcess = (job: ArchiveIndexJob): ChildJob<ArchiveIndex, SearchBundle> =>
	runInChildProcess<ArchiveIndexJob, SearchBundle, ArchiveIndex>(new URL('./archive-index-process.ts', import.meta.url), job);

const moduleSource = (index: ArchiveIndex) => `export default JSON.parse(${JSON.stringify(JSON.stringify(index))});`;

/**
 * Marks the module as data, the way Astro marks its content collections' modules
 * (`createContentDataIncrementalMetadata`, astro/dist/core/build/incremental-metadata.js,
 * not exported): an incremental build then leaves it out of each page's code hash, so
 * one article added does not change every page's hash. What a page shows of the index
 * is in its own `cacheKey` instead (`src/lib/page-keys.ts`).
 */
const DATA_MODULE_META = { astroIncremental: { kind: 'content-data' } };

export default function archiveIndex(): AstroIntegration {
	let cacheDir = '';
	let job: ChildJob<ArchiveIndex, SearchBundle> | undefined;
	let logger: AstroIntegrationLogger | undefined;

	const inProcess = async () => archiveIndexOf(await readArchive());
	/** The index for the pages: the child's, or (under `astro dev`, or if the child failed) made here. */
	async function index(): Promise<ArchiveIndex> {
		if (!job) return inProcess();
		try {
			return await job.early;
		} catch (error) {
			logger?.warn(`archive index: the background job failed, made here instead (${(error as Error).message.split('\n')[0]})`);
			return inProcess();
		}
	}

	const plugin: Plugin = {
		name: 'delta-archive:archive-index',
		resolveId: (id) => (id === ARCHIVE_INDEX_MODULE ? RESOLVED : undefined),
		load: async (id) => (id === RESOLVED ? { code: moduleSource(await index()), meta: DATA_MODULE_META } : undefined),
		configureServer(server) {
			// An article added, edited or removed under `astro dev` changes related articles and neighbours.
			const dir = resolve(articlesDir());
			const changed = (file: string) => {
				if (!file.startsWith(`${dir}/`) || !file.endsWith('.mdx')) return;
				for (const environment of Object.values(server.environments)) {
					const module = environment.moduleGraph.getModuleById(RESOLVED);
					if (module) environment.moduleGraph.invalidateModule(module);
				}
			};
			server.watcher.on('add', changed).on('change', changed).on('unlink', changed);
		},
	};

	return {
		name: 'delta-archive:archive-index',
		hooks: {
			'astro:config:setup': ({ updateConfig }) => {
				updateConfig({ vite: { plugins: [plugin] } });
			},
			'astro:config:done': ({ config }) => {
				// Outside `dist/`, which Astro empties before building.
				cacheDir = fileURLToPath(new URL('delta-archive/search-index/', config.cacheDir));
			},
			'astro:build:start': ({ logger: buildLogger }) => {
				logger = buildLogger;
				const started = performance.now();
				const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
				job = indexInChildProcess({ articlesDir: resolve(articlesDir()), cacheDir });
				job.early.then(
					() => logger?.info(`archive index (related articles, neighbours) made in ${seconds()} s`),
					() => {},
				);
				job.result.then(
					({ hit }) => logger?.info(`search index ${hit ? 'unchanged, reused' : 'built'} in ${seconds()} s`),
					(error: Error) => logger?.error(`search index failed: ${error.message}`),
				);
			},
			'astro:build:done': async ({ dir }) => {
				if (!job) throw new Error('archive index: astro:build:start never ran');
				let built;
				try {
					built = await job.result;
				} catch (error) {
					throw new Error(`search index failed (see above): ${(error as Error).message.split('\n')[0]}`);
				}
				const outputPath = join(fileURLToPath(dir), 'pagefind');
				await moveInto(built.path, outputPath);
				await preloadIndexOnSearchPages(fileURLToPath(dir), EDITIONS.map((edition) => `${searchPath(edition)}index.html`));
				logger?.info(`search index: ${built.records} articles → ${outputPath}`);
			},
		},
	};
}
