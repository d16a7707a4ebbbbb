import { runIngest } from './ingest.ts';
import { faultPlan } from './atomic-write.ts';
import { firstLine } from './refusals.ts';

/**
 * npm run ingest [-- [--check] [--force] [--no-cache] [--publisher NAME] [--] [files or folders…]]
 * Reads content/raw/ by default. `--publisher NAME` is the publisher of the
 * batch for every article whose text credits none (kept in each one's
 * override). Exits non-zero when any file failed, was rejected, would change
 * (--check) or is a hand-edited MDX left alone, or when anything was
 * refused. Everything after `--` is a file or folder, even a name that
 * starts with `-`.
 */
const OPTIONS = ['--check', '--force', '--no-cache'];
const USAGE = 'usage: npm run ingest -- [--check] [--force] [--no-cache] [--publisher NAME] [--] [files or folders…]';
const args = process.argv.slice(2);
let end = args.indexOf('--');
const publisherAt = args.indexOf('--publisher');
let defaultPublisher: string | undefined;
if (publisherAt >= 0 && (end < 0 || publisherAt < end)) {
	defaultPublisher = args.splice(publisherAt, 2)[1]?.trim();
	if (!defaultPublisher || defaultPublisher.startsWith('--')) {
		console.error(`--publisher needs a name; ${USAGE}`);
		process.exit(2);
	}
	end = args.indexOf('--');
}
const flags = end < 0 ? args.filter((a) => a.startsWith('--')) : args.slice(0, end).filter((a) => a.startsWith('--'));
const paths = end < 0 ? args.filter((a) => !a.startsWith('--')) : [...args.slice(0, end).filter((a) => !a.startsWith('--')), ...args.slice(end + 1)];
const unknown = flags.filter((a) => !OPTIONS.includes(a));
if (unknown.length > 0) {
	console.error(`unknown option ${unknown.join(' ')}; ${USAGE}`);
	process.exit(2);
}
try {
	const { ok } = await runIngest({
		root: process.cwd(),
		inputs: paths,
		check: flags.includes('--check'),
		force: flags.includes('--force'),
		cache: !flags.includes('--no-cache'),
		defaultPublisher,
		// Fault injection for the reliability tests (test/reliability/); unset in normal use.
		faults: faultPlan(process.env.DELTA_INGEST_FAULT),
	});
	process.exitCode = ok ? 0 : 1;
} catch (error) {
	// Not a refusal but a bug: still one line, not a stack trace (DEBUG=1 shows it).
	console.error(`✗ the ingest failed: ${firstLine(error)}; please report this as a bug${process.env.DEBUG ? `\n${(error as Error).stack}` : ''}`);
	process.exitCode = 1;
}
