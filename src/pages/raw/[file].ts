import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import iconv from 'iconv-lite';
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
	const bytes = await readFile(props.path as string);
	const text = iconv.decode(bytes, props.encoding as string);
	return new Response(`\uFEFF${text.replace(/^\uFEFF/u, '')}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
