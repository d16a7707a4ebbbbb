/**
 * The `<meta>` name under which the build gives the search pages their
 * index's cache tag: `build/page-preload.ts` writes it, `browser/pagefind.ts`
 * reads it.
 */
export const INDEX_TAG_META = 'delta-search-index';
