import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { SearchTarget } from './search.ts';
import { linkNodeModules } from './temp-site.ts';

export interface BaselinePage {
	slug: string;
	title: string;
	paragraphs: string[];
}

/**
 * The baseline: a bare Astro + MDX site with one plain MDX page per article
 * page of the real build (title and paragraphs, no features). Ratios to it
 * hold on a noisy machine where absolute seconds do not.
 */
export function writeBaselineSite(repo: string, dir: string, pages: readonly BaselinePage[]): void {
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	mkdirSync(join(dir, 'content'), { recursive: true });
	linkNodeModules(repo, dir);
	writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'baseline', private: true, type: 'module' }));
	writeFileSync(join(dir, 'astro.config.mjs'), "import mdx from '@astrojs/mdx';\nimport { defineConfig } from 'astro/config';\nexport default defineConfig({ integrations: [mdx()] });\n");
	writeFileSync(
		join(dir, 'src', 'content.config.ts'),
		"import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\nimport { z } from 'astro/zod';\nexport const collections = { pages: defineCollection({ loader: glob({ pattern: '*.mdx', base: './content' }), schema: z.object({ title: z.string() }) }) };\n",
	);
	writeFileSync(
		join(dir, 'src', 'pages', '[slug].astro'),
		"---\nimport { getCollection, render } from 'astro:content';\nexport async function getStaticPaths() { return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } })); }\nconst { entry } = Astro.props;\nconst { Content } = await render(entry);\n---\n<html lang=\"zh\"><head><meta charset=\"utf-8\"><title>{entry.data.title}</title></head><body><h1>{entry.data.title}</h1><Content /></body></html>\n",
	);
	for (const page of pages) {
		const body = page.paragraphs.map((p) => p.replace(/[{}<>`*_#\\[\]]/gu, ' ')).join('\n\n');
		writeFileSync(join(dir, 'content', `${page.slug}.mdx`), `---\n${stringify({ title: page.title })}---\n\n${body}\n`);
	}
}

/**
 * A search page for the baseline, written into its `dist/` after stock
 * Pagefind has indexed it (so it is neither built nor indexed): Pagefind's
 * own JS API, showing the first five results as Pagefind's default UI does
 * (`pageSize` 5, each result's data loaded before it is shown).
 */
export function writeBaselineSearchPage(distDir: string): void {
	mkdirSync(join(distDir, 'search'), { recursive: true });
	writeFileSync(
		join(distDir, 'search', 'index.html'),
		`<!doctype html>
<html lang="zh"><head><meta charset="utf-8"><title>search</title></head>
<body>
<form id="search"><input id="search-q" name="q" type="search"><button>search</button></form>
<ol id="results"></ol>
<script type="module">
const pagefind = import('/pagefind/pagefind.js');
const form = document.getElementById('search');
const input = document.getElementById('search-q');
const results = document.getElementById('results');
async function show(q) {
	results.dataset.state = 'loading';
	const found = await (await pagefind).search(q);
	const first = await Promise.all(found.results.slice(0, 5).map((r) => r.data()));
	results.replaceChildren(...first.map((d) => Object.assign(document.createElement('li'), { textContent: d.meta.title })));
	results.dataset.state = 'done';
}
form.addEventListener('submit', (event) => { event.preventDefault(); show(input.value); });
input.value = new URLSearchParams(location.search).get('q') ?? '';
if (input.value) show(input.value);
</script>
</body></html>
`,
	);
}

/** How the harness drives the baseline's search page. */
export const BASELINE_SEARCH: SearchTarget = {
	path: (query) => `/search/?q=${encodeURIComponent(query)}`,
	input: '#search-q',
	firstResult: '#results li',
	finished: '#results[data-state="done"]',
};
