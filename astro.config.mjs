// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import archiveIndex from './src/integrations/archive-index.ts';
import keepUnchangedPages from './src/integrations/keep-unchanged-pages.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import { MDX_FEATURES } from './src/lib/mdx-features.ts';
import { pageRedirects } from './src/lib/redirects.ts';
import { CSP_DIRECTIVES } from './src/lib/security-headers.ts';
import { THEME_SCRIPT_HASH } from './src/lib/theme.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	trailingSlash: 'always',
	// Four pages in flight: a page waits on its file write and its QR code (made on a worker
	// thread); with one at a time the main thread idled for 15–40 % of the render phase.
	build: { format: 'directory', concurrency: 4 },
	// Astro's build caches (the content store) and ours, in the project itself: copies of the site
	// that share one node_modules (git worktrees, benchmark copies) must not read each other's.
	cacheDir: './.astro/cache/',
	// Former URLs of tags, publishers and other pages (content/redirects.yaml; former article slugs are their aliases).
	redirects: pageRedirects(),
	integrations: [
		// The page shows the article's text as written: GFM, no smart punctuation (src/lib/mdx-features.ts).
		mdx({ gfm: MDX_FEATURES.gfm, smartypants: MDX_FEATURES.smartPunctuation }),
		archiveIndex(),
		// dist/ is not emptied: the pages an incremental build reuses stay in place (src/integrations/keep-unchanged-pages.ts).
		keepUnchangedPages(),
		securityHeaders(),
	],
	// Articles contain no code; Shiki's inline styles would need CSP exceptions.
	markdown: { syntaxHighlight: false },
	// A Content-Security-Policy <meta> on every page: Astro hashes every script and
	// style it emits, plus the inline theme script; nothing else may run.
	// (frame-ancestors needs an HTTP header: the build writes dist/_headers, src/lib/security-headers.ts.)
	security: {
		csp: {
			scriptDirective: { hashes: [THEME_SCRIPT_HASH] },
			directives: [...CSP_DIRECTIVES],
		},
	},
	// Incremental builds: a page whose `cacheKey` (src/site/page-keys.ts) and code are unchanged since the
	// last build is kept from it instead of rendered again (docs/site.md).
	experimental: { incrementalBuild: true },
	vite: {
		build: {
			rolldownOptions: {
				// Astro's own MDX head-propagation directive makes rolldown warn once per
				// article (withastro/astro#18087, harmless). Drop only that warning.
				onwarn(warning, warn) {
					if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
					warn(warning);
				},
			},
		},
	},
});
