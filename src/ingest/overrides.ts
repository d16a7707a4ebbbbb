import { existsSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { personSchema } from '../schemas/article.ts';
import { parseIsoDate } from '../lib/calendar.ts';
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
		date: z
			.string()
			.refine((value) => parseIsoDate(value) !== undefined, 'must be a real calendar date written YYYY, YYYY-MM or YYYY-MM-DD')
			.optional(),
		publisher: z.string().optional(),
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
