import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * QR code for a URL as an SVG string, generated at build time (no network).
 * Dark modules on a white quiet zone, so it scans in dark mode too.
 *
 * Codes are made by npm `qrcode` on a worker thread: Astro renders pages on
 * one thread, and a code costs about as much as the rest of an article page.
 * With `expectQrCodes`, a page that asks hands the worker its own URL and
 * the next `LOOKAHEAD` announced ones (one message, not one per code:
 * messages between threads are not free), and later pages pick up the codes
 * made meanwhile; a URL not announced is asked for on its own. Only a window
 * ahead, not every announced URL: in an incremental build most pages are
 * copied from the last build and never ask, so the first page rendered must
 * not wait for the codes of all the pages before it.
 */
export function qrSvg(url: string): Promise<string> {
	const at = announced.get(new URL(url).pathname);
	if (at !== undefined && at + LOOKAHEAD / 2 >= askedUpTo) {
		const upTo = at + LOOKAHEAD;
		// Site-absolute paths resolve the same against any URL of the site.
		const ahead = expected.slice(Math.max(at, askedUpTo), upTo).map((path) => new URL(path, url).href);
		const urls = [...new Set([url, ...ahead])].filter((each) => !codes.has(each));
		askedUpTo = Math.max(askedUpTo, upTo);
		if (urls.length > 0) ask(urls);
	}
	const code = codes.get(url) ?? ask([url]).get(url)!;
	codes.delete(url);
	return code.promise;
}

/**
 * Announces the pages (site-absolute paths) whose codes will be asked for, in
 * the order they will; the worker works ahead of the pages that ask.
 */
export function expectQrCodes(paths: readonly string[]): void {
	expected = [...paths];
	announced = new Map(expected.map((path, i) => [path, i]));
	askedUpTo = 0;
}

/** How many announced codes the worker is asked to make ahead of the page asking; a new window is asked when half of it is used. */
const LOOKAHEAD = 128;
let expected: string[] = [];
/** Each announced path's place in `expected`. */
let announced = new Map<string, number>();
/** `expected[0..askedUpTo)` has been asked of the worker or passed over. */
let askedUpTo = 0;

const OPTIONS = { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } } as const;

/** The worker sends codes back in batches of this many. */
const BATCH = 32;

type Code = PromiseWithResolvers<string>;

/** Codes asked of the worker and not yet taken by a page, made or not. */
const codes = new Map<string, Code>();
/** How many asked codes the worker has not sent yet. */
let outstanding = 0;
let worker: Worker | undefined;

const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const QRCode = require(workerData.qrcode);
parentPort.on('message', async (asked) => {
	let batch = [];
	for (const { id, url } of asked) {
		try {
			batch.push({ id, svg: await QRCode.toString(url, workerData.options) });
		} catch (error) {
			batch.push({ id, error: \`\${url}: \${error}\` });
		}
		if (batch.length === workerData.batch) {
			parentPort.postMessage(batch);
			batch = [];
		}
	}
	if (batch.length > 0) parentPort.postMessage(batch);
});`;

function startWorker(): Worker {
	const started = new Worker(WORKER_SOURCE, {
		eval: true,
		workerData: { qrcode: createRequire(import.meta.url).resolve('qrcode'), options: OPTIONS, batch: BATCH },
	});
	started.on('message', (batch: { id: number; svg?: string; error?: string }[]) => {
		for (const { id, svg, error } of batch) {
			const code = made.get(id)!;
			made.delete(id);
			if (svg === undefined) code.reject(new Error(`QR code for ${error}`));
			else code.resolve(svg);
		}
		outstanding -= batch.length;
		// Idle, the worker must not keep the process alive.
		if (outstanding === 0) started.unref();
	});
	started.on('error', (error: Error) => {
		for (const code of made.values()) code.reject(error);
		made.clear();
		outstanding = 0;
		worker = undefined;
	});
	return started;
}

/** Codes on their way from the worker, by request id, whether a page took them already or not. */
const made = new Map<number, Code>();
let nextId = 0;

function ask(urls: readonly string[]): Map<string, Code> {
	const asked = urls.map((url) => ({ id: nextId++, url }));
	for (const { id, url } of asked) {
		const code = Promise.withResolvers<string>();
		// A code made for a page that never comes must not fail the build unawaited.
		code.promise.catch(() => {});
		codes.set(url, code);
		made.set(id, code);
	}
	worker ??= startWorker();
	worker.ref();
	outstanding += asked.length;
	worker.postMessage(asked);
	return codes;
}
