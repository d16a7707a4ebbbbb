import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Piscina } from 'piscina';
import type { PrepareJob, Prepared } from './prepare.ts';

/**
 * Worker threads that run `prepare` (via piscina). Results come back in any
 * order; the ingest run awaits them in input order, so the output does not
 * depend on the number of threads.
 */
export interface PreparePool {
	run(job: PrepareJob): Promise<Prepared>;
	close(): Promise<void>;
}

const WORKER = new URL('./prepare-worker.ts', import.meta.url);

export function startPool(threads: number, taxonomy: { text: string; source: string }): PreparePool {
	const pool = new Piscina({
		filename: WORKER.href,
		minThreads: threads,
		maxThreads: threads,
		// Workers load the cleaner once and keep it for the whole run.
		idleTimeout: Number.POSITIVE_INFINITY,
		// Tasks queue inside each worker, so it keeps working while the main thread is busy writing files (an fsync can take tens of milliseconds).
		concurrentTasksPerWorker: 16,
		// The run writes results in input order, so they must come back in about that order. By default a task the pool cannot
		// hand out at once goes to the back of the queue: the first files came back last, and the main thread wrote nothing
		// until the workers had cleaned every file (measured: the first of 5,000 files written after 41 of 54 s).
		stricterFIFO: true,
		execArgv: workerExecArgv(),
		workerData: { taxonomyText: taxonomy.text, taxonomySource: taxonomy.source },
	});
	return {
		run: (job) => pool.run(job).catch((error: unknown): Prepared => ({ status: 'failed', message: `worker thread: ${error instanceof Error ? error.message : String(error)}` })),
		close: () => pool.destroy(),
	};
}

/**
 * The worker is TypeScript, loaded through tsx's ESM loader only, whether or
 * not this process runs under tsx (vitest runs tests in plain Node). piscina
 * loads the worker with `require()`: with tsx's CommonJS hook inherited from
 * the process, every module of the cleaner was compiled to CommonJS by
 * esbuild's synchronous API, one file at a time; without it, Node loads the
 * worker as ES modules (`require()` of ESM) through tsx's ESM hooks, in half
 * the time (a one-thread pool's first job, busy 2-core machine: 6.4-7.2 s
 * before, 3.1-4.4 s after).
 */
function workerExecArgv(): string[] {
	const tsxEsm = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm')).href;
	return [...withoutTsx(process.execArgv), '--import', tsxEsm];
}

/** This process's options but the loaders tsx adds (`npx tsx`: `--require …/tsx/dist/preflight.cjs --import …/tsx/dist/loader.mjs`). */
function withoutTsx(args: readonly string[]): string[] {
	const isTsx = (value: string) => value === 'tsx' || /[\\/]tsx[\\/]/u.test(value);
	const kept: string[] = [];
	for (let i = 0; i < args.length; i++) {
		const arg = args[i]!;
		if ((arg === '--require' || arg === '--import') && isTsx(args[i + 1] ?? '')) i++;
		else if (!(/^--(?:require|import)=/u.test(arg) && isTsx(arg.slice(arg.indexOf('=') + 1)))) kept.push(arg);
	}
	return kept;
}
