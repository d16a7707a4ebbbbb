import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A fingerprint of everything besides the raw file and its override that
 * decides what the ingest makes of it: the source of every module the
 * cleaner imports (found by following its imports, so a new module counts
 * without being listed), the data files they read (`new URL('…',
 * import.meta.url)`), the version of every package they import, Node's and
 * ICU's versions (Intl.Segmenter's word breaks come from ICU) and the
 * taxonomy. Any change gives a new fingerprint, and so a cold cache.
 */
const IMPORT = /(?:^|[\s;])(?:import|export)\s+(?!type\s)[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[\s;])import\s*['"]([^'"]+)['"]/gmu;
const DATA_FILE = /new URL\(\s*['"](\.[^'"]+)['"],\s*import\.meta\.url\s*\)/gu;

/** `entry` is the cleaner's entry module, as a path or a file URL. */
export function ingestFingerprint(entry: string, taxonomyText: string): string {
	const entryPath = entry.startsWith('file:') ? fileURLToPath(entry) : entry;
	const hash = createHash('sha256');
	hash.update(`node ${process.versions.node} icu ${process.versions.icu} unicode ${process.versions.unicode}\n`);
	hash.update(`taxonomy\n${taxonomyText}\n`);
	const { files, packages } = moduleGraph(entryPath);
	// Paths relative to the entry, so a copy of the project (the benchmark's) has the same fingerprint.
	for (const file of [...files].sort()) hash.update(`${relative(dirname(entryPath), file)}\n`).update(readFileSync(file)).update('\n');
	for (const name of [...packages].sort()) hash.update(`${name}@${packageVersion(name, dirname(entryPath))}\n`);
	return hash.digest('hex').slice(0, 32);
}

/** The project's source files reachable from `entry`, the data files they read, and the packages they import. */
function moduleGraph(entry: string): { files: Set<string>; packages: Set<string> } {
	const files = new Set<string>();
	const packages = new Set<string>();
	const visit = (file: string) => {
		if (files.has(file)) return;
		files.add(file);
		const source = readFileSync(file, 'utf8');
		for (const match of source.matchAll(DATA_FILE)) files.add(resolve(dirname(file), match[1]!));
		for (const match of source.matchAll(IMPORT)) {
			const specifier = match[1] ?? match[2]!;
			if (specifier.startsWith('.')) visit(resolve(dirname(file), specifier));
			else if (!specifier.startsWith('node:')) packages.add(packageName(specifier));
		}
	};
	visit(entry);
	return { files, packages };
}

const packageName = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** The installed version of a package, looked up the way Node resolves it: node_modules folders from `from` upwards. */
function packageVersion(name: string, from: string): string {
	for (let dir = from; ; dir = dirname(dir)) {
		const manifest = join(dir, 'node_modules', name, 'package.json');
		if (existsSync(manifest)) return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
		if (dirname(dir) === dir) return 'not installed';
	}
}
