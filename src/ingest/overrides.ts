import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { Document, parse, parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { personSchema } from '../schemas/article.ts';
import type { EditorialOverride } from './types.ts';

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
		defaultPublisher: z.string().optional(),
		authors: z.array(personSchema).optional(),
		editors: z.array(personSchema).optional(),
		repairs: z.array(z.object({ raw: z.string(), correct: z.string() })).optional(),
		tags: z.object({ add: z.array(z.string()).optional(), remove: z.array(z.string()).optional() }).optional(),
		note: z.string().optional(),
	})
	.strict();

export const overridePath = (overridesDir: string, rawFile: string): string => join(overridesDir, `${basename(rawFile, extname(rawFile))}.yaml`);

export function loadOverride(overridesDir: string, rawFile: string): EditorialOverride {
	const path = overridePath(overridesDir, rawFile);
	if (!existsSync(path)) return {};
	const result = overrideSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
	if (!result.success) throw new Error(`invalid editorial override ${path}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	return result.data as EditorialOverride;
}

/** Records a batch's publisher (`--publisher`) in the article's override, keeping everything else in the file as it was. */
export function keepDefaultPublisher(overridesDir: string, rawFile: string, publisher: string): void {
	const path = overridePath(overridesDir, rawFile);
	const text = existsSync(path) ? readFileSync(path, 'utf8') : '';
	const document = text.trim() ? parseDocument(text) : new Document({});
	if (document.get('defaultPublisher') === publisher) return;
	document.set('defaultPublisher', publisher);
	mkdirSync(overridesDir, { recursive: true });
	writeFileSync(path, document.toString(), 'utf8');
}
