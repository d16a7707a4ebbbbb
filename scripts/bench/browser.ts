import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { gzippedSize } from './measure.ts';

/** Serves a built site with `astro preview` and waits until it answers. */
export async function serve(siteDir: string, port: number): Promise<ChildProcess> {
	const server = spawn('npx', ['astro', 'preview', '--force', '--port', String(port), '--host', '127.0.0.1'], { cwd: siteDir, stdio: 'ignore' });
	for (let attempt = 0; attempt < 120; attempt++) {
		try {
			if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
		} catch {
			// not up yet
		}
		await new Promise((resolve) => setTimeout(resolve, 500));
	}
	server.kill();
	throw new Error('astro preview did not start');
}

/**
 * The transferred weight of one page as a static host would serve it: every
 * same-origin resource the page loads, gzipped, by type.
 */
export async function pageWeight(baseUrl: string, path: string, distDir: string): Promise<{ html: number; css: number; js: number; other: number; total: number }> {
	const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
	const page = await browser.newPage();
	const urls = new Set<string>();
	page.on('response', (response) => urls.add(response.url()));
	await page.goto(baseUrl + path, { waitUntil: 'networkidle' });
	await browser.close();
	const weight = { html: 0, css: 0, js: 0, other: 0, total: 0 };
	for (const url of urls) {
		const { pathname, origin } = new URL(url);
		if (origin !== new URL(baseUrl).origin) continue;
		const file = join(distDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
		if (!existsSync(file)) continue;
		const size = gzippedSize(file);
		const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : /\.m?js$/u.test(file) ? 'js' : 'other';
		weight[kind] += size;
		weight.total += size;
	}
	return weight;
}
