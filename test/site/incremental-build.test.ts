import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { timed } from '../../scripts/bench/measure.ts';
import { copySite } from '../../scripts/bench/temp-site.ts';

/**
 * An incremental build gives byte for byte what a clean build of the same
 * archive gives. A small site is built from four of the repository's
 * articles; then one article is added and one deleted, and the site is built
 * again; then one is retitled, and it is built a third time. Each rebuild
 * reuses the last one's pages (Astro's `experimental.incrementalBuild`, keys
 * from `src/site/page-keys.ts`). The retitle comes alone and last: the pages
 * it changes besides the article's own (its neighbours', those that link it
 * as related, its lists) change in nothing else, so a key that missed a
 * linked title would leave a stale page. The last `dist/` must equal that of
 * a build of the same content with every cache removed, file for file.
 */

const repo = fileURLToPath(new URL('../..', import.meta.url));
const work = mkdtempSync(join(tmpdir(), 'delta-incremental-'));
const site = join(work, 'site');
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The repository's own articles, oldest first (their file names start with their dates). */
const articles = readdirSync(join(repo, 'content', 'articles')).filter((name) => name.endsWith('.mdx')).sort();
const rawOf = (mdx: string) => /^ {2}path: (content\/raw\/\S+)$/mu.exec(mdx)![1]!;

function addArticle(name: string): void {
	const mdx = readFileSync(join(repo, 'content', 'articles', name), 'utf8');
	cpSync(join(repo, rawOf(mdx)), join(site, rawOf(mdx)));
	writeFileSync(join(site, 'content', 'articles', name), mdx);
}

function deleteArticle(name: string): void {
	const path = join(site, 'content', 'articles', name);
	rmSync(join(site, rawOf(readFileSync(path, 'utf8'))));
	rmSync(path);
}

/** A new title: it shows on the article, its neighbours' links, related links and every list it is on. */
function retitle(name: string): void {
	const path = join(site, 'content', 'articles', name);
	const mdx = readFileSync(path, 'utf8');
	const retitled = mdx.replace(/^title: (.+)$/mu, 'title: $1（修订）');
	expect(retitled).not.toBe(mdx);
	writeFileSync(path, retitled);
}

/** Every file under `dir`, by path relative to it. */
function files(dir: string): Map<string, Buffer> {
	const found = new Map<string, Buffer>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) found.set(relative(dir, join(entry.parentPath, entry.name)), readFileSync(join(entry.parentPath, entry.name)));
	}
	return found;
}

const build = () => timed('npx', ['astro', 'build'], site);

/** The inode of a file in `dist/`: a page the rebuild left in place keeps it; one removed and copied back, or written again, does not. */
const distInode = (path: string) => statSync(join(site, 'dist', path)).ino;

/**
 * Astro's copy of each page it rendered (`<cacheDir>/dist/`), with the time it
 * was written: a page copied from the last build keeps its old copy, a page
 * rendered again gets a new one. (The build's log cannot tell: with four pages
 * rendered at once, its lines interleave.)
 */
function renderedCopies(): Map<string, number> {
	const dir = join(site, '.astro', 'cache', 'dist');
	const copies = new Map<string, number>();
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (entry.isFile()) copies.set(relative(dir, join(entry.parentPath, entry.name)), statSync(join(entry.parentPath, entry.name)).mtimeMs);
	}
	return copies;
}

describe('incremental build', () => {
	it('after adding and deleting an article, then changing one, gives the same dist/ as a clean build, reusing the pages nothing changed', { timeout: 600_000 }, async () => {
		expect(articles.length).toBeGreaterThanOrEqual(5);
		const [oldest, second, ...rest] = articles;
		const newest = rest.pop()!;
		copySite(repo, site);
		mkdirSync(join(site, 'content', 'articles'));
		for (const name of [oldest!, second!, ...rest]) addArticle(name);
		await build();
		const first = renderedCopies();
		const untouched = [`articles/${rest[0]!.replace(/\.mdx$/u, '')}/cite.bib`, 'raw/' + rawOf(readFileSync(join(site, 'content', 'articles', second!), 'utf8')).slice('content/raw/'.length)];
		const inodes = untouched.map(distInode);

		addArticle(newest);
		deleteArticle(oldest!);
		await build();
		const added = renderedCopies();
		// Pages nothing changed stayed in dist/: Astro did not copy them back from its cache.
		expect(untouched.map(distInode)).toEqual(inodes);

		retitle(second!);
		await build();
		const retitled = renderedCopies();
		renameSync(join(site, 'dist'), join(work, 'dist-incremental'));

		// A clean build: no Astro or Vite cache, no content store, no cached search bundle.
		for (const cache of ['.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(site, cache), { recursive: true, force: true });
		await build();

		const expected = files(join(site, 'dist'));
		const actual = files(join(work, 'dist-incremental'));
		const differing = [...new Set([...expected.keys(), ...actual.keys()])].filter((path) => !expected.get(path)?.equals(actual.get(path) ?? Buffer.alloc(0)) || !actual.has(path)).sort();
		expect(differing, 'files that differ between the incremental and the clean build').toEqual([]);

		const reusedIn = (before: Map<string, number>, after: Map<string, number>) => [...after].filter(([path, written]) => before.get(path) === written).map(([path]) => path);
		const renderedIn = (before: Map<string, number>, after: Map<string, number>) => [...after.keys()].filter((path) => !reusedIn(before, after).includes(path));
		const rawPage = (name: string) => `raw/${rawOf(readFileSync(join(repo, 'content', 'articles', name), 'utf8')).slice('content/raw/'.length)}`;
		const articlePages = (name: string) => ['', 'zh-hant/'].map((edition) => `${edition}articles/${name.replace(/\.mdx$/u, '')}/index.html`);
		/** An article's citation files in both editions and its open-data record. */
		const articleFiles = (name: string) => {
			const slug = name.replace(/\.mdx$/u, '');
			return [...['', 'zh-hant/'].flatMap((edition) => ['bib', 'ris', 'json'].map((format) => `${edition}articles/${slug}/cite.${format}`)), `data/articles/${slug}.json`];
		};

		// Adding one and deleting one rendered the new article's pages, forgot the deleted one's and copied what nothing touched.
		expect(renderedIn(first, added)).toEqual(expect.arrayContaining([...articlePages(newest), rawPage(newest)]));
		expect(first.has(articlePages(oldest!)[0]!)).toBe(true);
		expect([...added.keys()].filter((path) => [...articlePages(oldest!), rawPage(oldest!)].includes(path))).toEqual([]);
		expect(reusedIn(first, added)).toEqual(expect.arrayContaining([rawPage(second!), 'search/index.html', 'zh-hant/search/index.html']));
		// The retitle rendered the article's pages and files again and copied its raw file, the search pages and the files of an article it did not touch.
		expect(renderedIn(added, retitled)).toEqual(expect.arrayContaining([...articlePages(second!), ...articleFiles(second!)]));
		expect(reusedIn(added, retitled)).toEqual(expect.arrayContaining([rawPage(second!), rawPage(newest), 'search/index.html', ...articleFiles(newest)]));
	});
});
