import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

/** One response, as served and as a static host would send it. */
export interface Transfer {
	url: string;
	/** Playwright's resource type: document, stylesheet, script, fetch… */
	type: string;
	bytes: number;
	gzip: number;
}

/** Pagefind's index, fragment and wasm files are gzip already; a host sends them as they are. */
const PRECOMPRESSED = /\.pf_|\.pagefind$/u;

/**
 * Counts response bodies of the page and its workers (Pagefind fetches from a
 * web worker): as served (astro preview does not compress) and gzipped, as a
 * static host would send text files. Shared by the scale benchmark
 * (`scripts/bench/`) and `scripts/bench/search-browser.ts`.
 */
export function meter(page: Page) {
	const state = { bytes: 0, gzip: 0, search: 0, pending: [] as Promise<void>[], transfers: [] as Transfer[] };
	page.on('requestfinished', (request) => {
		state.pending.push(
			(async () => {
				const response = await request.response();
				const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				const gzip = PRECOMPRESSED.test(request.url()) ? body.length : Math.min(body.length, gzipSync(body).length);
				state.bytes += body.length;
				state.gzip += gzip;
				if (/\/pagefind\/|\/_astro\/.*\.js/u.test(request.url())) state.search += gzip;
				state.transfers.push({ url: request.url(), type: request.resourceType(), bytes: body.length, gzip });
			})(),
		);
	});
	return state;
}

/** Waits until every counted response is read and none has finished for `quietMs`. */
export async function settled(state: ReturnType<typeof meter>, quietMs = 150): Promise<void> {
	for (;;) {
		const seen = state.pending.length;
		await Promise.all(state.pending);
		await new Promise((resolve) => setTimeout(resolve, quietMs));
		if (state.pending.length === seen) return;
	}
}
