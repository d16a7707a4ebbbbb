/**
 * Where the site serves Pagefind's bundle (the build writes it to
 * `dist/pagefind/`), and the runtime module in it that a page imports,
 * `pagefind.js`: the bundle's documented entry point, whose name does not
 * change. The names of the other files (the metadata, the WebAssembly) are
 * read from the bundle's own `pagefind-entry.json` once it is written
 * (`build/page-preload.ts`).
 */
export const PAGEFIND_BASE = '/pagefind/';
export const PAGEFIND_MODULE = `${PAGEFIND_BASE}pagefind.js`;
