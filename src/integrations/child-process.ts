import { fork, type Serializable } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Build work that runs beside Astro, in a child process: Astro renders pages
 * on one thread, so work that needs only the MDX files (not the rendered
 * pages) can use another core meanwhile. A child module (TypeScript, run
 * through tsx) calls `answerOneJob`; the build calls `runInChildProcess`.
 */

type Outcome<Result> = { ok: true; result: Result } | { ok: false; error: string };

/** Runs the child module `entry` with one job; resolves with its result, rejects with its error (or how it died). */
export function runInChildProcess<Job extends Serializable, Result>(entry: URL, job: Job): Promise<Result> {
	const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
	const child = fork(fileURLToPath(entry), { execArgv: ['--import', tsx], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	return new Promise((resolve, reject) => {
		let outcome: Outcome<Result> | undefined;
		child.once('message', (message: Outcome<Result>) => (outcome = message));
		child.once('error', reject);
		child.once('exit', (code, signal) => {
			if (outcome?.ok) resolve(outcome.result);
			else reject(new Error(outcome ? outcome.error : `${entry.pathname} ended (${signal ?? `exit code ${code}`}) without a result\n${stderr}`));
		});
		child.send(job);
	});
}

/** In a child module: does the one job the build sends with `work`, answers, and ends; ends too if the build goes away. */
export function answerOneJob<Job, Result>(work: (job: Job) => Promise<Result>): void {
	const stop = () => process.exit(1);
	process.once('disconnect', stop);
	process.once('message', async (job: Job) => {
		let outcome: Outcome<Result>;
		try {
			outcome = { ok: true, result: await work(job) };
		} catch (error) {
			outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
		}
		process.off('disconnect', stop);
		process.send!(outcome, () => process.disconnect?.());
	});
}
