import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { articleSchema, type ArticleFrontmatter } from '../schemas/article.ts';
import { makeSlug, uniqueSlug } from '../lib/slug.ts';
import { clean, taggerFor, type Tagger } from './pipeline.ts';
import { loadOverride, overridePath } from './overrides.ts';
import { loadTaxonomy } from '../lib/taxonomy.ts';
import { unknownTagIds } from './infer/tags.ts';
import { candidateTerms } from './infer/candidate-terms.ts';
import { isUntouched, readFrontmatter, serializeArticle } from './serialize.ts';
import { formatReport } from './report.ts';
import { foldForMatching } from './text/script.ts';
import { readableText } from './text/markers.ts';
import { RejectedInput } from './types.ts';

/**
 * The ingest run: raw files in, MDX out. Each file is cleaned on its own, so
 * one bad file never stops the others; each MDX is written atomically
 * (temporary file, then rename); raw files are only ever copied in, never
 * changed; a hand-edited MDX is never overwritten.
 */
export const CLEANER_VERSION = 1;

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
}

export type Outcome =
	| { raw: string; status: 'written' | 'unchanged'; output: string; slug: string }
	| { raw: string; status: 'would change' | 'hand-edited'; output: string; slug: string; message: string }
	| { raw: string; status: 'rejected' | 'failed'; message: string };

interface ExistingArticle {
	file: string;
	slug: string;
	aliases: string[];
	text: string;
}

const sha256 = (data: Uint8Array | string): string => createHash('sha256').update(data).digest('hex');

export function runIngest(options: IngestOptions): { outcomes: Outcome[]; ok: boolean } {
	const log = options.log ?? ((line: string) => console.log(line));
	const rawDir = join(options.root, 'content', 'raw');
	const articlesDir = join(options.root, 'content', 'articles');
	const overridesDir = join(options.root, 'content', 'overrides');
	const taxonomyPath = join(options.root, 'content', 'taxonomy.yaml');
	let tagger: Tagger;
	try {
		tagger = taggerFor(loadTaxonomy(taxonomyPath));
	} catch (error) {
		// A broken taxonomy would retag every article wrongly: stop before writing anything.
		log(`✗ ${relative(options.root, taxonomyPath)}: ${error instanceof Error ? error.message : String(error)}`);
		return { outcomes: [], ok: false };
	}
	if (!options.check) mkdirSync(articlesDir, { recursive: true });

	const existing = loadExistingArticles(articlesDir, options.root);
	const takenSlugs = new Set([...existing.values()].flatMap((a) => [a.slug, ...a.aliases]));
	// Files that already have an article go first, so a newcomer can never displace them as "the duplicate".
	const inputs = listInputs(options.inputs?.length ? options.inputs : [rawDir]).sort((a, b) => Number(!existing.has(rawPathOf(a, options.root, rawDir))) - Number(!existing.has(rawPathOf(b, options.root, rawDir))) || a.localeCompare(b));
	const seenBytes = new Map<string, string>();
	const seenText = new Map<string, string>();
	const outcomes: Outcome[] = [];
	const cleanedTexts: string[] = [];

	for (const input of inputs) {
		const rawPath = rawPathOf(input, options.root, rawDir);
		try {
			const bytes = readFileSync(input);
			const bytesHash = sha256(bytes);
			const sameBytes = seenBytes.get(bytesHash);
			if (sameBytes) throw new RejectedInput(`duplicate of ${sameBytes} (identical bytes)`);
			seenBytes.set(bytesHash, rawPath);

			const override = loadOverride(overridesDir, input);
			const unknownTags = unknownTagIds(tagger.taxonomy, override.tags);
			if (unknownTags.length > 0) {
				throw new Error(`${relative(options.root, overridePath(overridesDir, input))}: unknown tag id(s) ${unknownTags.map((id) => `"${id}"`).join(', ')} in tags; ids are listed in content/taxonomy.yaml`);
			}
			const cleaned = clean(bytes, rawPath, override, tagger);
			const textKey = sha256(foldForMatching(readableText(cleaned.plainText)).replace(/[\s\p{P}]/gu, ''));
			const sameText = seenText.get(textKey);
			if (sameText) throw new RejectedInput(`duplicate of ${sameText} (same article text)`);
			seenText.set(textKey, rawPath);

			const previous = existing.get(rawPath);
			const slug = previous?.slug ?? uniqueSlug(makeSlug(cleaned.metadata.date.value, cleaned.metadata.title), takenSlugs);
			takenSlugs.add(slug);
			const frontmatter: ArticleFrontmatter = articleSchema.parse({
				...cleaned.metadata,
				slug,
				aliases: previous?.aliases ?? [],
				raw: { path: rawPath, sha256: bytesHash, encoding: cleaned.encoding },
				ingest: { version: CLEANER_VERSION, checksum: '' },
			});
			const text = serializeArticle(frontmatter, cleaned.body);
			const output = previous?.file ?? join(articlesDir, `${slug}.mdx`);
			const shownOutput = relative(options.root, output);
			const outcome = writeOutcome(options, input, rawPath, rawDir, output, shownOutput, slug, text, previous);
			outcomes.push(outcome);
			cleanedTexts.push(`${frontmatter.title}\n${readableText(cleaned.plainText)}`);
			log(formatReport(rawPath, shownOutput, outcome.status, { ...frontmatter }, cleaned.inferences, cleaned.tagging));
			if ('message' in outcome) log(`  ! ${outcome.message}`);
		} catch (error) {
			const rejected = error instanceof RejectedInput;
			const message = error instanceof Error ? error.message : String(error);
			outcomes.push({ raw: rawPath, status: rejected ? 'rejected' : 'failed', message });
			log(`✗ ${rawPath}: ${rejected ? 'rejected' : 'failed'}: ${message}`);
		}
	}

	const candidates = candidateTerms(cleanedTexts, tagger.matcher, { limit: 30, minCount: 3 });
	if (candidates.length > 0) {
		log(`\ncandidate terms not yet in the taxonomy (articles/mentions), for content/taxonomy.yaml:\n  ${candidates.map((c) => `${c.term} ${c.texts}/${c.count}`).join(' · ')}`);
	}

	const summary = new Map<string, number>();
	for (const o of outcomes) summary.set(o.status, (summary.get(o.status) ?? 0) + 1);
	log(`\n${outcomes.length} file(s): ${[...summary].map(([status, n]) => `${n} ${status}`).join(', ')}`);
	const ok = outcomes.every((o) => o.status === 'written' || o.status === 'unchanged');
	return { outcomes, ok };
}

function writeOutcome(options: IngestOptions, input: string, rawPath: string, rawDir: string, output: string, shownOutput: string, slug: string, text: string, previous: ExistingArticle | undefined): Outcome {
	const raw = rawPath;
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

function loadExistingArticles(articlesDir: string, root: string): Map<string, ExistingArticle> {
	const byRaw = new Map<string, ExistingArticle>();
	if (!existsSync(articlesDir)) return byRaw;
	for (const name of readdirSync(articlesDir).filter((n) => n.endsWith('.mdx'))) {
		const file = join(articlesDir, name);
		const text = readFileSync(file, 'utf8');
		const data = readFrontmatter(text) as Partial<ArticleFrontmatter> | undefined;
		if (!data?.raw?.path || !data.slug) continue;
		byRaw.set(data.raw.path, { file, slug: data.slug, aliases: data.aliases ?? [], text });
	}
	void root;
	return byRaw;
}
