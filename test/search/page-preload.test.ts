import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexPreloads, indexTag, preloadIndexOnSearchPages, withPreloads } from '../../src/search/build/page-preload';

/** The preloads a search page gets once the index is written: the entry at the URL Pagefind asks for, and the metadata it names. */

const entry = (hash: string, languages: Record<string, string | null> = { zxx: null }) =>
	JSON.stringify({ version: '1.6.0', languages: Object.fromEntries(Object.entries(languages).map(([language, wasm]) => [language, { hash: `${language}_${hash}`, wasm, page_count: 3 }])) });

describe('indexPreloads', () => {
	it('preloads the entry under the tag it gives the page, and the metadata the entry names', () => {
		const json = entry('abc123');
		const tag = indexTag(json);
		const tags = indexPreloads(json, '/pagefind/');
		expect(tags).toContain(`<meta name="delta-search-index" content="${tag}" data-search-preload>`);
		expect(tags).toContain(`<link rel="preload" href="/pagefind/pagefind-entry.json?ts=${tag}" as="fetch" crossorigin="anonymous" data-search-preload>`);
		expect(tags).toContain('<link rel="preload" href="/pagefind/pagefind.zxx_abc123.pf_meta" as="fetch" crossorigin="anonymous" data-search-preload>');
	});

	it('preloads the WebAssembly the entry names for each language, the language-neutral build when it names none, each once', () => {
		const tags = indexPreloads(entry('abc123', { zxx: null, en: 'en', fr: 'fr', und: null }), '/pagefind/');
		const wasm = [...tags.matchAll(/href="([^"]*wasm[^"]*)"/gu)].map((m) => m[1]);
		expect(wasm).toEqual(['/pagefind/wasm.unknown.pagefind', '/pagefind/wasm.en.pagefind', '/pagefind/wasm.fr.pagefind']);
	});

	it('gives a new tag when the index changes, and the same one when it does not', () => {
		expect(indexTag(entry('abc123'))).toBe(indexTag(entry('abc123')));
		expect(indexTag(entry('abc123'))).not.toBe(indexTag(entry('def456')));
		expect(indexTag(entry('abc123'))).toMatch(/^[0-9a-f]{16}$/);
	});
});

describe('withPreloads', () => {
	it('puts the tags at the end of the head, leaving the rest of the page as it was', () => {
		const html = '<html><head><title>搜索</title></head><body><p>正文</p></body></html>';
		expect(withPreloads(html, '<meta name="x">')).toBe('<html><head><title>搜索</title><meta name="x"></head><body><p>正文</p></body></html>');
	});

	it('replaces the tags a page already has from an earlier index, so adding them twice gives what adding them once does', () => {
		const html = '<html><head><title>搜索</title><link rel="preload" href="/other.css" as="style"></head><body><p>正文</p></body></html>';
		const once = withPreloads(html, indexPreloads(entry('abc123'), '/pagefind/'));
		expect(withPreloads(once, indexPreloads(entry('abc123'), '/pagefind/'))).toBe(once);
		const updated = withPreloads(once, indexPreloads(entry('def456'), '/pagefind/'));
		expect(updated).toBe(withPreloads(html, indexPreloads(entry('def456'), '/pagefind/')));
		expect(updated).not.toContain('abc123');
		expect(updated).toContain('<link rel="preload" href="/other.css" as="style">');
	});

	it('refuses a page without a head instead of losing the tags', () => {
		expect(() => withPreloads('<p>no head</p>', '<meta name="x">')).toThrow(/no <\/head>/);
	});
});

describe('preloadIndexOnSearchPages', () => {
	let dist = '';
	afterEach(() => rm(dist, { recursive: true, force: true }));

	it('adds the bundle’s preloads to each search page of dist/', async () => {
		dist = await mkdtemp(join(tmpdir(), 'delta-preload-'));
		await mkdir(join(dist, 'pagefind'), { recursive: true });
		await writeFile(join(dist, 'pagefind', 'pagefind-entry.json'), entry('0f0f0f'));
		for (const page of ['search/index.html', 'zh-hant/search/index.html']) {
			await mkdir(join(dist, page, '..'), { recursive: true });
			await writeFile(join(dist, page), '<html><head></head><body></body></html>');
		}
		await preloadIndexOnSearchPages(dist, ['/search/index.html', '/zh-hant/search/index.html']);
		for (const page of ['search/index.html', 'zh-hant/search/index.html']) {
			expect(await readFile(join(dist, page), 'utf8')).toContain('href="/pagefind/pagefind.zxx_0f0f0f.pf_meta"');
		}
	});
});
