import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { fold, foldForMatching } from '../../lib/fold.ts';

/** The credit shapes an outlet prints (see `data/outlets.yaml`). */
export const creditShapeSchema = z.enum(['dateline', 'reporter', 'closing', 'copyright']);
export type CreditShape = z.infer<typeof creditShapeSchema>;
const ALL_SHAPES = creditShapeSchema.options;

export const outletSchema = z
	.object({
		/** Stable id, lowercase ASCII words joined by `-`. */
		id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/),
		/** The outlet's name as the archive shows it, in each script. */
		name: z.object({
			/** In Simplified script. */
			hans: z.string().min(2),
			/** In Traditional script. */
			hant: z.string().min(2),
		}),
		/** Other names the outlet is credited by (its website, a short form), in either script. */
		aliases: z.array(z.string().min(2)).default([]),
		/** Web domains it publishes at; a host matches a domain or any of its subdomains. */
		domains: z.array(z.string().regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/)).default([]),
		/** Where it is based: picks between outlets of the same name by the article's script. */
		region: z.enum(['mainland', 'taiwan', 'hongkong', 'elsewhere']),
		/** The credit shapes that name it in a text; all of them when omitted. */
		credits: z.array(creditShapeSchema).default([...ALL_SHAPES]),
		/** Regular expressions (on the Simplified fold) of bylines that name no outlet but are this outlet's own. */
		bylines: z.array(z.string()).default([]),
	})
	.strict();
export type Outlet = z.infer<typeof outletSchema>;

const outletsFileSchema = z.object({ outlets: z.array(outletSchema) }).strict();

export interface Outlets {
	list: Outlet[];
	/** Outlets by every name and alias, folded to Simplified with ASCII lower-cased. */
	byName: Map<string, Outlet[]>;
	/** Every name and alias, longest first, as a regex alternation (folded, escaped). */
	namePattern: string;
	/** Own bylines that name no outlet, compiled. */
	ownBylines: { outlet: Outlet; pattern: RegExp }[];
}

const key = (name: string): string => foldForMatching(name).toLowerCase();
const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Validates the outlets file; a name claimed twice by one outlet or an invalid regex is an error naming it. */
export function parseOutlets(source: string, where = 'outlets.yaml'): Outlets {
	const result = outletsFileSchema.safeParse(parse(source));
	if (!result.success) throw new Error(`invalid ${where}: ${result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
	const list = result.data.outlets;
	const byName = new Map<string, Outlet[]>();
	const ids = new Set<string>();
	for (const outlet of list) {
		if (ids.has(outlet.id)) throw new Error(`invalid ${where}: outlet id ${outlet.id} is used twice`);
		ids.add(outlet.id);
		const names = new Set([outlet.name.hans, outlet.name.hant, ...outlet.aliases].map(key));
		for (const name of names) byName.set(name, [...(byName.get(name) ?? []), outlet]);
	}
	const ownBylines = list.flatMap((outlet) =>
		outlet.bylines.map((pattern) => {
			try {
				return { outlet, pattern: new RegExp(pattern, 'u') };
			} catch (error) {
				throw new Error(`invalid ${where}: outlet ${outlet.id} byline ${pattern}: ${(error as Error).message}`);
			}
		}),
	);
	const namePattern = [...byName.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).map(escape).join('|');
	return { list, byName, namePattern, ownBylines };
}

export const outlets: Outlets = parseOutlets(readFileSync(new URL('../data/outlets.yaml', import.meta.url), 'utf8'), 'src/ingest/data/outlets.yaml');

const SCRIPT_REGIONS: Record<'hans' | 'hant', Outlet['region'][]> = { hans: ['mainland'], hant: ['taiwan', 'hongkong'] };

/**
 * The outlets a printed name (a credit's) can mean. Several outlets share a
 * name (蘋果日報 in Taiwan and Hong Kong, 經濟日報 in Beijing, Taipei and
 * Hong Kong); the article's script narrows them to the regions writing it.
 */
export function outletsNamed(printed: string, script?: 'hans' | 'hant', data: Outlets = outlets): Outlet[] {
	const all = data.byName.get(key(printed.trim())) ?? [];
	if (all.length < 2 || !script) return all;
	const inScript = all.filter((outlet) => SCRIPT_REGIONS[script].includes(outlet.region));
	return inScript.length > 0 ? inScript : all;
}

/** Whether a printed name is a known outlet that prints credits of this shape (`credits` in data/outlets.yaml). */
export const credits = (printed: string, shape: CreditShape, data: Outlets = outlets): boolean => outletsNamed(printed, undefined, data).some((outlet) => outlet.credits.includes(shape));

/** The outlet publishing at a URL's host: the longest matching domain wins (money.udn.com over udn.com). */
export function outletAtUrl(url: string, data: Outlets = outlets): { outlet: Outlet; domain: string } | undefined {
	let host: string;
	try {
		host = new URL(url).hostname.toLowerCase();
	} catch {
		return undefined;
	}
	let best: { outlet: Outlet; domain: string } | undefined;
	for (const outlet of data.list) {
		for (const domain of outlet.domains) {
			if ((host === domain || host.endsWith(`.${domain}`)) && domain.length > (best?.domain.length ?? 0)) best = { outlet, domain };
		}
	}
	return best;
}

let mentionPattern: RegExp | undefined;

/**
 * The outlet names printed in a text, as printed, in order (longest name at
 * each place). A Latin name counts only between non-Latin neighbours: CNA is
 * not in CNAME.
 */
export function outletMentions(text: string, data: Outlets = outlets): string[] {
	const pattern = data === outlets ? (mentionPattern ??= new RegExp(data.namePattern, 'gu')) : new RegExp(data.namePattern, 'gu');
	const folded = fold(text);
	const found: string[] = [];
	for (const match of folded.matchAll(pattern)) {
		const before = folded[match.index - 1] ?? '';
		const after = folded[match.index + match[0].length] ?? '';
		if (/[a-z]/u.test(match[0]) && (/[a-z0-9]/u.test(before) || /[a-z0-9]/u.test(after))) continue;
		found.push(text.slice(match.index, match.index + match[0].length));
	}
	return found;
}
