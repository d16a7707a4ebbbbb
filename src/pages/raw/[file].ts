import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import { servedRawText } from '../../lib/raw-text';
import { staticPaths } from '../../site/routes';

/**
 * Each article's raw file, decoded from its recorded encoding and served as
 * UTF-8 text (with a byte-order mark, so a browser never guesses a legacy
 * encoding). The sha256 on the article page is that of the original bytes in
 * `content/raw/`. A former name recorded in `content/redirects.yaml` keeps
 * serving the same text, so a link to it never breaks.
 */
export const getStaticPaths = (() => staticPaths('raw/[file]')) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const text = servedRawText(await readFile(props.path as string), props.encoding as string);
	return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
