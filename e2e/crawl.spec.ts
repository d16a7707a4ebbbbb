import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';

/**
 * Crawls the whole built site from `/`, the sitemap, both RSS feeds and the
 * permalink registry, following every internal link (and meta-refresh
 * redirect), and checks that every page answers 200 and every `#fragment`
 * names an element on its page.
 */
test('the whole site has no broken internal links or anchors', async ({ request, baseURL }) => {
	test.setTimeout(120_000);
	const origin = new URL(baseURL!).origin;
	const site = new URL((await (await request.get('/')).text()).match(/<link rel="canonical" href="([^"]+)"/)![1]!).origin;
	/** An internal path for a link, or undefined for other sites. */
	const internal = (href: string, from: string) => {
		const url = new URL(href.replaceAll('&amp;', '&'), new URL(from, origin));
		if (url.origin !== origin && url.origin !== site) return undefined;
		return url.pathname + url.hash;
	};

	const registry = JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { articles: string[]; redirects: Record<string, string> };
	const queue: string[] = ['/', '/sitemap.xml', '/rss.xml', '/zh-hant/rss.xml', '/robots.txt', ...registry.articles, ...Object.keys(registry.redirects)];
	const ids = new Map<string, Set<string>>();
	const fragments: [page: string, id: string, from: string][] = [];
	const broken: string[] = [];
	const seen = new Set<string>();

	while (queue.length) {
		const path = queue.shift()!;
		if (seen.has(path)) continue;
		seen.add(path);
		const res = await request.get(path, { maxRedirects: 0 });
		if (res.status() !== 200) {
			broken.push(`${path}: HTTP ${res.status()}`);
			continue;
		}
		const type = res.headers()['content-type'] ?? '';
		if (!/html|xml/.test(type) && !path.endsWith('.txt')) continue;
		const body = await res.text();
		const links: string[] = [];
		if (type.includes('html')) {
			ids.set(path, new Set([...body.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!)));
			for (const m of body.matchAll(/<(?:a|link)\s[^>]*href="([^"]+)"/g)) links.push(m[1]!);
			const refresh = /<meta http-equiv="refresh" content="\d+;url=([^"]+)"/.exec(body);
			if (refresh) links.push(refresh[1]!);
		} else if (type.includes('xml')) {
			for (const m of body.matchAll(/<(?:loc|link)>([^<]+)<\/(?:loc|link)>/g)) links.push(m[1]!);
			for (const m of body.matchAll(/<xhtml:link [^>]*href="([^"]+)"/g)) links.push(m[1]!);
		} else {
			for (const m of body.matchAll(/^Sitemap: (\S+)$/gm)) links.push(m[1]!);
		}
		for (const href of links) {
			const target = internal(href, path);
			if (target === undefined) continue;
			const [page, id] = target.split('#') as [string, string | undefined];
			if (id) fragments.push([page, decodeURIComponent(id), path]);
			if (!seen.has(page)) queue.push(page);
		}
	}

	for (const [page, id, from] of fragments) {
		if (!ids.get(page)?.has(id)) broken.push(`${from} → ${page}#${id}: no such anchor`);
	}
	expect(broken).toEqual([]);
	// The crawl reached every article in both editions and every raw file.
	for (const url of registry.articles) expect(seen).toContain(url);
	expect([...seen].filter((p) => p.startsWith('/raw/')).length).toBe(registry.articles.length / 2);
});

test('each edition has an RSS feed listing every article in that edition, and robots.txt names the sitemap', async ({ request }) => {
	const registry = JSON.parse(readFileSync('content/permalinks.json', 'utf8')) as { articles: string[] };
	for (const [feed, prefix, language] of [['/rss.xml', '/articles/', 'zh-CN'], ['/zh-hant/rss.xml', '/zh-hant/articles/', 'zh-TW']] as const) {
		const xml = await (await request.get(feed)).text();
		expect(xml).toContain(`<language>${language}</language>`);
		const links = [...xml.matchAll(/<item>[\s\S]*?<link>([^<]+)<\/link>/g)].map((m) => new URL(m[1]!).pathname);
		expect(links.toSorted()).toEqual(registry.articles.filter((u) => u.startsWith(prefix)).toSorted());
	}
	const robots = await (await request.get('/robots.txt')).text();
	expect(robots).toMatch(/^Sitemap: https?:\/\/\S+\/sitemap\.xml$/m);
	const sitemap = await (await request.get('/sitemap.xml')).text();
	for (const url of registry.articles) expect(sitemap).toContain(`${url}</loc>`);
});
