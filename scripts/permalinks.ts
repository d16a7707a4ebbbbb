/**
 * Writes `content/permalinks.json`, the committed registry of every public
 * URL (articles, tags, publishers, the archive, raw files, feeds, the fixed
 * pages; both editions), every redirect from a former one and every
 * paragraph anchor ever published. `npm run permalinks` after an ingest;
 * `test/permalinks.test.ts` fails when a committed URL or anchor would
 * disappear, or when the registry is out of date.
 *
 *   npm run permalinks            # write the registry
 *   npm run permalinks -- --check # write nothing; fail if it would change
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { currentRegistry, readCommittedRegistry, REGISTRY_PATH } from '../src/lib/permalink-source';
import { brokenRedirects, lostPermalinks, servedUrls } from '../src/lib/permalinks';
import { REDIRECTS_PATH } from '../src/lib/redirects';

const committed = readCommittedRegistry();
const next = currentRegistry(committed);
const text = `${JSON.stringify(next, null, '\t')}\n`;
const lost = committed ? lostPermalinks(committed, next) : [];
if (lost.length) {
	console.error(
		`These links would stop working. For an article URL, add the old slug to the article's aliases; for any other URL, add it to ${REDIRECTS_PATH}; ` +
			`for a paragraph anchor (#…), its recorded text is no longer in the article:\n  ${lost.join('\n  ')}`,
	);
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
const anchorCount = Object.values(next.anchors).reduce((n, anchors) => n + Object.keys(anchors).length, 0);
console.log(`${REGISTRY_PATH}: ${servedUrls(next).length} URLs (${next.articles.length} of articles), ${Object.keys(next.redirects).length} redirects, ${anchorCount} paragraph anchors`);
