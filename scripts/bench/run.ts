/**
 * npm run bench -- --corpus DIR [--limit N] [--keep]
 *
 * Runs the whole pipeline over N raw articles in a temporary copy of the
 * site (never the real content/): ingest, astro build (both editions, tag
 * pages, search index), then serves the result and measures it. The same run
 * builds a bare Astro + MDX baseline with the same number of article pages,
 * and every figure is also given as a ratio to it. Prints a JSON record and a
 * Markdown table row for docs/benchmarks.md.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir, cpus, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runIngest } from '../../src/ingest/ingest.ts';
import { readFrontmatter } from '../../src/ingest/serialize.ts';
import { selectFiles } from './select.ts';
import { folderSize, timed } from './measure.ts';
import { writeBaselineSite } from './baseline.ts';
import { pageWeight, serve } from './browser.ts';

const args = process.argv.slice(2);
const option = (name: string) => (args.includes(name) ? args[args.indexOf(name) + 1] : undefined);
const corpus = option('--corpus');
if (!corpus) throw new Error('usage: npm run bench -- --corpus DIR [--limit N] [--keep]');
const limit = Number(option('--limit') ?? 1000);
const keep = args.includes('--keep');

const SITE_FILES = ['src', 'public', 'astro.config.mjs', 'tsconfig.json', 'package.json', 'content/taxonomy.yaml'];
const work = mkdtempSync(join(tmpdir(), 'delta-bench-'));
const site = join(work, 'site');
const baseline = join(work, 'baseline');
const log = (line: string) => console.error(`[bench] ${line}`);

try {
	// 1. A temporary copy of the site with an empty archive.
	mkdirSync(join(site, 'content', 'raw'), { recursive: true });
	for (const path of SITE_FILES) if (existsSync(path)) cpSync(path, join(site, path), { recursive: true });
	symlinkSync(resolve('node_modules'), join(site, 'node_modules'));

	// 2. Ingest, in process, as `npm run ingest -- FILES` would.
	const files = selectFiles(corpus, limit);
	log(`ingesting ${files.length} files from ${corpus}`);
	const ingestStart = performance.now();
	const { outcomes } = await runIngest({ root: site, inputs: files, log: () => {} });
	const ingestSeconds = (performance.now() - ingestStart) / 1000;
	const written = outcomes.filter((o) => o.status === 'written').length;

	// 3. The real build: editions, tags, search index.
	log('astro build (site)');
	const build = timed('npx', ['astro', 'build'], site);
	const pagesBuilt = Number(/(\d+) page\(s\) built/u.exec(build.output)?.[1] ?? 0);

	// 4. The baseline: the same article pages, bare.
	const articleDir = join(site, 'content', 'articles');
	const articles = readdirSync(articleDir).map((name) => {
		const text = readFileSync(join(articleDir, name), 'utf8');
		const data = readFrontmatter(text) as { title: string; slug: string };
		return { slug: data.slug, title: data.title, paragraphs: text.split(/\n---\n/u)[1]!.split(/\n\n/u).filter(Boolean) };
	});
	const editions = pagesBuilt > articles.length * 1.5 ? 2 : 1;
	writeBaselineSite(baseline, Array.from({ length: editions }, (_, e) => articles.map((a) => ({ ...a, slug: `${a.slug}-${e}` }))).flat());
	log(`astro build (baseline, ${articles.length * editions} pages)`);
	const base = timed('npx', ['astro', 'build'], baseline);

	// 5. Sizes.
	const dist = folderSize(join(site, 'dist'));
	const pagefind = folderSize(join(site, 'dist', 'pagefind'));
	const baseDist = folderSize(join(baseline, 'dist'));

	// 6. Served: an article page's transferred weight.
	const port = 4390;
	let weight;
	try {
		const server = await serve(site, port);
		try {
			weight = await pageWeight(`http://127.0.0.1:${port}`, `/articles/${articles[0]!.slug}/`, join(site, 'dist'));
		} finally {
			server.kill();
		}
	} catch (error) {
		// The build figures stand on their own; say why the served ones are missing.
		log(`serving failed, no page weight: ${(error as Error).message}`);
	}

	const record = {
		machine: `${cpus().length} × ${cpus()[0]?.model.trim()}, ${Math.round(totalmem() / 2 ** 30)} GB`,
		n: files.length,
		ingested: written,
		ingestPerSecond: Math.round(files.length / ingestSeconds),
		buildSeconds: Number(build.seconds.toFixed(1)),
		buildPeakMB: build.peakMB,
		pagesBuilt,
		baselinePages: articles.length * editions,
		baselineSeconds: Number(base.seconds.toFixed(1)),
		pipelineSeconds: Number((ingestSeconds + build.seconds).toFixed(1)),
		ratioToBaseline: Number(((ingestSeconds + build.seconds) / base.seconds).toFixed(2)),
		distMB: Number((dist.bytes / 2 ** 20).toFixed(1)),
		distFiles: dist.files,
		baselineDistMB: Number((baseDist.bytes / 2 ** 20).toFixed(1)),
		pagefindMB: Number((pagefind.bytes / 2 ** 20).toFixed(1)),
		pagefindFiles: pagefind.files,
		articlePageKB: weight ? Number((weight.total / 1024).toFixed(1)) : undefined,
		articlePage: weight,
	};
	console.log(JSON.stringify(record, null, 2));
	console.log(
		`| ${record.n} | ${record.ingestPerSecond} | ${record.buildSeconds} s (${record.pagesBuilt} pages) | ${record.baselineSeconds} s (${record.baselinePages} pages) | ${record.ratioToBaseline}× | ${record.buildPeakMB ?? '–'} MB | ${record.distMB} MB / ${record.distFiles} files | ${record.pagefindMB} MB / ${record.pagefindFiles} files | ${record.articlePageKB} KB |`,
	);
	mkdirSync('reports', { recursive: true });
	writeFileSync(join('reports', `bench-${record.n}.json`), JSON.stringify(record, null, 2));
} finally {
	if (keep) log(`kept ${work}`);
	else rmSync(work, { recursive: true, force: true });
}
