import { PAGEFIND_MODULE } from '../shared/bundle';
import { INDEX_TAG_META } from '../shared/index-tag';
import type { FilterCounts, PagefindApi } from './client';

/**
 * Pagefind's runtime (`PAGEFIND_MODULE`, written by
 * `src/search/build/index.ts`), loaded once per page. The search page
 * starts loading it before its own logic, so the index's entry, metadata and
 * WebAssembly are on their way while the page's modules arrive.
 */

type PagefindModule = PagefindApi & { options(o: object): Promise<void>; init(): Promise<void> };

let pagefind: Promise<PagefindModule> | undefined;

/**
 * The index's cache tag, put in the page by the build once the index is
 * written (`src/search/build/page-preload.ts`); the page preloads
 * Pagefind's entry file at the URL this tag gives. Absent (`astro dev`),
 * Pagefind tags the entry with the time, as it does by default.
 */
const indexTag = (): string | undefined => document.querySelector<HTMLMetaElement>(`meta[name="${INDEX_TAG_META}"]`)?.content || undefined;

/**
 * Pagefind on the main thread: its web worker would be one more script to
 * fetch and start before the first search, and our searches are small.
 */
export const loadPagefind = (): Promise<PagefindApi> =>
	(pagefind ??= (import(/* @vite-ignore */ PAGEFIND_MODULE) as Promise<PagefindModule>).then(async (module) => {
		const metaCacheTag = indexTag();
		await module.options({ noWorker: true, ...(metaCacheTag && { metaCacheTag }) });
		await module.init();
		return module;
	}));

let filterIndexes: Promise<FilterCounts> | undefined;

/** Loads Pagefind's filter indexes once; resolves to every filter value with its count. */
export const loadFilterIndexes = (api: PagefindApi): Promise<FilterCounts> => (filterIndexes ??= api.filters());
