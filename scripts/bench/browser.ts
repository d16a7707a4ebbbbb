import { spawn } from 'node:child_process';
import { type Browser, chromium } from '@playwright/test';
import { meter, settled } from './transfer.ts';

/** A running `astro preview`; `stop()` ends it and everything it started. */
export interface Server {
	url: string;
	stop(): void;
}

/** The HTTP status `url` answers with, or undefined when nothing listens. */
const statusOf = async (url: string) => {
	try {
		return (await fetch(url)).status;
	} catch {
		return undefined;
	}
};

/** Serves a built site with `astro preview` on `port` and waits until it answers (the baseline has no `/`, so any status will do). Refuses a port something else already answers on. */
export async function serve(siteDir: string, port: number): Promise<Server> {
	const url = `http://127.0.0.1:${port}`;
	if ((await statusOf(url)) !== undefined) throw new Error(`port ${port} is already in use`);
	// Its own process group, so stopping it also stops the node process npx starts.
	const child = spawn('npx', ['astro', 'preview', '--force', '--port', String(port), '--host', '127.0.0.1'], { cwd: siteDir, stdio: 'ignore', detached: true });
	const stop = () => {
		try {
			process.kill(-child.pid!, 'SIGTERM');
		} catch {
			// already gone
		}
	};
	for (let attempt = 0; attempt < 120; attempt++) {
		if ((await statusOf(url)) !== undefined) return { url, stop };
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	stop();
	throw new Error(`astro preview did not start on port ${port}`);
}

/** Debian's Chromium (or CHROMIUM_PATH), headless. */
export const launchBrowser = (): Promise<Browser> =>
	chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });

export interface PageWeight {
	html: number;
	css: number;
	js: number;
	other: number;
	total: number;
}

/** The transferred weight of one page, cold, as a static host would send it: every resource it loads, gzipped, by type. */
export async function pageWeight(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		const transfers = meter(page);
		const response = await page.goto(url, { waitUntil: 'networkidle' });
		if (!response?.ok()) throw new Error(`${url}: HTTP ${response?.status()}`);
		await settled(transfers);
		const weight = { html: 0, css: 0, js: 0, other: 0, total: 0 };
		for (const { type, gzip } of transfers.transfers) {
			const kind = type === 'document' ? 'html' : type === 'stylesheet' ? 'css' : type === 'script' ? 'js' : 'other';
			weight[kind] += gzip;
			weight.total += gzip;
		}
		return weight;
	} finally {
		await context.close();
	}
}
