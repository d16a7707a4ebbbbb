import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runIngest } from '../src/ingest/ingest.ts';
import { copySite } from '../scripts/bench/temp-site.ts';
import { serve, type Server } from '../scripts/bench/browser.ts';
import { readArticles } from './articles';
import { expect, test } from './fixtures';

/**
 * An article ingested from a saved web page, end to end: the fixture page
 * (`e2e/web-page/saved-page.html`, written for this test, with scripts,
 * an iframe, event handlers and javascript: links) is ingested into a
 * temporary copy of the site, which is built and served on its own port
 * (E2E_PORT + 1000), so the archive's own content stays as it is.
 */
const repo = fileURLToPath(new URL('..', import.meta.url));
const fixture = join(repo, 'e2e', 'web-page', 'saved-page.html');
const port = Number(process.env.E2E_PORT ?? 4321) + 1000;

let work: string;
let server: Server | undefined;
let slug: string;

test.describe.configure({ mode: 'serial', timeout: 600_000 });

test.beforeAll(async () => {
	work = mkdtempSync(join(tmpdir(), 'delta-e2e-page-'));
	copySite(repo, work);
	const { outcomes } = await runIngest({ root: work, inputs: [fixture], threads: 0, cache: false, log: () => {} });
	expect(outcomes.map((o) => o.status)).toEqual(['written']);
	[{ slug }] = readArticles(join(work, 'content', 'articles'));
	const build = spawnSync('npx', ['astro', 'build'], { cwd: work, encoding: 'utf8', env: { ...process.env, ARTICLES_DIR: '' } });
	expect(build.status, build.stderr).toBe(0);
	server = await serve(work, port);
});

test.afterAll(() => {
	server?.stop();
	if (work) rmSync(work, { recursive: true, force: true });
});

test('an article ingested from a saved web page reads as text, with its raw page linked as text', async ({ page }) => {
	const dialogs: string[] = [];
	page.on('dialog', (dialog) => (dialogs.push(dialog.message()), void dialog.dismiss()));
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));

	await page.goto(`${server!.url}/articles/${slug}/`);
	await expect(page.locator('h1')).toHaveText('示例湖畔步道全线贯通');
	const body = page.locator('article .prose');
	await expect(body).toContainText('沿着示例湖修建的环湖步道昨天全线贯通');
	await expect(body).toContainText('网页里写着<script>这几个字');
	// The page's furniture is gone from the body, and nothing of its code came along: the body is text,
	// and no script anywhere on the page carries the saved page's code (the site's own scripts stay).
	await expect(body).not.toContainText('首页 本地 体育');
	expect(await body.locator('script, style, iframe, [onmouseover], [onload], a[href^="javascript:"]').count()).toBe(0);
	expect(await page.locator('script').filter({ hasText: /alert|evil\.example|hijacked/u }).count()).toBe(0);
	expect(dialogs).toEqual([]);
	expect(requests.filter((url) => url.includes('evil.example'))).toEqual([]);
	await expect(page).not.toHaveTitle('hijacked');

	// The provenance links the raw page byte for byte, served as plain text under a .txt name.
	const raw = page.locator('.provenance a[href^="/raw/"]');
	await expect(raw).toHaveAttribute('href', '/raw/saved-page.html.txt');
	const response = await page.request.get(`${server!.url}/raw/saved-page.html.txt`);
	expect(response.ok()).toBe(true);
	expect((await response.text()).replace(/^\uFEFF/u, '')).toBe(readFileSync(fixture, 'utf8'));
	await expect(page.locator('.provenance')).toContainText('content/raw/saved-page.html');
	await expect(page.locator('.provenance')).toContainText('https://news.example.org/2024/04/02/trail.html');
});
