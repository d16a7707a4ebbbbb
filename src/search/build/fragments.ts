import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Pagefind's fragment of a result (the file its `data()` downloads) is
 * finished after the bundle is written, in two ways:
 *
 * - **The indexed content is emptied.** Pagefind keeps each record's content
 *   in its fragment, to cut its own excerpts from. Our content is the opaque
 *   bigram tokens of `src/search/shared/tokens.ts`, about ten ASCII characters
 *   per character of text, which no reader ever sees: the search page cuts
 *   excerpts from the article text in the fragment's `meta`. That is more than
 *   half of every fragment's bytes, so of every result a search downloads.
 * - **The shown texts are added to `meta`.** Pagefind indexes the words of
 *   every meta field, so the article's text in both editions (what the search
 *   page shows and checks, `SHOWN_ONLY`) is kept out of the records Pagefind
 *   is given: at 3,000 articles that indexing was a fifth of the index's
 *   build time and 40 % of its chunk bytes, postings no query could match
 *   (a query is our ASCII tokens, never Chinese words). The texts go into
 *   each fragment here instead, so the page reads them where it always did.
 *
 * The index itself (what a search matches) is untouched. A fragment file is
 * gzip of `pagefind_dcd` followed by JSON: one fragment (`{url, content,
 * meta, …}`), or, where Pagefind groups fragments (`--max-fragments`), an
 * object of fragments by hash. Both are handled.
 */

const SIGNATURE = 'pagefind_dcd';

/** The meta fields only the fragment carries: the article's text in both editions (`SearchMeta`). */
export const SHOWN_ONLY = ['text_hans', 'text_hant'] as const;

type ShownOnly = (typeof SHOWN_ONLY)[number];

/** The meta fields of a record Pagefind is given: all but `SHOWN_ONLY`. */
export function indexedMeta<M extends Record<ShownOnly, string>>(meta: M): Omit<M, ShownOnly> {
	const shownOnly: ReadonlySet<string> = new Set(SHOWN_ONLY);
	return Object.fromEntries(Object.entries(meta).filter(([field]) => !shownOnly.has(field))) as Omit<M, ShownOnly>;
}

/** The `SHOWN_ONLY` fields of the record whose URL is given, or undefined for a URL with no record. */
export type ShownMeta = (url: string) => Record<ShownOnly, string> | undefined;

interface Fragment {
	url: string;
	content: string;
	meta: Record<string, string>;
}

const isFragment = (value: unknown): value is Fragment =>
	typeof value === 'object' &&
	value !== null &&
	typeof (value as Fragment).url === 'string' &&
	typeof (value as Fragment).content === 'string' &&
	typeof (value as Fragment).meta === 'object';

/** Meta fields in code-point order of their names, as Pagefind writes them (its maps are sorted). */
const sortedFields = (meta: Record<string, string>) => Object.fromEntries(Object.entries(meta).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/**
 * A fragment file's bytes with the indexed content of every fragment in it
 * emptied and its `shown` meta fields added; throws on a file that is not in
 * Pagefind's fragment format, and on a fragment whose URL has no record.
 */
export function finishedFragment(file: Uint8Array, shown: ShownMeta): Buffer {
	const text = gunzipSync(file).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error(`not a Pagefind fragment (no ${SIGNATURE} signature)`);
	const data: unknown = JSON.parse(text.slice(SIGNATURE.length));
	const fragments = isFragment(data) ? [data] : Object.values(data as Record<string, unknown>);
	if (fragments.length === 0 || !fragments.every(isFragment)) throw new Error('not a Pagefind fragment (no url, content and meta)');
	for (const fragment of fragments) {
		const texts = shown(fragment.url);
		if (!texts) throw new Error(`no record for the fragment of ${fragment.url}`);
		fragment.content = '';
		fragment.meta = sortedFields({ ...fragment.meta, ...Object.fromEntries(SHOWN_ONLY.map((field) => [field, texts[field]])) });
	}
	return gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 });
}

/** Finishes every fragment file of a written bundle (`<bundle>/fragment/*.pf_fragment`) with `finishedFragment`. */
export async function finishFragments(bundle: string, shown: ShownMeta): Promise<void> {
	const dir = join(bundle, 'fragment');
	for (const name of await readdir(dir)) {
		if (!name.endsWith('.pf_fragment')) continue;
		const file = join(dir, name);
		try {
			await writeFile(file, finishedFragment(await readFile(file), shown));
		} catch (error) {
			throw new Error(`${file}: ${(error as Error).message}`);
		}
	}
}

/** The code that decides what a finished bundle holds, for the bundle cache's key (`SEARCH_INDEX_SETTINGS`): a change to any of it must index again. */
export const FRAGMENT_CODE = [SHOWN_ONLY.join(' '), indexedMeta, sortedFields, finishedFragment].map(String).join('\0');
