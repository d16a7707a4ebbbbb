import { readFile } from 'node:fs/promises';
import type { APIRoute, GetStaticPaths } from 'astro';
import iconv from 'iconv-lite';
import { getArticles } from '../../site/articles';
import { withRawFileKeys } from '../../site/page-keys';
import { rawRedirects } from '../../lib/redirects';
import { rawPath } from '../../lib/urls';

/**
 * Each article's raw file, decoded from its recorded encoding and served as
 * UTF-8 text (with a byte-order mark, so a browser never guesses a legacy
 * encoding). The sha256 on the article page is that of the original bytes in
 * `content/raw/`. A former name recorded in `content/redirects.yaml` keeps
 * serving the same text, so a link to it never breaks.
 */
export const getStaticPaths = (async () => {
	const articles = await getArticles();
	const byUrl = new Map(articles.map(({ data }) => [rawPath(data.raw.path), data.raw]));
	const served = [...byUrl, ...[...rawRedirects()].flatMap(([former, current]) => (byUrl.has(current) ? [[former, byUrl.get(current)!] as const] : []))];
	return withRawFileKeys(served.map(([url, raw]) => ({ params: { file: url.slice('/raw/'.length) }, props: { path: raw.path, encoding: raw.encoding } })));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
	const bytes = await readFile(props.path as string);
	const text = iconv.decode(bytes, props.encoding as string);
	return new Response(`\uFEFF${text.replace(/^\uFEFF/u, '')}`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
