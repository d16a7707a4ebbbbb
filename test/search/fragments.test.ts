import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { finishedFragment, finishFragments, indexedMeta, type ShownMeta } from '../../src/search/build/fragments';

/** Fragments lose the indexed tokens (never shown), gain the texts Pagefind was not given, and keep everything else a result needs. */

/** A fragment as Pagefind writes it from a record given `indexedMeta`: meta sorted, no texts. */
const fragment = (url: string) => ({
	url,
	content: '0fh90h80 0h800iki 0iki0jzz',
	word_count: 3,
	filters: { year: ['2020'] },
	meta: { date: '2020-05', title_hans: '标题', title_hant: '標題' },
	anchors: [],
});
const texts: Record<string, { text_hans: string; text_hant: string }> = {
	'/articles/a/': { text_hans: '长三角一体化', text_hant: '長三角一體化' },
	'/articles/b/': { text_hans: '科创走廊', text_hant: '科創走廊' },
};
const shown: ShownMeta = (url) => texts[url];
/** What the search page reads: the fragment with no tokens and every meta field, in Pagefind's (sorted) order. */
const finished = (url: string) => ({
	...fragment(url),
	content: '',
	meta: { date: '2020-05', text_hans: texts[url]!.text_hans, text_hant: texts[url]!.text_hant, title_hans: '标题', title_hant: '標題' },
});
const file = (data: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(data)}`);
const read = (bytes: Uint8Array) => {
	const text = gunzipSync(bytes).toString('utf8');
	expect(text.startsWith('pagefind_dcd')).toBe(true);
	return JSON.parse(text.slice('pagefind_dcd'.length));
};

describe('indexedMeta', () => {
	it('gives Pagefind every meta field but the texts in both editions', () => {
		const meta = { title_hans: '标题', date: '2020', text_hans: '正文', text_hant: '正文', body_at: '3' };
		expect(indexedMeta(meta)).toEqual({ title_hans: '标题', date: '2020', body_at: '3' });
	});
});

describe('finishedFragment', () => {
	it('empties the content, adds the texts in field-name order, and keeps url, meta, filters and counts', () => {
		const out = read(finishedFragment(file(fragment('/articles/a/')), shown));
		expect(out).toEqual(finished('/articles/a/'));
		expect(Object.keys(out.meta)).toEqual(['date', 'text_hans', 'text_hant', 'title_hans', 'title_hant']);
	});

	it('finishes every fragment of a group (--max-fragments), each with its own texts', () => {
		const out = read(finishedFragment(file({ zxx_1: fragment('/articles/a/'), zxx_2: fragment('/articles/b/') }), shown));
		expect(out).toEqual({ zxx_1: finished('/articles/a/'), zxx_2: finished('/articles/b/') });
	});

	it('adds only the texts, whatever else the record holds', () => {
		const out = read(finishedFragment(file(fragment('/articles/a/')), () => ({ ...texts['/articles/a/']!, title_hans: '别的' }) as never));
		expect(out.meta.title_hans).toBe('标题');
	});

	it('refuses a fragment whose URL has no record rather than serving a result without its text', () => {
		expect(() => finishedFragment(file(fragment('/articles/gone/')), shown)).toThrow(/no record for the fragment of \/articles\/gone\//);
	});

	it('refuses a file in another format rather than writing something Pagefind cannot read', () => {
		expect(() => finishedFragment(gzipSync('{"url":"/a/","content":"x","meta":{}}'), shown)).toThrow(/signature/);
		expect(() => finishedFragment(file({ something: 'else' }), shown)).toThrow(/no url, content and meta/);
		expect(() => finishedFragment(Buffer.from('not gzip'), shown)).toThrow();
	});
});

describe('finishFragments', () => {
	let bundle = '';
	afterEach(() => rm(bundle, { recursive: true, force: true }));

	it('rewrites every fragment file of a bundle, smaller, and names the file it cannot read', async () => {
		bundle = await mkdtemp(join(tmpdir(), 'delta-fragments-'));
		await mkdir(join(bundle, 'fragment'));
		const long = { ...fragment('/articles/a/'), content: Array.from({ length: 2000 }, (_, i) => i.toString(36).padStart(4, '0')).join(' ') };
		await writeFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'), file(long));
		const before = (await readFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'))).length;
		await finishFragments(bundle, shown);
		const after = await readFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'));
		expect(read(after)).toEqual(finished('/articles/a/'));
		expect(after.length).toBeLessThan(before / 2);

		await writeFile(join(bundle, 'fragment', 'zxx_2.pf_fragment'), 'garbage');
		await expect(finishFragments(bundle, shown)).rejects.toThrow(/zxx_2\.pf_fragment/);
	});
});
