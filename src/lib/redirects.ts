import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { EDITION_PREFIX } from './urls';

/**
 * Redirects an editor records when a public URL other than an article's
 * changes (a tag's slug renamed, a publisher's name corrected, a raw file
 * renamed): `content/redirects.yaml`, former path → current path. Former
 * article slugs need no entry: they are the article's `aliases`.
 *
 * A page path (ending in `/`) is given in its 简体 form and redirects in both
 * editions (the build writes a redirect page at the former URL); a `/raw/`
 * file keeps being served, with the same text, under its former name.
 */
const sitePath = z.string().regex(/^\/(?:[A-Za-z0-9._~-]+\/)*(?:[A-Za-z0-9._~-]+)?$/u, 'a site path: /tags/old-slug/ or /raw/file.txt');
const redirectPath = sitePath.refine((path) => path.endsWith('/') || /^\/raw\/[^/]+$/u.test(path), 'a page path ending in / or a /raw/ file');

/** Former path → current path; both a page path (ending in `/`, 简体 form) or both a `/raw/` file. */
export const redirectsSchema = z.record(redirectPath, redirectPath).superRefine((map, ctx) => {
	for (const [from, to] of Object.entries(map)) {
		if (from.startsWith('/raw/') !== to.startsWith('/raw/')) ctx.addIssue({ code: 'custom', message: `${from}: a page redirects to a page, a raw file to a raw file` });
		if (from.startsWith('/zh-hant/') || to.startsWith('/zh-hant/')) ctx.addIssue({ code: 'custom', message: `${from}: give the 简体 path; the 繁體 one follows` });
		if (map[to] !== undefined) ctx.addIssue({ code: 'custom', message: `${from}: redirects to ${to}, which itself redirects; point it at the current URL` });
	}
});

export type RecordedRedirects = z.infer<typeof redirectsSchema>;

export const REDIRECTS_PATH = 'content/redirects.yaml';

/** The recorded redirects (none when the file does not exist); a malformed file is an error naming it. */
export function loadRedirects(path = REDIRECTS_PATH): RecordedRedirects {
	if (!existsSync(path)) return {};
	const parsed = redirectsSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
	if (!parsed.success) throw new Error(`${path}: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'file'}: ${i.message}`).join('; ')}`);
	return parsed.data;
}

/** Every redirect the site serves for the recorded ones: page paths in both editions, raw files once. */
export function expandRedirects(recorded: RecordedRedirects): Record<string, string> {
	const out: Record<string, string> = {};
	for (const [from, to] of Object.entries(recorded)) {
		if (from.startsWith('/raw/')) out[from] = to;
		else for (const prefix of Object.values(EDITION_PREFIX)) out[prefix + from] = prefix + to;
	}
	return out;
}

/** The recorded redirects of pages (not raw files), both editions: Astro's `redirects` option writes a redirect page for each. */
export function pageRedirects(recorded: RecordedRedirects = loadRedirects()): Record<string, string> {
	return Object.fromEntries(Object.entries(expandRedirects(recorded)).filter(([from]) => !from.startsWith('/raw/')));
}

/** Former raw file names → current ones: the raw route serves the same text under both. */
export function rawRedirects(recorded: RecordedRedirects = loadRedirects()): Map<string, string> {
	return new Map(Object.entries(recorded).filter(([from]) => from.startsWith('/raw/')));
}
