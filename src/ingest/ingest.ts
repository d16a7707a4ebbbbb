import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { uniqueSlug } from '../lib/slug.ts';
import { EMPTY_TAXONOMY, parseTaxonomy } from '../lib/taxonomy.ts';
import { taggerFor, type Tagger } from './pipeline.ts';
import { keepDefaultPublisher, loadOverride, overridePath } from './overrides.ts';
import { addTermCounts, emptyCounts, topTerms, unpackTerms } from './infer/candidate-terms.ts';
import { bodyOf, isUntouched, serializeArticle } from './serialize.ts';
import { loadExistingArticles, saveIndex, type ExistingArticle } from './existing.ts';
import { formatReport } from './report.ts';
import { runJob, type PrepareJob, type Prepared } from './prepare.ts';
import { cacheKey, openCache, type PreparedCache } from './cache.ts';
import { ingestFingerprint } from './fingerprint.ts';
import { startPool, type PreparePool } from './pool.ts';
import { RejectedInput } from './types.ts';

/**
 * The ingest run: raw files in, MDX out. Each file is cleaned on its own, so
 * one bad file never stops the others; each MDX is written atomically
 * (temporary file, then rename); raw files are only ever copied in, never
 * changed; a hand-edited MDX is never overwritten.
 *
 * Cleaning (`prepare.ts`) depends on nothing but the file, so it runs on
 * worker threads and is cached by content (`cache.ts`). Everything that
 * depends on the other files (duplicates, slugs, writing, the report) is
 * done here, one file at a time in input order, so the result is the same
 * whatever the number of threads and whatever was cached.
 */
export interface IngestOptions {
	/** Project root holding `content/`. */
	root: string;
	/** Files or folders to ingest; default `content/raw`. Files from elsewhere are copied into `content/raw` once accepted. */
	inputs?: string[];
	/** Compare only: write nothing, report every MDX that would change. */
	check?: boolean;
	/** Overwrite hand-edited MDX files. */
	force?: boolean;
	log?: (line: string) => void;
	/**
	 * Worker threads that clean files; 0 cleans in this thread. Default: one
	 * per core, once at least `WORKERS_FROM` files need cleaning.
	 */
	threads?: number;
	/** Reuse and keep cleaned articles (and what the MDX files say) in `.cache/ingest/` (default true; `--check` only reads it). */
	cache?: boolean;
	/** The publisher of this batch (`--publisher`) for articles whose text credits none; kept in each written article's override as `defaultPublisher`. */
	defaultPublisher?: string;
}

/**
 * Each worker loads the whole cleaner (about a second of CPU on a 2-core
 * machine, as much as cleaning 300-400 files), so below about this many files
 * one thread finishes first (measured: 500 files were no faster on two workers).
 */
export const WORKERS_FROM = 1000;

export type Outcome =
	| { raw: string; status: 'written' | 'unchanged'; output: string; slug: string }
	| { raw: string; status: 'would change' | 'hand-edited'; output: string; slug: string; message: string }
	| { raw: string; status: 'rejected' | 'failed'; message: string };

/** One input on its way through the run: its result is known (cache, early rejection) or being prepared. */
interface Slot {
	input: string;
	rawPath: string;
	prepared: Prepared | Promise<Prepared> | PrepareJob;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
const PREPARE_MODULE = new URL('./prepare.ts', import.meta.url).href;

export async function runIngest(options: IngestOptions): Promise<{ outcomes: Outcome[]; ok: boolean }> {
	const log = options.log ?? ((line: string) => console.log(line));
	const rawDir = join(options.root, 'content', 'raw');
	const articlesDir = join(options.root, 'content', 'articles');
	const overridesDir = join(options.root, 'content', 'overrides');
	const taxonomyPath = join(options.root, 'content', 'taxonomy.yaml');
	const taxonomyText = existsSync(taxonomyPath) ? readFileSync(taxonomyPath, 'utf8') : undefined;
	let tagger: Tagger;
	try {
		tagger = taggerFor(taxonomyText === undefined ? EMPTY_TAXONOMY : parseTaxonomy(taxonomyText, taxonomyPath));
	} catch (error) {
		// A broken taxonomy would retag every article wrongly: stop before writing anything.
		log(`✗ ${relative(options.root, taxonomyPath)}: ${error instanceof Error ? error.message : String(error)}`);
		return { outcomes: [], ok: false };
	}
	if (!options.check) mkdirSync(articlesDir, { recursive: true });

	const cacheDir = join(options.root, '.cache', 'ingest');
	const useCache = options.cache !== false;
	const existing = loadExistingArticles(articlesDir, useCache ? join(cacheDir, 'articles.json') : undefined);
	const takenSlugs = new Set([...existing.values()].flatMap((a) => [a.slug, ...a.aliases]));
	// Files that already have an article go first, so a newcomer can never displace them as "the duplicate".
	const listed = listInputs(options.inputs?.length ? options.inputs : [rawDir]);
	const isNew = new Map(listed.map((input) => [input, Number(!existing.has(rawPathOf(input, options.root, rawDir)))]));
	const inputs = listed.sort((a, b) => isNew.get(a)! - isNew.get(b)! || a.localeCompare(b));
	const cache = useCache ? openCache(join(cacheDir, 'prepared'), ingestFingerprint(PREPARE_MODULE, taxonomyText ?? ''), { write: !options.check }) : undefined;

	let pool: PreparePool | undefined;
	try {
		// 1. In input order: read each file, set aside identical bytes, take what the cache has; the rest goes to the workers.
		const slots: Slot[] = [];
		const waiting: Slot[] = [];
		const seenBytes = new Map<string, string>();
		const threadsWanted = options.threads ?? (availableParallelism() > 1 ? availableParallelism() : 0);
		const workersFrom = options.threads === undefined ? WORKERS_FROM : 1;
		for (const input of inputs) {
			const rawPath = rawPathOf(input, options.root, rawDir);
			const slot: Slot = { input, rawPath, prepared: lookUp(input, rawPath, { overridesDir, root: options.root, seenBytes, cache, existing, defaultPublisher: options.defaultPublisher }) };
			slots.push(slot);
			if (!('task' in slot.prepared)) continue;
			waiting.push(slot);
			if (!pool && threadsWanted > 0 && waiting.length >= workersFrom) pool = startPool(threadsWanted, { text: taxonomyText ?? '[]', source: taxonomyPath });
			if (pool) for (const s of waiting.splice(0)) s.prepared = pool.run(s.prepared as PrepareJob);
			// Let the pool hand out work while files are still being read.
			if (pool && slots.length % 32 === 0) await new Promise((resolve) => setImmediate(resolve));
		}

		// 2. In input order: duplicates by text, slugs, writing, the report.
		const seenText = new Map<string, string>();
		const written = new Map<string, ExistingArticle>();
		const outcomes: Outcome[] = [];
		const terms = emptyCounts();
		for (const [index, slot] of slots.entries()) {
			const { rawPath } = slot;
			const prepared = 'task' in slot.prepared ? runJob(slot.prepared, tagger) : await slot.prepared;
			// Settled files are let go of, so a large run does not hold every MDX twice.
			delete slots[index];
			try {
				if (prepared.status !== 'cleaned') throw prepared.status === 'rejected' ? new RejectedInput(prepared.message) : new Error(prepared.message);
				const sameText = seenText.get(prepared.textKey);
				if (sameText) throw new RejectedInput(`duplicate of ${sameText} (same article text)`);
				seenText.set(prepared.textKey, rawPath);

				const previous = existing.get(rawPath);
				const slug = previous?.slug ?? uniqueSlug(prepared.baseSlug, takenSlugs);
				takenSlugs.add(slug);
				const text = articleText(prepared, slug, previous?.aliases ?? []);
				const output = previous?.file ?? join(articlesDir, `${slug}.mdx`);
				const shownOutput = relative(options.root, output);
				const outcome = writeOutcome(options, slot.input, rawDir, rawPath, output, shownOutput, slug, text, previous);
				outcomes.push(outcome);
				if (outcome.status === 'written') written.set(rawPath, { file: output, slug, aliases: previous?.aliases ?? [], text });
				// The batch's publisher goes into the article's override, so a later run without --publisher gives the same article.
				if (options.defaultPublisher && !options.check) keepDefaultPublisher(overridesDir, slot.input, options.defaultPublisher);
				addTermCounts(terms, unpackTerms(prepared.terms));
				log(formatReport(rawPath, shownOutput, outcome.status, prepared.report));
				if ('message' in outcome) log(`  ! ${outcome.message}`);
			} catch (error) {
				const rejected = error instanceof RejectedInput;
				const message = error instanceof Error ? error.message : String(error);
				outcomes.push({ raw: rawPath, status: rejected ? 'rejected' : 'failed', message });
				log(`✗ ${rawPath}: ${rejected ? 'rejected' : 'failed'}: ${message}`);
			}
		}

		const candidates = topTerms(terms, { limit: 30, minCount: 3 });
		if (candidates.length > 0) {
			log(`\ncandidate terms not yet in the taxonomy (articles/mentions), for content/taxonomy.yaml:\n  ${candidates.map((c) => `${c.term} ${c.texts}/${c.count}`).join(' · ')}`);
		}
		const summary = new Map<string, number>();
		for (const o of outcomes) summary.set(o.status, (summary.get(o.status) ?? 0) + 1);
		log(`\n${outcomes.length} file(s): ${[...summary].map(([status, n]) => `${n} ${status}`).join(', ')}`);
		const ok = outcomes.every((o) => o.status === 'written' || o.status === 'unchanged');
		if (useCache && !options.check) {
			const articles = new Map([...existing, ...written]);
			saveIndex(join(cacheDir, 'articles.json'), [...articles].map(([rawPath, a]) => ({ rawPath, ...a })));
		}
		return { outcomes, ok };
	} finally {
		await pool?.close();
	}
}

/** Reads one input and finds its prepared result in the cache, or the job that prepares it. Failures here are results too. */
function lookUp(input: string, rawPath: string, run: { overridesDir: string; root: string; seenBytes: Map<string, string>; cache: PreparedCache | undefined; existing: Map<string, ExistingArticle>; defaultPublisher?: string }): Prepared | PrepareJob {
	try {
		const bytes = readFileSync(input);
		const bytesHash = sha256(bytes);
		const sameBytes = run.seenBytes.get(bytesHash);
		if (sameBytes) return { status: 'rejected', message: `duplicate of ${sameBytes} (identical bytes)` };
		run.seenBytes.set(bytesHash, rawPath);
		const loaded = loadOverride(run.overridesDir, input);
		const override = run.defaultPublisher ? { ...loaded, defaultPublisher: run.defaultPublisher } : loaded;
		const key = cacheKey({ rawPath, bytesHash, override });
		const cached = run.cache?.get(key);
		if (cached) return cached;
		const previous = run.existing.get(rawPath);
		return {
			task: { rawPath, bytes, bytesHash, override, overrideFile: relative(run.root, overridePath(run.overridesDir, input)), previous: previous && { slug: previous.slug, aliases: previous.aliases } },
			cache: run.cache?.target(key),
		};
	} catch (error) {
		return { status: 'failed', message: error instanceof Error ? error.message : String(error) };
	}
}

/** The article's MDX with its final slug and aliases; prepared with others (a slug taken meanwhile, a cached result), it is made again. */
function articleText(prepared: Extract<Prepared, { status: 'cleaned' }>, slug: string, aliases: string[]): string {
	if (prepared.slug === slug && JSON.stringify(prepared.aliases) === JSON.stringify(aliases)) return prepared.text;
	const frontmatter = JSON.parse(prepared.frontmatter) as ArticleFrontmatter;
	return serializeArticle({ ...frontmatter, slug, aliases }, bodyOf(prepared.text));
}

function writeOutcome(options: IngestOptions, input: string, rawDir: string, raw: string, output: string, shownOutput: string, slug: string, text: string, previous: ExistingArticle | undefined): Outcome {
	if (previous?.text === text) return { raw, status: 'unchanged', output: shownOutput, slug };
	if (previous && !isUntouched(previous.text) && !options.force) {
		return { raw, status: 'hand-edited', output: shownOutput, slug, message: `${shownOutput} was edited by hand; not overwritten. Put the change in content/overrides/ (or re-run with --force to discard it).` };
	}
	if (options.check) return { raw, status: 'would change', output: shownOutput, slug, message: `${shownOutput} differs from what the ingest writes; run npm run ingest.` };
	if (!resolve(input).startsWith(resolve(rawDir))) copyIntoRaw(input, join(rawDir, basename(input)));
	writeAtomically(output, text);
	return { raw, status: 'written', output: shownOutput, slug };
}

/** Raw files are copied in byte for byte, and never over a different file of the same name. */
function copyIntoRaw(from: string, to: string): void {
	if (existsSync(to)) {
		if (sha256(readFileSync(to)) !== sha256(readFileSync(from))) throw new RejectedInput(`content/raw/${basename(to)} already exists with different content; rename the new file`);
		return;
	}
	mkdirSync(join(to, '..'), { recursive: true });
	copyFileSync(from, to);
}

function writeAtomically(path: string, text: string): void {
	const temporary = `${path}.${process.pid}.tmp`;
	writeFileSync(temporary, text, 'utf8');
	renameSync(temporary, path);
}

function listInputs(paths: string[]): string[] {
	return paths.flatMap((path) => {
		if (!existsSync(path)) throw new Error(`no such file or folder: ${path}`);
		if (!statSync(path).isDirectory()) return [path];
		return readdirSync(path)
			.filter((name) => !name.startsWith('.'))
			.map((name) => join(path, name))
			.filter((file) => statSync(file).isFile());
	});
}

/** The path an input has (or will have) under content/raw, relative to the root, with forward slashes. */
function rawPathOf(input: string, root: string, rawDir: string): string {
	const inRaw = resolve(input).startsWith(resolve(rawDir) + '/') ? resolve(input) : join(rawDir, basename(input));
	return relative(root, inRaw).split('\\').join('/');
}
