import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const archive = mkdtempSync(join(tmpdir(), 'delta-archive-files-'));
afterAll(() => rmSync(archive, { recursive: true, force: true }));

describe('readArchive', () => {
	it('reads an archive of more files than the process may hold open at once', () => {
		const [article] = readdirSync(join(repo, 'content', 'articles')).filter((name) => name.endsWith('.mdx'));
		const files = 600;
		for (let i = 0; i < files; i++) copyFileSync(join(repo, 'content', 'articles', article!), join(archive, `${String(i).padStart(4, '0')}.mdx`));
		// A limit of 200 descriptors: enough for Node and tsx, far fewer than the files.
		const script = `const { readArchive } = await import(${JSON.stringify(join(repo, 'src/integrations/archive-files.ts'))}); const read = await readArchive(${JSON.stringify(archive)}); console.log(read.length, read.every((a) => a.text.length > 0));`;
		const out = execFileSync('bash', ['-c', 'ulimit -n 200 && exec "$0" --import tsx --input-type=module -e "$1"', process.execPath, script], { cwd: repo, encoding: 'utf8' });
		expect(out.trim()).toBe(`${files} true`);
	});
});
