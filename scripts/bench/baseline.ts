import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';

/**
 * The baseline: a bare Astro + MDX site with one plain MDX page per article
 * page of the real build (title and paragraphs, no features). Ratios to its
 * build time hold on a noisy machine where absolute seconds do not.
 */
export function writeBaselineSite(dir: string, pages: { slug: string; title: string; paragraphs: string[] }[]): void {
	mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
	mkdirSync(join(dir, 'content'), { recursive: true });
	symlinkSync(resolve('node_modules'), join(dir, 'node_modules'));
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
