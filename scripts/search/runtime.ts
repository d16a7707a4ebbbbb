import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { PagefindApi } from '../../src/search/browser/client';

const TYPES: Record<string, string> = { '.js': 'text/javascript', '.json': 'application/json', '.css': 'text/css' };

/**
 * Pagefind's own generated `pagefind.js`, run in Node against a bundle on
 * disk: the bundle is served over HTTP on 127.0.0.1 (pagefind.js fetches its
 * index files; Node's fetch does not read file: URLs) and the module is
 * imported from disk. Without `window` it searches on the main thread.
 * Further bundles given as `merged` are added with Pagefind's `mergeIndex`
 * (one search over all of them, as a page with several indexes would make).
 */
export interface Runtime {
	pagefind: PagefindApi;
	/** Bytes served so far, by path. */
	served: Map<string, number>;
	close(): Promise<void>;
}

export async function tempDir(): Promise<string> {
	return mkdtemp(join(tmpdir(), 'delta-search-'));
}

export async function loadPagefind(bundleDir: string, merged: readonly string[] = []): Promise<Runtime> {
	const served = new Map<string, number>();
	// Bundle i is served under /i/.
	const bundles = [bundleDir, ...merged];
	const server: Server = createServer(async (req, res) => {
		const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
		const [, bundle, ...rest] = path.split('/');
		try {
			const body = await readFile(join(bundles[Number(bundle)] ?? '/nonexistent', ...rest));
			served.set(path, (served.get(path) ?? 0) + body.length);
			res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
			res.end(body);
		} catch {
			res.writeHead(404).end();
		}
	});
	// Long keep-alive, so Node's fetch never reuses a socket the server is closing (ECONNRESET).
	server.keepAliveTimeout = 120_000;
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', 1024, resolve));
	const { port } = server.address() as AddressInfo;
	// A fresh module instance per bundle (the query string defeats the module cache).
	const mod = (await import(/* @vite-ignore */ `${join(bundleDir, 'pagefind.js')}?${Date.now()}`)) as PagefindApi & {
		options(o: object): Promise<void>;
		init(): Promise<void>;
		mergeIndex(url: string): Promise<void>;
		destroy(): Promise<void>;
	};
	await mod.options({ basePath: `http://127.0.0.1:${port}/0/` });
	if (merged.length) {
		await mod.init();
		for (const [i] of merged.entries()) await mod.mergeIndex(`http://127.0.0.1:${port}/${i + 1}/`);
	}
	return {
		pagefind: mod,
		served,
		close: async () => {
			await mod.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

export async function removeDir(dir: string): Promise<void> {
	await rm(dir, { recursive: true, force: true });
}
