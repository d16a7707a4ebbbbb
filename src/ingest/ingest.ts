import { createHash } from 'node:crypto';
import { accessSync, constants, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, join, relative, resolve, sep } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article.ts';
import { uniqueSlug } from '../lib/slug.ts';
import { EMPTY_TAXONOMY, parseTaxonomy, TaxonomyError } from '../lib/taxonomy.ts';
import { taggerFor, type Tagger } from './pipeline.ts';
import { keepDefaultPublisher, loadOverride, overridePath, strayOverrides } from './overrides.ts';
import { addTermCounts, emptyCounts, topTerms, unpackTerms } from './infer/candidate-terms.ts';
import { bodyOf, isUntouched, serializeArticle } from './serialize.ts';
import { loadExistingArticles, saveIndex, type ExistingArticle } from './existing.ts';
import { formatReport } from './report.ts';
import { runJob, type PrepareJob, type Prepared } from './prepare.ts';
import { cacheKey, openCache, type PreparedCache } from './cache.ts';
import { ingestFingerprint } from './fingerprint.ts';
import { startPool, type PreparePool } from './pool.ts';
import { NO_FAULTS, sweepTemporaries, writeFileAtomically, type FaultPlan } from './atomic-write.ts';
import { acquireLock } from './lock.ts';
import { isInside, listInputs, readRegularFile } from './inputs.ts';
import { errorCode, firstLine, oneLine, refuse, Refused, refusalLine, writeRefusal, type Refusal } from './refusals.ts';

/**
 * The ingest run: raw files in, MDX out. Each file is cleaned on its own, so
 * one bad file never stops the others; every file is written atomically
 * (`atomic-write.ts`: temporary file, then rename); raw files are only ever
 * copied in, never changed; a hand-edited MDX is never overwritten; one run
 * writes at a time (`lock.ts`).
 *
 * Cleaning (`prepare.ts`) depends on nothing but the file, so it runs on
 * worker threads and is cached by content (`cache.ts`). Everything that
 * depends on the other files (duplicates, slugs, writing, the report) is
 * done here, one file at a time in input order, so the result is the same
 * whatever the number of threads and whatever was cached.
 *
 * Every refusal is one line (`refusals.ts`), printed with its file's report
 * and again in the summary at the end. What the run cannot know safely stops
 * it before it writes anything: a broken taxonomy, an article whose
 * frontmatter cannot be read, another run holding the lock, a folder it
 * cannot write. A full or read-only disk stops it at the file that failed,
 * which is left as it was.
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
	/** Faults to inject at write points (tests only; see `faultPlan`). Not passed to worker threads. */
	faults?: FaultPlan;
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

export interface IngestResult {
	outcomes: Outcome[];
	/** True when every file was written or unchanged and nothing was refused. */
	ok: boolean;
	/** Every refusal of the run, one line each, as printed in the report and in the summary. */
	refusals: string[];
}

/** One input on its way through the run: its result is known (cache, early rejection) or being prepared. */
interface Slot {
	input: string;
	rawPath: string;
	bytesHash?: string;
	/** The raw path the article had before its raw file was renamed (same bytes). */
	renamedFrom?: string;
	prepared: Prepared | Promise<Prepared> | PrepareJob;
}

interface Run {
	root: string;
	rawDir: string;
	overridesDir: string;
	shown: (path: string) => string;
	seenBytes: Map<string, string>;
	cache: PreparedCache | undefined;
	existing: Map<string, ExistingArticle>;
	/** Articles whose raw file is gone, by the raw file's sha256: a new input with those bytes is that raw file renamed. */
	missingRaw: Map<string, string>;
	faults: FaultPlan;
	defaultPublisher?: string;
}

/** A turn of the event loop, in which the pool takes the workers' results and hands out the next files. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');
const PREPARE_MODULE = new URL('./prepare.ts', import.meta.url).href;

export async function runIngest(options: IngestOptions): Promise<IngestResult> {
	const log = options.log ?? ((line: string) => console.log(line));
	const root = resolve(options.root);
	const contentDir = join(root, 'content');
	const rawDir = join(contentDir, 'raw');
	const articlesDir = join(contentDir, 'articles');
	const overridesDir = join(contentDir, 'overrides');
	const taxonomyPath = join(contentDir, 'taxonomy.yaml');
	const cacheDir = join(root, '.cache', 'ingest');
	const faults = options.faults ?? NO_FAULTS;
	const shown = (path: string): string => (isInside(root, path) ? relative(root, resolve(path)).split(sep).join('/') : resolve(path));
	const stopped = (refusals: Refusal[]): IngestResult => {
		const lines = refusals.map(refusalLine);
		for (const line of lines) log(`✗ ${line}`);
		log(`\nnothing was ingested:\n${lines.map((line) => `  ✗ ${line}`).join('\n')}`);
		return { outcomes: [], ok: false, refusals: lines };
	};

	const taxonomyText = existsSync(taxonomyPath) ? readFileSync(taxonomyPath, 'utf8') : undefined;
	let tagger: Tagger;
	try {
		tagger = taggerFor(taxonomyText === undefined ? EMPTY_TAXONOMY : parseTaxonomy(taxonomyText, shown(taxonomyPath)));
	} catch (error) {
		// A broken taxonomy would retag every article wrongly: stop before writing anything.
		return stopped([refuse.invalidTaxonomy(shown(taxonomyPath), error instanceof TaxonomyError ? error.issues.join('; ') : `YAML: ${firstLine(error)}`)]);
	}

	let release = () => {};
	if (!options.check) {
		try {
			mkdirSync(articlesDir, { recursive: true });
			accessSync(articlesDir, constants.W_OK);
		} catch (error) {
			return stopped([refuse.notWritable(`${shown(errorPath(error) ?? articlesDir)}/`, errorCode(error) ?? firstLine(error))]);
		}
		const lock = acquireLock(join(contentDir, '.ingest.lock'), faults);
		if ('heldBy' in lock) return stopped([refuse.locked(shown(join(contentDir, '.ingest.lock')), lock.heldBy)]);
		release = lock.release;
	}
	try {
		return await ingestLocked();
	} finally {
		release();
	}

	async function ingestLocked(): Promise<IngestResult> {
		const useCache = options.cache !== false;
		const fingerprint = useCache ? ingestFingerprint(PREPARE_MODULE, taxonomyText ?? '') : '';
		// Holding the lock: what a killed run left half-written goes now.
		if (!options.check) sweepTemporaries([contentDir, rawDir, articlesDir, cacheDir, join(cacheDir, 'prepared', fingerprint)]);

		const loaded = loadExistingArticles(articlesDir, useCache ? join(cacheDir, 'articles.json') : undefined, shown);
		if (loaded.unreadable.length > 0) return stopped(loaded.unreadable);
		const existing = loaded.byRaw;
		const takenSlugs = new Set([...loaded.fileSlugs, ...[...existing.values()].flatMap((a) => [a.slug, ...a.aliases])]);
		const missingRaw = new Map([...existing].filter(([rawPath, a]) => a.rawSha256 && !existsSync(join(root, rawPath))).map(([rawPath, a]) => [a.rawSha256, rawPath]));

		const listed = listInputs(options.inputs?.length ? options.inputs : [rawDir], shown);
		const outcomes: Outcome[] = [];
		const refusals: string[] = [];
		const refused = (raw: string, status: 'rejected' | 'failed', line: string) => {
			outcomes.push({ raw, status, message: line });
			refusals.push(line);
			log(`✗ ${line}`);
		};
		for (const refusal of listed.refused) refused(refusal.file, 'rejected', refusalLine(refusal));

		// Files that already have an article go first, so a newcomer can never displace them as "the duplicate".
		const isNew = new Map(listed.files.map((input) => [input, Number(!existing.has(rawPathOf(input, root, rawDir)))]));
		const inputs = listed.files.sort((a, b) => isNew.get(a)! - isNew.get(b)! || a.localeCompare(b));
		const cache = useCache ? openCache(join(cacheDir, 'prepared'), fingerprint, { write: !options.check }) : undefined;
		const run: Run = { root, rawDir, overridesDir, shown, seenBytes: new Map(), cache, existing, missingRaw, faults, defaultPublisher: options.defaultPublisher };

		let pool: PreparePool | undefined;
		let stoppedAt: string | undefined;
		try {
			// 1. In input order: read each file, set aside identical bytes, take what the cache has; the rest goes to the workers.
			const slots: Slot[] = [];
			const waiting: Slot[] = [];
			const threadsWanted = options.threads ?? (availableParallelism() > 1 ? availableParallelism() : 0);
			const workersFrom = options.threads === undefined ? WORKERS_FROM : 1;
			for (const input of inputs) {
				const slot = lookUp(input, rawPathOf(input, root, rawDir), run);
				if (!slot) continue;
				slots.push(slot);
				if (!('task' in slot.prepared)) continue;
				waiting.push(slot);
				if (!pool && threadsWanted > 0 && waiting.length >= workersFrom) pool = startPool(threadsWanted, { text: taxonomyText ?? '[]', source: taxonomyPath });
				if (pool) for (const s of waiting.splice(0)) s.prepared = pool.run(s.prepared as PrepareJob);
				// Let the pool hand out work while files are still being read.
				if (pool && slots.length % 32 === 0) await nextTurn();
			}

			// 2. In input order: duplicates by text, slugs, writing, the report.
			const seenText = new Map<string, string>();
			const written = new Map<string, ExistingArticle>();
			const terms = emptyCounts();
			for (const [index, slot] of slots.entries()) {
				const { rawPath, input } = slot;
				const prepared = 'task' in slot.prepared ? runJob(slot.prepared, tagger, faults) : await slot.prepared;
				// Awaiting a settled result gives the event loop no turn, and only in a turn does the pool hand workers their next files:
				// without a turn after each file written (each takes milliseconds: its raw file is fsynced), the workers sat idle while this loop went through results already back.
				if (pool) await nextTurn();
				// Settled files are let go of, so a large run does not hold every MDX twice.
				delete slots[index];
				try {
					if (prepared.status !== 'cleaned') {
						if (prepared.status === 'failed') throw new Refused(refuse.failed(shown(input), oneLine(prepared.message)));
						if (prepared.whole) throw new Refused(prepared.message);
						throw new Refused(prepared.message.startsWith('duplicate of') ? refuse.duplicate(shown(input), prepared.message) : refuse.rejectedRaw(shown(input), prepared.message));
					}
					const sameText = seenText.get(prepared.textKey);
					if (sameText) throw new Refused(refuse.duplicate(shown(input), `duplicate of ${sameText} (same article text)`));
					seenText.set(prepared.textKey, rawPath);

					const previous = existing.get(rawPath);
					const slug = previous?.slug ?? uniqueSlug(prepared.baseSlug, takenSlugs);
					takenSlugs.add(slug);
					const text = articleText(prepared, slug, previous?.aliases ?? []);
					const output = previous?.file ?? join(articlesDir, `${slug}.mdx`);
					const shownOutput = shown(output);
					const outcome = writeOutcome(options, run, slot, output, shownOutput, slug, text, previous);
					outcomes.push(outcome);
					if (outcome.status === 'written') written.set(rawPath, { file: output, slug, aliases: previous?.aliases ?? [], text, rawSha256: slot.bytesHash ?? '' });
					// The batch's publisher goes into the article's override, so a later run without --publisher gives the same article.
					if (options.defaultPublisher && !options.check) keepDefaultPublisher(overridesDir, input, options.defaultPublisher, faults);
					addTermCounts(terms, unpackTerms(prepared.terms));
					log(formatReport(rawPath, shownOutput, outcome.status, prepared.report));
					if (slot.renamedFrom) log(`  ${refuse.renamedRaw(shownOutput, slot.renamedFrom, rawPath)}`);
					if ('message' in outcome) {
						refusals.push(outcome.message);
						log(`  ✗ ${outcome.message}`);
					}
				} catch (error) {
					const diskProblem = writeRefusal(shown(errorPath(error) ?? join(articlesDir, '?')), error);
					if (diskProblem) {
						refused(rawPath, 'failed', refusalLine(diskProblem));
						stoppedAt = rawPath;
						break;
					}
					if (error instanceof Refused) refused(rawPath, 'rejected', error.message);
					else refused(rawPath, 'failed', refusalLine(refuse.failed(shown(input), firstLine(error))));
				}
			}

			// After the run, what no file of it accounts for: articles whose raw file is gone, overrides nothing reads.
			if (!stoppedAt) {
				const before = refusals.length;
				for (const [, rawPath] of missingRaw) refusals.push(refusalLine(refuse.rawMissing(shown(existing.get(rawPath)!.file), rawPath)));
				// Overrides are checked when the run reads all of content/raw: one written ahead for a file not yet ingested is not a mistake.
				if (!options.inputs?.length || options.inputs.some((i) => resolve(i) === rawDir)) {
					const rawNames = existsSync(rawDir) ? readdirSync(rawDir).filter((n) => !n.startsWith('.')) : [];
					for (const stray of strayOverrides(overridesDir, [...rawNames, ...inputs.map((i) => basename(i))], shown)) refusals.push(refusalLine(stray));
				}
				for (const line of refusals.slice(before)) log(`✗ ${line}`);
			}

			const candidates = topTerms(terms, { limit: 30, minCount: 3 });
			if (candidates.length > 0) {
				log(`\ncandidate terms not yet in the taxonomy (articles/mentions), for content/taxonomy.yaml:\n  ${candidates.map((c) => `${c.term} ${c.texts}/${c.count}`).join(' · ')}`);
			}
			const summary = new Map<string, number>();
			for (const o of outcomes) summary.set(o.status, (summary.get(o.status) ?? 0) + 1);
			log(`\n${outcomes.length} file(s): ${[...summary].map(([status, n]) => `${n} ${status}`).join(', ') || 'none'}${stoppedAt ? ` (the run stopped at ${stoppedAt}; later files were not written)` : ''}`);
			if (refusals.length > 0) log(`refused (${refusals.length}):\n${refusals.map((line) => `  ✗ ${line}`).join('\n')}`);
			const ok = refusals.length === 0 && outcomes.every((o) => o.status === 'written' || o.status === 'unchanged');
			if (useCache && !options.check) {
				const articles = new Map([...existing, ...written]);
				try {
					saveIndex(join(cacheDir, 'articles.json'), [...articles].map(([rawPath, a]) => ({ rawPath, ...a })), faults);
				} catch {
					// The index only saves parsing time: a run that cannot write it parses the files next time.
				}
			}
			return { outcomes, ok, refusals };
		} finally {
			await pool?.close();
		}
	}
}

/** Reads one input and finds its prepared result in the cache, or the job that prepares it (undefined: the input is one already read). Failures here are results too. */
function lookUp(input: string, rawPath: string, run: Run): Slot | undefined {
	const slot: Slot = { input, rawPath, prepared: { status: 'failed', message: '' } };
	try {
		const bytes = readRegularFile(input, run.shown(input));
		const bytesHash = sha256(bytes);
		slot.bytesHash = bytesHash;
		const sameBytes = run.seenBytes.get(bytesHash);
		// The same raw file named twice (in content/raw, and where it was copied from): it is one input.
		if (sameBytes === rawPath) return undefined;
		if (sameBytes) return { ...slot, prepared: { status: 'rejected', message: `duplicate of ${sameBytes} (identical bytes)` } };
		run.seenBytes.set(bytesHash, rawPath);
		const target = join(run.rawDir, basename(input));
		if (!isInside(run.rawDir, input) && existsSync(target) && sha256(readRegularFile(target, run.shown(target))) !== bytesHash) throw new Refused(refuse.rawNameTaken(run.shown(input)));
		const renamedFrom = run.existing.has(rawPath) ? undefined : run.missingRaw.get(bytesHash);
		if (renamedFrom) {
			// The raw file was renamed (or moved in again under a new name): its article follows it, keeping its slug.
			run.existing.set(rawPath, run.existing.get(renamedFrom)!);
			run.existing.delete(renamedFrom);
			run.missingRaw.delete(bytesHash);
			slot.renamedFrom = renamedFrom;
		}
		const loaded = loadOverride(run.overridesDir, input, { override: run.shown(overridePath(run.overridesDir, input)), raw: rawPath });
		const override = run.defaultPublisher ? { ...loaded, defaultPublisher: run.defaultPublisher } : loaded;
		const key = cacheKey({ rawPath, bytesHash, override });
		const cached = run.cache?.get(key);
		if (cached) return { ...slot, prepared: cached };
		const previous = run.existing.get(rawPath);
		slot.prepared = {
			task: { rawPath, bytes, bytesHash, override, overrideFile: run.shown(overridePath(run.overridesDir, input)), previous: previous && { slug: previous.slug, aliases: previous.aliases } },
			cache: run.cache?.target(key),
		};
		return slot;
	} catch (error) {
		if (error instanceof Refused) return { ...slot, prepared: { status: 'rejected', message: error.message, whole: true } };
		return { ...slot, prepared: { status: 'failed', message: firstLine(error) } };
	}
}

/** The article's MDX with its final slug and aliases; prepared with others (a slug taken meanwhile, a cached result), it is made again. */
function articleText(prepared: Extract<Prepared, { status: 'cleaned' }>, slug: string, aliases: string[]): string {
	if (prepared.slug === slug && JSON.stringify(prepared.aliases) === JSON.stringify(aliases)) return prepared.text;
	const frontmatter = JSON.parse(prepared.frontmatter) as ArticleFrontmatter;
	return serializeArticle({ ...frontmatter, slug, aliases }, bodyOf(prepared.text));
}

function writeOutcome(options: IngestOptions, run: Run, slot: Slot, output: string, shownOutput: string, slug: string, text: string, previous: ExistingArticle | undefined): Outcome {
	const raw = slot.rawPath;
	if (previous?.text === text) return { raw, status: 'unchanged', output: shownOutput, slug };
	if (previous && !isUntouched(previous.text) && !options.force) {
		return { raw, status: 'hand-edited', output: shownOutput, slug, message: refusalLine(refuse.handEdited(shownOutput, run.shown(overridePath(run.overridesDir, slot.input)))) };
	}
	if (options.check) return { raw, status: 'would change', output: shownOutput, slug, message: refusalLine(refuse.wouldChange(shownOutput)) };
	// The raw file first: a run killed between the two leaves a raw file without an article (the next run makes it), never an article without its raw file.
	const copied = isInside(run.rawDir, slot.input) ? undefined : copyIntoRaw(run, slot);
	try {
		writeFileAtomically(output, text, 'mdx', { faults: run.faults });
	} catch (error) {
		// Nothing of this file changes: the raw file copied in for it goes again.
		if (copied) rmSync(copied, { force: true });
		throw error;
	}
	return { raw, status: 'written', output: shownOutput, slug };
}

/** Raw files are copied in byte for byte (the bytes that were cleaned), and never over a different file of the same name. Returns the new file, if one was made. */
function copyIntoRaw(run: Run, slot: Slot): string | undefined {
	const target = join(run.rawDir, basename(slot.input));
	if (existsSync(target)) {
		if (sha256(readRegularFile(target, run.shown(target))) !== slot.bytesHash) throw new Refused(refuse.rawNameTaken(run.shown(slot.input)));
		return undefined;
	}
	const bytes = readRegularFile(slot.input, run.shown(slot.input));
	if (sha256(bytes) !== slot.bytesHash) throw new Refused(refuse.rawChanged(run.shown(slot.input)));
	mkdirSync(run.rawDir, { recursive: true });
	writeFileAtomically(target, bytes, 'raw', { faults: run.faults, fsync: true });
	return target;
}

/** The path a file-system error is about, when it names one. */
const errorPath = (error: unknown): string | undefined => (error as NodeJS.ErrnoException | undefined)?.path;

/** The path an input has (or will have) under content/raw, relative to the root, with forward slashes. */
function rawPathOf(input: string, root: string, rawDir: string): string {
	const inRaw = isInside(rawDir, input) ? resolve(input) : join(rawDir, basename(input));
	return relative(root, inRaw).split(sep).join('/');
}
