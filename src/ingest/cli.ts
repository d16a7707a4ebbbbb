import { runIngest } from './ingest.ts';

/**
 * npm run ingest [-- [--check] [--force] [--no-cache] [--publisher NAME] [files or folders…]]
 * Reads content/raw/ by default. `--publisher NAME` is the publisher of the
 * batch for every article whose text credits none (kept in each one's override). Exits non-zero when any file failed, was
 * rejected, would change (--check) or is a hand-edited MDX left alone.
 */
const OPTIONS = ['--check', '--force', '--no-cache'];
const USAGE = 'usage: npm run ingest -- [--check] [--force] [--no-cache] [--publisher NAME] [files or folders…]';
const args = process.argv.slice(2);
const publisherAt = args.indexOf('--publisher');
const defaultPublisher = publisherAt >= 0 ? args.splice(publisherAt, 2)[1]?.trim() : undefined;
if (publisherAt >= 0 && (!defaultPublisher || defaultPublisher.startsWith('--'))) {
	console.error(`--publisher needs a name; ${USAGE}`);
	process.exit(2);
}
const unknown = args.filter((a) => a.startsWith('--') && !OPTIONS.includes(a));
if (unknown.length > 0) {
	console.error(`unknown option ${unknown.join(' ')}; ${USAGE}`);
	process.exit(2);
}
const { ok } = await runIngest({
	root: process.cwd(),
	inputs: args.filter((a) => !a.startsWith('--')),
	check: args.includes('--check'),
	force: args.includes('--force'),
	cache: !args.includes('--no-cache'),
	defaultPublisher,
});
process.exitCode = ok ? 0 : 1;
