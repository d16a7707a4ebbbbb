/**
 * Writes `content/permalinks.json`, the committed registry of every article
 * URL (both editions) and every redirect from a former slug. `npm run
 * permalinks` after an ingest; `test/permalinks.test.ts` fails when a
 * committed URL would disappear, or when the registry is out of date.
 *
 *   npm run permalinks            # write the registry
 *   npm run permalinks -- --check # write nothing; fail if it would change
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { lostPermalinks, type PermalinkRegistry, permalinkRegistry } from '../src/lib/permalinks';
import { readFrontmatters, REGISTRY_PATH } from './permalink-source';

const next = permalinkRegistry(readFrontmatters());
const text = `${JSON.stringify(next, null, '\t')}\n`;
let committed: PermalinkRegistry | undefined;
try {
	committed = JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')) as PermalinkRegistry;
} catch {
	committed = undefined;
}
const lost = committed ? lostPermalinks(committed, next) : [];
if (lost.length) {
	console.error(`These URLs would stop working; add the old slug to the article's aliases:\n  ${lost.join('\n  ')}`);
	process.exit(1);
}
if (process.argv.includes('--check')) {
	const same = committed !== undefined && readFileSync(REGISTRY_PATH, 'utf8') === text;
	console.log(same ? `${REGISTRY_PATH} is up to date` : `${REGISTRY_PATH} is out of date: run npm run permalinks`);
	process.exit(same ? 0 : 1);
}
writeFileSync(REGISTRY_PATH, text);
console.log(`${REGISTRY_PATH}: ${next.articles.length} article URLs, ${Object.keys(next.redirects).length} redirects`);
