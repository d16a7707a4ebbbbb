import { resolve } from 'node:path';
import type { AstroIntegration } from 'astro';
import { handOverRelated, type RelatedHandover } from '../lib/related-handover';
import { runInChildProcess } from './child-process';
import type { RelatedJob } from './related-process';
import { articlesDir } from './search-index';

/**
 * Related articles (`src/lib/related.ts`) worked out from the start of the
 * build in a child process, on another core while Vite bundles, and handed to
 * the pages (`src/lib/related-handover.ts`). A failure here costs only time:
 * the pages then compute them themselves.
 */
export default function relatedArticles(): AstroIntegration {
	return {
		name: 'delta-archive:related-articles',
		hooks: {
			'astro:build:start': ({ logger }) => {
				const started = performance.now();
				const links = runInChildProcess<RelatedJob, RelatedHandover>(new URL('./related-process.ts', import.meta.url), { articlesDir: resolve(articlesDir()) });
				links.then(
					() => logger.info(`related articles worked out in ${((performance.now() - started) / 1000).toFixed(1)} s`),
					(error: Error) => logger.warn(`related articles: the background job failed, pages will work them out (${error.message.split('\n')[0]})`),
				);
				handOverRelated(links);
			},
		},
	};
}
