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
		// A few tasks queue inside each worker, so it keeps working while the main thread is busy writing files.
		concurrentTasksPerWorker: 4,
		execArgv: workerExecArgv(),
		workerData: { taxonomyText: taxonomy.text, taxonomySource: taxonomy.source },
	});
	return {
		run: (job) => pool.run(job).catch((error: unknown): Prepared => ({ status: 'failed', message: `worker thread: ${error instanceof Error ? error.message : String(error)}` })),
		close: () => pool.destroy(),
	};
}

/**
 * The worker is TypeScript. Under tsx (`npm run ingest`) workers inherit its
 * loader with the process's options; where the process has no tsx loader
 * (vitest runs tests in plain Node), the worker gets one.
 */
function workerExecArgv(): string[] | undefined {
	if (process.execArgv.some((arg) => arg.includes('tsx'))) return undefined;
	const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
	return [...process.execArgv, '--import', tsx];
}
