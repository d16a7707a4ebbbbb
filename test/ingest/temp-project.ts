import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway project root for ingest runs: `content/raw/` with the given
 * files, optional `content/overrides/` and `content/taxonomy.yaml`. Call
 * `removeTempProjects` in `afterAll`.
 */
const roots: string[] = [];

export interface TempProjectFiles {
	raw: Record<string, string | Uint8Array>;
	overrides?: Record<string, string>;
	taxonomy?: string;
}

/** An empty temporary folder, removed by `removeTempProjects`. */
export function tempDir(prefix = 'delta-ingest-'): string {
	const dir = mkdtempSync(join(tmpdir(), prefix));
	roots.push(dir);
	return dir;
}

export function tempProject({ raw, overrides = {}, taxonomy }: TempProjectFiles): string {
	const root = tempDir();
	mkdirSync(join(root, 'content', 'raw'), { recursive: true });
	for (const [name, data] of Object.entries(raw)) writeFileSync(join(root, 'content', 'raw', name), data);
	if (Object.keys(overrides).length > 0) {
		mkdirSync(join(root, 'content', 'overrides'), { recursive: true });
		for (const [name, yaml] of Object.entries(overrides)) writeFileSync(join(root, 'content', 'overrides', name), yaml);
	}
	if (taxonomy !== undefined) writeFileSync(join(root, 'content', 'taxonomy.yaml'), taxonomy);
	return root;
}

export function removeTempProjects(): void {
	for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}
