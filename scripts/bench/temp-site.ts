import { cpSync, existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';

/** What the site is built from; never content/articles, content/raw or content/overrides. */
const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/taxonomy.yaml', 'content/map'];

/**
 * `dir/node_modules` as a real folder of links to the repository's packages.
 * Not one link to the whole folder: Astro and Vite keep their caches in
 * `node_modules/.astro` and `node_modules/.vite`, and those must belong to
 * the temporary project, not be shared with (and overwritten by) every other
 * checkout that links the same node_modules.
 */
export function linkNodeModules(repo: string, dir: string): void {
	const source = join(repo, 'node_modules');
	mkdirSync(join(dir, 'node_modules'), { recursive: true });
	for (const name of readdirSync(source)) {
		if (name === '.astro' || name === '.vite') continue;
		symlinkSync(join(source, name), join(dir, 'node_modules', name));
	}
}

/** A copy of the site at `dir` with an empty archive (`content/raw` exists and is empty). */
export function copySite(repo: string, dir: string): void {
	mkdirSync(join(dir, 'content', 'raw'), { recursive: true });
	for (const path of SITE_FILES) if (existsSync(join(repo, path))) cpSync(join(repo, path), join(dir, path), { recursive: true });
	linkNodeModules(repo, dir);
}
