import { runIngest } from './ingest.ts';

/**
 * npm run ingest [-- [--check] [--force] [--no-cache] [files or folders…]]
 * Reads content/raw/ by default. Exits non-zero when any file failed, was
 * rejected, would change (--check) or is a hand-edited MDX left alone.
 */
const OPTIONS = ['--check', '--force', '--no-cache'];
const args = process.argv.slice(2);
const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.includes(a));
if (unknown.length > 0) {
	console.error(`unknown option ${unknown.join(' ')}; usage: npm run ingest -- [--check] [--force] [--no-cache] [files or folders…]`);
	process.exit(2);
}
const { ok } = await runIngest({
	root: process.cwd(),
	inputs: args.filter((a) => !a.startsWith('--')),
	check: args.includes('--check'),
	force: args.includes('--force'),
	cache: !args.includes('--no-cache'),
});
process.exitCode = ok ? 0 : 1;
