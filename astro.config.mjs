// @ts-check
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';
import searchIndex from './src/integrations/search-index.ts';

// https://docs.astro.build/en/reference/configuration-reference/
export default defineConfig({
	site: process.env.SITE_URL || 'http://localhost:4321',
	trailingSlash: 'always',
	build: { format: 'directory' },
	integrations: [mdx(), searchIndex()],
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
