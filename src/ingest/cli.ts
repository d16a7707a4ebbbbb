import { runIngest } from './ingest.ts';
import { faultPlan } from './atomic-write.ts';
import { firstLine } from './refusals.ts';

/**
 * npm run ingest [-- [--check] [--force] [--no-cache] [--] [files or folders…]]
 * Reads content/raw/ by default. Exits non-zero when any file failed, was
 * rejected, would change (--check) or is a hand-edited MDX left alone, or
 * when anything was refused. Everything after `--` is a file or folder, even
 * a name that starts with `-`.
 */
const OPTIONS = ['--check', '--force', '--no-cache'];
const args = process.argv.slice(2);
const end = args.indexOf('--');
const flags = end < 0 ? args.filter((a) => a.startsWith('--')) : args.slice(0, end).filter((a) => a.startsWith('--'));
const paths = end < 0 ? args.filter((a) => !a.startsWith('--')) : [...args.slice(0, end).filter((a) => !a.startsWith('--')), ...args.slice(end + 1)];
const unknown = flags.filter((a) => !OPTIONS.includes(a));
if (unknown.length > 0) {
	console.error(`unknown option ${unknown.join(' ')}; usage: npm run ingest -- [--check] [--force] [--no-cache] [--] [files or folders…]`);
	process.exit(2);
}
try {
	const { ok } = await runIngest({
		root: process.cwd(),
		inputs: paths,
		check: flags.includes('--check'),
		force: flags.includes('--force'),
		cache: !flags.includes('--no-cache'),
		// Fault injection for the reliability tests (test/reliability/); unset in normal use.
		faults: faultPlan(process.env.DELTA_INGEST_FAULT),
	});
	process.exitCode = ok ? 0 : 1;
} catch (error) {
	// Not a refusal but a bug: still one line, not a stack trace (DEBUG=1 shows it).
	console.error(`✗ the ingest failed: ${firstLine(error)}; please report this as a bug${process.env.DEBUG ? `\n${(error as Error).stack}` : ''}`);
	process.exitCode = 1;
}
