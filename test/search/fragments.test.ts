import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { dropIndexedContent, withoutIndexedContent } from '../../src/search/build/fragments';

/** Fragments lose the indexed tokens (never shown) and keep everything a result needs. */

const fragment = (url: string) => ({ url, content: '0fh90h80 0h800iki 0iki0jzz', word_count: 3, filters: { year: ['2020'] }, meta: { title_hans: '标题', text_hans: '长三角一体化' }, anchors: [] });
const file = (data: unknown) => gzipSync(`pagefind_dcd${JSON.stringify(data)}`);
const read = (bytes: Uint8Array) => {
	const text = gunzipSync(bytes).toString('utf8');
	expect(text.startsWith('pagefind_dcd')).toBe(true);
	return JSON.parse(text.slice('pagefind_dcd'.length));
};

describe('withoutIndexedContent', () => {
	it('empties the content of a fragment and keeps its url, meta, filters and counts', () => {
		const out = read(withoutIndexedContent(file(fragment('/articles/a/'))));
		expect(out).toEqual({ ...fragment('/articles/a/'), content: '' });
	});

	it('empties every fragment of a group (--max-fragments)', () => {
		const out = read(withoutIndexedContent(file({ zxx_1: fragment('/articles/a/'), zxx_2: fragment('/articles/b/') })));
		expect(out).toEqual({ zxx_1: { ...fragment('/articles/a/'), content: '' }, zxx_2: { ...fragment('/articles/b/'), content: '' } });
	});

	it('refuses a file in another format rather than writing something Pagefind cannot read', () => {
		expect(() => withoutIndexedContent(gzipSync('{"url":"/a/","content":"x"}'))).toThrow(/signature/);
		expect(() => withoutIndexedContent(file({ something: 'else' }))).toThrow(/no url and content/);
		expect(() => withoutIndexedContent(Buffer.from('not gzip'))).toThrow();
	});
});

describe('dropIndexedContent', () => {
	let bundle = '';
	afterEach(() => rm(bundle, { recursive: true, force: true }));

	it('rewrites every fragment file of a bundle, smaller, and names the file it cannot read', async () => {
		bundle = await mkdtemp(join(tmpdir(), 'delta-fragments-'));
		await mkdir(join(bundle, 'fragment'));
		const long = { ...fragment('/articles/a/'), content: Array.from({ length: 2000 }, (_, i) => i.toString(36).padStart(4, '0')).join(' ') };
		await writeFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'), file(long));
		const before = (await readFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'))).length;
		await dropIndexedContent(bundle);
		const after = await readFile(join(bundle, 'fragment', 'zxx_1.pf_fragment'));
		expect(read(after).content).toBe('');
		expect(after.length).toBeLessThan(before / 2);

		await writeFile(join(bundle, 'fragment', 'zxx_2.pf_fragment'), 'garbage');
		await expect(dropIndexedContent(bundle)).rejects.toThrow(/zxx_2\.pf_fragment/);
	});
});
