import { readFile, readdir, rm, rmdir } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/**
 * An incremental build that leaves the pages it reuses where they are.
 *
 * Astro's `experimental.incrementalBuild` skips rendering a page whose key and
 * code are unchanged, but it first empties `dist/` and then copies every
 * skipped page back from its cache, one file at a time: at 21,957 articles a
 * rebuild spent most of its render phase copying 221,000 files and its setup
 * removing them. When the page's file is already in `dist/`, Astro keeps it
 * (it logs it "(cached)", not "(restored)"), so this integration turns off the
 * emptying (Vite's `build.emptyOutDir`) and does what emptying was for:
 *
 * - before the build, it removes everything from `dist/` but the files the
 *   last build recorded as pages in Astro's manifest (`incremental-build.json`),
 *   so assets, the search bundle and anything else are made fresh;
 * - after it, it removes those of them this build did not record (an
 *   article's pages when the article is gone), as Astro prunes its own cache.
 *
 * So `dist/` ends as a clean build leaves it (the incremental build test
 * compares the two byte for byte). Steps that change a page after it is
 * written must give the same file when run again on their own output
 * (`withPreloads`).
 */

/** Astro's incremental build manifest, the part read here (astro/dist/core/build/incremental.js, version 1). */
interface IncrementalManifest {
	routes: Record<string, { paths: Record<string, { outputFile: string }> }>;
}

const MANIFEST = 'incremental-build.json';

/** Every page file a manifest records, relative to `dist/` (decoded: Astro records the file's URL). */
export function pageFiles(manifest: IncrementalManifest | undefined): Set<string> {
	const files = new Set<string>();
	for (const { paths } of Object.values(manifest?.routes ?? {})) for (const { outputFile } of Object.values(paths)) files.add(decodeURI(outputFile));
	return files;
}

/** The manifest in `cacheDir`, or none (the first build, or one Astro could not read either). */
async function readManifest(cacheDir: string): Promise<IncrementalManifest | undefined> {
	try {
		return JSON.parse(await readFile(join(cacheDir, MANIFEST), 'utf8')) as IncrementalManifest;
	} catch {
		return undefined;
	}
}

/** Every folder that holds one of `files` (paths relative to the same folder), at any depth. */
const foldersOf = (files: Iterable<string>): Set<string> => {
	const folders = new Set<string>();
	for (const file of files) for (let folder = dirname(file); folder !== '.' && !folders.has(folder); folder = dirname(folder)) folders.add(folder);
	return folders;
};

/**
 * Removes every file under `dir` that `keep` does not list (paths relative to
 * `dir`), and the folders left empty. A folder that holds none of them goes
 * whole (the search bundle's 27,000 files in one call).
 */
export async function removeAllBut(dir: string, keep: ReadonlySet<string>): Promise<void> {
	const keptFolders = foldersOf(keep);
	const walk = async (folder: string): Promise<void> => {
		const entries = await readdir(folder, { withFileTypes: true }).catch(() => []);
		for (const entry of entries) {
			const path = join(folder, entry.name);
			const relativePath = relative(dir, path);
			if (entry.isDirectory() && keptFolders.has(relativePath)) await walk(path);
			else if (!keep.has(relativePath)) await rm(path, { recursive: true, force: true });
		}
	};
	await walk(dir);
}

/** Removes `files` (relative to `dir`), and each folder that leaves empty. */
async function removeFiles(dir: string, files: readonly string[]): Promise<void> {
	await Promise.all(files.map((file) => rm(join(dir, file), { force: true })));
	const deepestFirst = [...foldersOf(files)].sort((a, b) => b.length - a.length);
	// rmdir fails on a folder that still holds something: that one stays.
	for (const folder of deepestFirst) await rmdir(join(dir, folder)).catch(() => {});
}

export default function keepUnchangedPages(): AstroIntegration {
	let outDir = '';
	let cacheDir = '';
	let lastBuilds = new Set<string>();
	return {
		name: 'delta-archive:keep-unchanged-pages',
		hooks: {
			'astro:config:setup': ({ config, updateConfig }) => {
				if (config.experimental.incrementalBuild) updateConfig({ vite: { build: { emptyOutDir: false } } });
			},
			'astro:config:done': ({ config }) => {
				outDir = fileURLToPath(config.outDir);
				cacheDir = fileURLToPath(config.cacheDir);
			},
			'astro:build:start': async ({ logger }) => {
				lastBuilds = pageFiles(await readManifest(cacheDir));
				await removeAllBut(outDir, lastBuilds);
				logger.info(`dist/ emptied but for the last build's ${lastBuilds.size} pages, left for Astro to reuse or render again`);
			},
			'astro:build:done': async ({ logger }) => {
				const built = pageFiles(await readManifest(cacheDir));
				const gone = [...lastBuilds].filter((file) => !built.has(file));
				await removeFiles(outDir, gone);
				logger.info(`${gone.length} page(s) of the last build no longer built, removed`);
			},
		},
	};
}
