import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../lib/security-headers';

/** Writes `dist/_headers` (src/lib/security-headers.ts) once the pages are built. */
export default function securityHeaders(): AstroIntegration {
	return {
		name: 'delta-archive:security-headers',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				await writeFile(new URL('_headers', dir), headersFile());
				logger.info('_headers written (security headers and asset caching for Netlify and Cloudflare Pages)');
			},
		},
	};
}
