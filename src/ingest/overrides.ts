import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { personSchema } from '../schemas/article.ts';
import type { EditorialOverride } from './types.ts';
import { firstLine, refuse, Refused, type Refusal } from './refusals.ts';

/**
 * Editorial overrides: `content/overrides/<raw file name without extension>.yaml`.
 * They hold what the text cannot tell, are inputs to every ingest, and so
 * survive any number of re-ingests.
 */
export const overrideSchema = z
	.object({
		title: z.string().optional(),
		subtitle: z.string().optional(),
		kicker: z.string().optional(),
		date: z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/).optional(),
		publisher: z.string().optional(),
		authors: z.array(personSchema).optional(),
		editors: z.array(personSchema).optional(),
		repairs: z.array(z.object({ raw: z.string(), correct: z.string() })).optional(),
		tags: z.object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).optional(),
		note: z.string().optional(),
	})
	.strict();

/** The raw file's name without its extension: the name of its override. */
const stemOf = (rawFile: string): string => basename(rawFile, extname(rawFile));

export const overridePath = (overridesDir: string, rawFile: string): string => join(overridesDir, `${stemOf(rawFile)}.yaml`);

/**
 * The override for a raw file (empty when there is none). A broken one is
 * refused naming the override file itself (`shownPath`), with the YAML or
 * schema problem on one line: the raw file is not ingested with facts missing.
 */
export function loadOverride(overridesDir: string, rawFile: string, shown: { override: string; raw: string }): EditorialOverride {
	const path = overridePath(overridesDir, rawFile);
	if (!existsSync(path)) return {};
	let data: unknown;
	try {
		data = parse(readFileSync(path, 'utf8'));
	} catch (error) {
		throw new Refused(refuse.invalidOverride(shown.override, `YAML: ${firstLine(error)}`, shown.raw));
	}
	const result = overrideSchema.safeParse(data ?? {});
	if (!result.success) {
		const detail = result.error.issues.map((i) => `${i.path.length ? i.path.join('.') : '(whole file)'}: ${i.message}`).join('; ');
		throw new Refused(refuse.invalidOverride(shown.override, detail, shown.raw));
	}
	return result.data as EditorialOverride;
}

/**
 * Override files that no raw file reads: a `.yml` (only `.yaml` is read) or a
 * name that matches no raw file (a typo, or a raw file renamed without its
 * override). Silently unused, they would lose the editor's facts.
 */
export function strayOverrides(overridesDir: string, rawFiles: Iterable<string>, shown: (path: string) => string): Refusal[] {
	if (!existsSync(overridesDir)) return [];
	const stems = new Set([...rawFiles].map(stemOf));
	const stray: Refusal[] = [];
	for (const name of readdirSync(overridesDir).sort()) {
		const extension = extname(name);
		const stem = basename(name, extension);
		if (name.startsWith('.') || !/^\.ya?ml$/iu.test(extension)) continue;
		if (extension !== '.yaml') stray.push(refuse.overrideExtension(shown(join(overridesDir, name)), `${stem}.yaml`));
		else if (!stems.has(stem)) stray.push(refuse.orphanOverride(shown(join(overridesDir, name)), `content/raw/${stem}`));
	}
	return stray;
}
