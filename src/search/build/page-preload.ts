import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PAGEFIND_BASE } from '../shared/bundle';
import { INDEX_TAG_META } from '../shared/index-tag';

/**
 * Tells the search pages which index files a search needs first, so the
 * browser fetches them with the page instead of one after another.
 *
 * A cold search otherwise waits for a chain of downloads: the page, our
 * module, Pagefind's `pagefind.js`, its `pagefind-entry.json`, the metadata
 * and WebAssembly that file names, and only then the index chunks. The entry's URL carries
 * a cache tag (`?ts=`, Pagefind's `metaCacheTag` option; Pagefind uses the
 * time when none is given, so no preload could match it), and the metadata's
 * name carries the index's hash: both are known only once the index is
 * written, after the pages are rendered. So once the bundle is in `dist/`,
 * each search page gets, before `</head>`:
 *
 * - `<meta name="delta-search-index">` with the tag, which the page's script
 *   gives Pagefind (`src/search/browser/pagefind.ts`);
 * - a preload of the entry at exactly the URL Pagefind will ask for, of the
 *   metadata, and of the WebAssembly (`wasm.<language>.pagefind`, `unknown`
 *   when the entry names none, as Pagefind reads it), each as the `fetch`
 *   Pagefind makes (CORS mode, same-origin credentials), so the browser
 *   serves Pagefind's requests from them.
 *
 * The tag is a hash of the entry file, so it changes exactly when the index
 * does, and a host may cache the entry as long as the page that names it.
 *
 * Each of these tags carries `data-search-preload`, and adding them first
 * removes any that a page already has: an incremental build keeps last
 * build's search page in `dist/` when nothing on it changed
 * (`src/integrations/keep-unchanged-pages.ts`), with last build's preloads.
 */

/** What of `pagefind-entry.json` the preloads need: per language, its metadata's hash and its WebAssembly build (`null`: the language-neutral one). */
interface PagefindEntry {
	languages: Record<string, { hash: string; wasm: string | null }>;
}

/** The attribute that marks the tags added here. */
const MARK = 'data-search-preload';
const MARKED_TAG = new RegExp(`<(?:meta|link) [^>]*${MARK}[^>]*>`, 'gu');

/** The cache tag of an index: the first 16 hex digits of its entry file's SHA-256. */
export const indexTag = (entryJson: string): string => createHash('sha256').update(entryJson).digest('hex').slice(0, 16);

/** The tags to put in a search page's head for the index whose entry file is `entryJson`, served from `base` (e.g. `/pagefind/`). */
export function indexPreloads(entryJson: string, base: string): string {
	const entry = JSON.parse(entryJson) as PagefindEntry;
	const tag = indexTag(entryJson);
	const preload = (href: string) => `<link rel="preload" href="${href}" as="fetch" crossorigin="anonymous" ${MARK}>`;
	return [
		`<meta name="${INDEX_TAG_META}" content="${tag}" ${MARK}>`,
		preload(`${base}pagefind-entry.json?ts=${tag}`),
		...Object.values(entry.languages).map(({ hash }) => preload(`${base}pagefind.${hash}.pf_meta`)),
		...new Set(Object.values(entry.languages).map(({ wasm }) => preload(`${base}wasm.${wasm ?? 'unknown'}.pagefind`))),
	].join('');
}

/** `html` with the tags (from `indexPreloads`) before `</head>`, in place of any it had; throws when the page has no head to put them in. */
export function withPreloads(html: string, tags: string): string {
	const page = html.replace(MARKED_TAG, '');
	const at = page.indexOf('</head>');
	if (at < 0) throw new Error('search page has no </head>');
	return page.slice(0, at) + tags + page.slice(at);
}

/** Adds the preloads for the bundle at `<dist>/pagefind/` (`PAGEFIND_BASE`) to each search page (paths relative to `dist`). */
export async function preloadIndexOnSearchPages(dist: string, pages: readonly string[]): Promise<void> {
	const tags = indexPreloads(await readFile(join(dist, PAGEFIND_BASE, 'pagefind-entry.json'), 'utf8'), PAGEFIND_BASE);
	await Promise.all(
		pages.map(async (page) => {
			const file = join(dist, page);
			await writeFile(file, withPreloads(await readFile(file, 'utf8'), tags));
		}),
	);
}
