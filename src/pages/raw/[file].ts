import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import iconv from 'iconv-lite';
import { getArticles } from '../../site/articles';
import { rawPath } from '../../lib/urls';

/**
 * Each article's raw file, decoded from its recorded encoding and served as
 * UTF-8 text (with a byte-order mark, so a browser never guesses a legacy
 * encoding). The sha256 on the article page is that of the original bytes in
 * `content/raw/`.
 */
export const getStaticPaths = (async () =>
	(await getArticles()).map(({ data }) => ({
		params: { file: rawPath(data.raw.path).slice('/raw/'.length) },
		props: { path: data.raw.path, encoding: data.raw.encoding },
	}))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const bytes = await readFile(props.path as string);
	const text = iconv.decode(bytes, props.encoding as string);
	return new Response(`\uFEFF${text.replace(/^\uFEFF/u, '')}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
