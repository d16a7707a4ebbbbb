/**
 * Writes `content/permalinks.json`, the committed registry of every public
 * URL (articles, tags, publishers, the archive, raw files, feeds, the fixed
 * pages; both editions) and every redirect from a former one. `npm run
 * permalinks` after an ingest; `test/permalinks.test.ts` fails when a
 * committed URL would disappear, or when the registry is out of date.
 *
 *   npm run permalinks            # write the registry
 *   npm run permalinks -- --check # write nothing; fail if it would change
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { brokenRedirects, lostPermalinks, type PermalinkRegistry, servedUrls } from '../src/lib/permalinks';
import { REDIRECTS_PATH } from '../src/lib/redirects';
import { currentRegistry, REGISTRY_PATH } from './permalink-source';

const next = currentRegistry();
const text = `${JSON.stringify(next, null, '\t')}\n`;
let committed: PermalinkRegistry | undefined;
try {
	committed = JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')) as PermalinkRegistry;
} catch {
	committed = undefined;
}
const lost = committed ? lostPermalinks(committed, next) : [];
if (lost.length) {
	console.error(`These URLs would stop working; add a former article slug to the article's aliases, any other URL to ${REDIRECTS_PATH}:\n  ${lost.join('\n  ')}`);
	process.exit(1);
}
const broken = brokenRedirects(next);
if (broken.length) {
	console.error(`${REDIRECTS_PATH}: ${broken.join('; ')}`);
	process.exit(1);
}
if (process.argv.includes('--check')) {
	const same = committed !== undefined && readFileSync(REGISTRY_PATH, 'utf8') === text;
	console.log(same ? `${REGISTRY_PATH} is up to date` : `${REGISTRY_PATH} is out of date: run npm run permalinks`);
	process.exit(same ? 0 : 1);
}
writeFileSync(REGISTRY_PATH, text);
console.log(`${REGISTRY_PATH}: ${servedUrls(next).length} URLs (${next.articles.length} of articles), ${Object.keys(next.redirects).length} redirects`);
