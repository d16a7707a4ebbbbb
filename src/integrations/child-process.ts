import { fork, type Serializable } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Build work that runs beside Astro, in a child process: Astro renders pages
 * on one thread, so work that needs only the MDX files (not the rendered
 * pages) can use another core meanwhile. A child module (TypeScript, run
 * through tsx) calls `answerOneJob`; the build calls `runInChildProcess`.
 *
 * A job may publish one part of its answer early (`publishEarly`): what the
 * pages need before the rest, which the build needs only at its end.
 */

type Message<Early, Result> = { early: Early } | { ok: true; result: Result } | { ok: false; error: string };

export interface ChildJob<Early, Result> {
	/** The part published early; rejects like `result` if the child fails before publishing it. */
	early: Promise<Early>;
	result: Promise<Result>;
}

/** Runs the child module `entry` with one job; its promises resolve with its answers, or reject with its error (or how it died). */
export function runInChildProcess<Job extends Serializable, Result, Early = never>(entry: URL, job: Job): ChildJob<Early, Result> {
	const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
	const child = fork(fileURLToPath(entry), { execArgv: ['--import', tsx], stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
	let stderr = '';
	child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
	let publish!: (early: Early) => void;
	let failEarly!: (error: Error) => void;
	const early = new Promise<Early>((resolve, reject) => ((publish = resolve), (failEarly = reject)));
	const result = new Promise<Result>((resolve, reject) => {
		let outcome: Message<Early, Result> | undefined;
		const fail = (error: Error) => (failEarly(error), reject(error));
		child.on('message', (message: Message<Early, Result>) => ('early' in message ? publish(message.early) : (outcome = message)));
		child.once('error', fail);
		child.once('exit', (code, signal) => {
			if (outcome && 'ok' in outcome && outcome.ok) resolve(outcome.result);
			else fail(new Error(outcome && 'error' in outcome ? outcome.error : `${entry.pathname} ended (${signal ?? `exit code ${code}`}) without a result\n${stderr}`));
		});
		child.send(job);
	});
	// A job that publishes nothing early: the early promise is never awaited, so its rejection is not an error.
	early.catch(() => {});
	return { early, result };
}

/** In a child module: does the one job the build sends with `work`, answers, and ends; ends too if the build goes away. */
export function answerOneJob<Job, Result, Early = never>(work: (job: Job, publishEarly: (early: Early) => void) => Promise<Result>): void {
	const stop = () => process.exit(1);
	process.once('disconnect', stop);
	process.once('message', async (job: Job) => {
		let outcome: Message<Early, Result>;
		try {
			outcome = { ok: true, result: await work(job, (early) => process.send!({ early })) };
		} catch (error) {
			outcome = { ok: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
		}
		process.off('disconnect', stop);
		process.send!(outcome, () => process.disconnect?.());
	});
}
