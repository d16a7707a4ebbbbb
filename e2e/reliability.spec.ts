import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseHTML } from 'linkedom';
import type { PermalinkRegistry } from '../src/lib/permalinks';
import { servedUrls } from '../src/lib/permalinks';
import { articlePath, inEdition } from '../src/lib/urls';
import { readArticles } from './articles';
import { expect, test } from './fixtures';

/**
 * Site reliability (docs/reliability.md, "Site"): what a reader sends in the
 * URL never runs and never breaks a page, in both editions; every built page
 * runs only the scripts its CSP hashes; the `_headers` file agrees with the
 * pages; every URL in the permalink registry answers.
 */

const DIST = 'dist';
const EDITIONS = ['hans', 'hant'] as const;
const article = readArticles()[0]!;

/** Values an attacker or a clumsy link could put in `?q=` / `?hl=`. Each would set `window.__pwned` if it ran. */
const HOSTILE = [
	'<img src=x onerror="window.__pwned=1">',
	'"><script>window.__pwned=1</script>',
	'</mark><svg onload="window.__pwned=1">',
	'javascript:window.__pwned=1',
	'{{constructor.constructor("window.__pwned=1")()}}',
	'(.*)+[[^$\\\\?*+|{2,}(?=x)',
	'长三角 .* [a-z]+ \\d{3} ^$',
	'%3Cscript%3Ewindow.__pwned=1%3C/script%3E',
	'嘉'.repeat(400) + 'a(b|c)*'.repeat(75),
	'x'.repeat(1000),
] as const;

test.describe('hostile ?q= and ?hl= never execute, never throw, and the page still answers', () => {
	for (const edition of EDITIONS) {
		test(`search page, ${edition}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			for (const value of HOSTILE) {
				await page.goto(`${inEdition(edition, '/search/')}?q=${encodeURIComponent(value)}`);
				await expect(page.locator('delta-search')).toHaveAttribute('data-state', 'done');
				await expect(page.locator('#search-q')).toHaveValue(value.trim());
				expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), value).toBeUndefined();
				// The page still answers: a real search after the hostile one works.
				await page.locator('#search-q').fill('长三角');
				await page.locator('#search-q').press('Enter');
				await expect(page.locator('delta-search')).toHaveAttribute('data-query', '长三角');
			}
			expect(dialogs).toEqual([]);
		});

		test(`article page with ?hl=, ${edition}`, async ({ page }) => {
			const dialogs: string[] = [];
			page.on('dialog', (dialog) => {
				dialogs.push(dialog.message());
				void dialog.dismiss();
			});
			const path = articlePath(edition, article.slug);
			for (const value of HOSTILE) {
				await page.goto(`${path}?hl=${encodeURIComponent(value)}`);
				await expect(page.locator('h1')).toBeVisible();
				// Highlighting runs after load; give it its turn before looking.
				await page.waitForLoadState('networkidle');
				expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), value).toBeUndefined();
				expect(await page.locator('main img[src="x"], main svg[onload], main script:not([type])').count()).toBe(0);
			}
			// Highlighting still works after all that.
			await page.goto(`${path}?hl=${encodeURIComponent(article.title.slice(0, 2))}`);
			await expect(page.locator('mark.search-hit').first()).toBeVisible();
			expect(dialogs).toEqual([]);
		});
	}
});

/** Every HTML file in dist/, as [site path, document]. */
function builtPages(): [string, Document][] {
	const files = (readdirSync(DIST, { recursive: true }) as string[]).filter((f) => f.endsWith('.html')).sort();
	return files.map((file) => [`/${relative(DIST, join(DIST, file)).replace(/index\.html$/u, '')}`, parseHTML(readFileSync(join(DIST, file), 'utf8')).document]);
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;
const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim().replace(/\s+/gu, ' ')).filter(Boolean).map((d) => [d.split(' ')[0]!, d]));
const metaCsp = (doc: Document) => doc.querySelector('meta[http-equiv="content-security-policy" i]')?.getAttribute('content') ?? undefined;

const registry = JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as PermalinkRegistry;
const redirectPages = new Set(Object.keys(registry.redirects));

test.describe('the built pages (dist/)', () => {
	const pages = builtPages();

	test('every page has a CSP; every inline script and style is covered by its hashes; no unsafe-inline, no unsafe-eval', () => {
		expect(pages.length).toBeGreaterThan(20);
		const problems: string[] = [];
		for (const [path, doc] of pages) {
			const csp = metaCsp(doc);
			// Redirect pages (Astro's, for former URLs) hold no script at all.
			if (!csp) {
				if (!redirectPages.has(path) || doc.querySelector('script, style')) problems.push(`${path}: no CSP`);
				continue;
			}
			if (/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'/u.test(csp)) problems.push(`${path}: ${csp}`);
			const policy = directives(csp);
			const scriptSrc = policy.get('script-src') ?? '';
			const styleSrc = policy.get('style-src') ?? '';
			for (const script of doc.querySelectorAll('script:not([src])')) {
				if (script.getAttribute('type') === 'application/ld+json') continue;
				if (!scriptSrc.includes(sha256(script.textContent ?? ''))) problems.push(`${path}: inline script not hashed: ${(script.textContent ?? '').slice(0, 60)}`);
			}
			for (const style of doc.querySelectorAll('style')) {
				if (!styleSrc.includes(sha256(style.textContent ?? ''))) problems.push(`${path}: inline style not hashed`);
			}
			// Handlers and javascript: URLs are inline code no hash can allow.
			for (const el of doc.querySelectorAll('*')) {
				for (const attr of el.attributes) {
					if (/^on/iu.test(attr.name)) problems.push(`${path}: <${el.tagName.toLowerCase()} ${attr.name}>`);
					if (/^\s*(javascript|vbscript|data):/iu.test(attr.value) && ['href', 'src', 'action', 'formaction'].includes(attr.name)) problems.push(`${path}: ${attr.name}=${attr.value}`);
				}
			}
		}
		expect(problems).toEqual([]);
	});

	test('nothing in a page can frame, embed, rebase or redirect it, except the redirect pages of former URLs', () => {
		const problems: string[] = [];
		for (const [path, doc] of pages) {
			for (const el of doc.querySelectorAll('iframe, frame, object, embed, base, meta[http-equiv="refresh" i]')) {
				if (el.tagName.toLowerCase() === 'meta' && redirectPages.has(path)) continue;
				problems.push(`${path}: <${el.tagName.toLowerCase()}>`);
			}
		}
		expect(problems).toEqual([]);
	});

	test('dist/_headers agrees with every page’s own CSP and adds frame-ancestors', () => {
		const text = readFileSync(join(DIST, '_headers'), 'utf8');
		const header = /^\/\*\n(?:\s+.*\n)*?\s+Content-Security-Policy: (.*)$/mu.exec(text)?.[1];
		expect(header).toBeDefined();
		const fromHeader = directives(header!);
		expect(fromHeader.get('frame-ancestors')).toBe("frame-ancestors 'none'");
		for (const [path, doc] of pages) {
			const csp = metaCsp(doc);
			if (!csp) continue;
			const fromMeta = directives(csp);
			for (const [name, directive] of fromHeader) {
				if (name === 'frame-ancestors') continue;
				expect(fromMeta.get(name), `${path}: ${name}`).toBe(directive);
			}
		}
		expect(text).toMatch(/^  X-Content-Type-Options: nosniff$/mu);
		expect(text).toMatch(/^  Referrer-Policy: \S+$/mu);
	});

	test('the files _headers caches as immutable all have a content hash in their name', () => {
		const text = readFileSync(join(DIST, '_headers'), 'utf8');
		const immutable = [...text.matchAll(/^(\/\S+)\n\s+Cache-Control: [^\n]*immutable/gmu)].map((m) => m[1]!);
		expect(immutable).toContain('/_astro/*');
		const all = (readdirSync(DIST, { recursive: true }) as string[]).map((f) => `/${f}`);
		for (const pattern of immutable) {
			const [prefix, suffix] = pattern.split('*') as [string, string];
			const files = all.filter((f) => f.startsWith(prefix) && f.endsWith(suffix) && f.length > prefix.length + suffix.length && /\.[^/]+$/u.test(f));
			expect(files.length, pattern).toBeGreaterThan(0);
			// Astro: name.<8 chars>.ext; Pagefind: zxx_<hex>.ext.
			for (const file of files) expect(file, pattern).toMatch(/[._][A-Za-z0-9_-]{7,}\.[a-z_]+$/u);
		}
	});
});

test('every URL in the permalink registry answers, redirects included', async ({ request }) => {
	const urls = [...servedUrls(registry), ...Object.keys(registry.redirects)];
	expect(urls.length).toBeGreaterThan(50);
	const failures: string[] = [];
	for (const url of urls) {
		const response = await request.get(url, { maxRedirects: 0 });
		const target = registry.redirects[url];
		if (target) {
			const body = await response.text();
			if (!(response.status() === 200 && body.includes(target)) && ![301, 302, 308].includes(response.status())) failures.push(`${url}: ${response.status()}, no redirect to ${target}`);
		} else if (response.status() !== 200) failures.push(`${url}: ${response.status()}`);
	}
	expect(failures).toEqual([]);
});
