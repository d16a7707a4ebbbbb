import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

/**
 * Pagefind keeps each record's indexed content in its fragment (the file a
 * result's `data()` downloads), to cut its own excerpts from. Our content is
 * the opaque bigram tokens of `src/search/shared/tokens.ts`, about ten ASCII
 * characters per character of text, which no reader ever sees: the search
 * page cuts excerpts from the article text in the record's `meta`. So once
 * the bundle is written, each fragment's `content` is emptied. That is more
 * than half of every fragment's bytes, so of every result a search downloads
 * (measured in docs/benchmarks.md). The index itself (what a search matches)
 * is untouched.
 *
 * A fragment file is gzip of `pagefind_dcd` followed by JSON: one fragment
 * (`{url, content, meta, …}`), or, where Pagefind groups fragments
 * (`--max-fragments`), an object of fragments by hash. Both are handled.
 */

const SIGNATURE = 'pagefind_dcd';

interface Fragment {
	url: string;
	content: string;
}

const isFragment = (value: unknown): value is Fragment => typeof value === 'object' && value !== null && typeof (value as Fragment).url === 'string' && typeof (value as Fragment).content === 'string';

/** A fragment file's bytes with the indexed content of every fragment in it emptied; throws on a file that is not in Pagefind's fragment format. */
export function withoutIndexedContent(file: Uint8Array): Buffer {
	const text = gunzipSync(file).toString('utf8');
	if (!text.startsWith(SIGNATURE)) throw new Error(`not a Pagefind fragment (no ${SIGNATURE} signature)`);
	const data: unknown = JSON.parse(text.slice(SIGNATURE.length));
	const fragments = isFragment(data) ? [data] : Object.values(data as Record<string, unknown>);
	if (fragments.length === 0 || !fragments.every(isFragment)) throw new Error('not a Pagefind fragment (no url and content)');
	for (const fragment of fragments) fragment.content = '';
	return gzipSync(SIGNATURE + JSON.stringify(data), { level: 9 });
}

/** Empties the indexed content of every fragment file in a written bundle (`<bundle>/fragment/*.pf_fragment`). */
export async function dropIndexedContent(bundle: string): Promise<void> {
	const dir = join(bundle, 'fragment');
	for (const name of await readdir(dir)) {
		if (!name.endsWith('.pf_fragment')) continue;
		const file = join(dir, name);
		try {
			await writeFile(file, withoutIndexedContent(await readFile(file)));
		} catch (error) {
			throw new Error(`${file}: ${(error as Error).message}`);
		}
	}
}
