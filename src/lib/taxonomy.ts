import { existsSync, readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { fold, foldForMatching } from './fold.ts';

/**
 * The taxonomy of the Delta (`content/taxonomy.yaml`): the tags articles
 * carry, and how their mentions are found in text of either script.
 *
 * Matching folds both the aliases and the text to Simplified (length-
 * preserving, so positions in the folded text are positions in the original)
 * and lower-cases ASCII, then scans left to right taking the **longest**
 * alias at each position. A longer alias claims its characters for its own
 * tag: 上海市松江区 is one mention of 松江 and none of 上海, 上海交通大学
 * one of 上海交通大学 and none of 上海 or 交通. `excludes` use the same
 * mechanism to claim text for no tag at all (苏州河 is not 苏州).
 */

/** ASCII slugs and ids: lower-case letters and digits in hyphen-separated words. */
export const SLUG_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export const tagKindSchema = z.enum(['place', 'organization', 'initiative', 'topic', 'person']);

export const tagSchema = z
	.object({
		/** Stable identifier stored in article frontmatter (`tags: [jinhua]`). Never renamed once used. */
		id: z.string().regex(SLUG_PATTERN, 'id must be lower-case ASCII words joined by hyphens'),
		/** The tag page's URL segment: readable ASCII, pinyin or English, e.g. `g60-kechuang-zoulang`. */
		slug: z.string().regex(SLUG_PATTERN, 'slug must be lower-case ASCII words joined by hyphens'),
		/** Display name in Simplified Chinese, e.g. 金华; the 繁 edition converts it. Always matched as an alias too. */
		name: z.string().min(1),
		/** What the tag is: a place, an organization, an initiative or event, a topic, or a person. */
		kind: tagKindSchema,
		/** Other ways articles write it (金华市). Either script may be written; matching folds both. At least two characters each. */
		aliases: z.array(z.string().min(1)).default([]),
		/** Phrases that contain an alias but do not mean this tag (苏州河 for 苏州); text they cover counts for no tag. */
		excludes: z.array(z.string().min(1)).default([]),
		/** An optional one-line description for the tag page. */
		description: z.string().optional(),
	})
	.strict();

export type TagKind = z.infer<typeof tagKindSchema>;
export type Tag = z.infer<typeof tagSchema>;

/** A validated taxonomy, with lookups. */
export interface Taxonomy {
	tags: readonly Tag[];
	byId: ReadonlyMap<string, Tag>;
	bySlug: ReadonlyMap<string, Tag>;
}

export class TaxonomyError extends Error {
	constructor(
		readonly source: string,
		readonly issues: string[],
	) {
		super(`invalid taxonomy ${source}:\n${issues.map((issue) => `  - ${issue}`).join('\n')}`);
		this.name = 'TaxonomyError';
	}
}

/** The name and every alias of a tag, each once. */
export const aliasesOf = (tag: Tag): string[] => [...new Set([tag.name, ...tag.aliases])];

/**
 * Everything wrong with a list of tags, as readable sentences (empty when valid):
 * duplicate ids or slugs, an alias claimed by two tags once both scripts are
 * folded (苏州 vs 蘇州), one-character aliases, names not in Simplified,
 * excludes that do not contain one of their tag's aliases or that are an alias.
 */
export function validateTags(tags: readonly Tag[]): string[] {
	const issues: string[] = [];
	const ids = new Map<string, number>();
	const slugs = new Map<string, string>();
	const claimed = new Map<string, { tag: string; alias: string }>();
	for (const tag of tags) {
		ids.set(tag.id, (ids.get(tag.id) ?? 0) + 1);
		const slugOwner = slugs.get(tag.slug);
		if (slugOwner !== undefined) issues.push(`slug "${tag.slug}" is used by both ${slugOwner} and ${tag.id}`);
		else slugs.set(tag.slug, tag.id);
		if (foldForMatching(tag.name) !== tag.name) issues.push(`${tag.id}: name "${tag.name}" is not in Simplified (write ${foldForMatching(tag.name)})`);
		for (const alias of aliasesOf(tag)) {
			if ([...alias.trim()].length < 2) issues.push(`${tag.id}: alias "${alias}" is shorter than two characters and would match inside other words`);
			const folded = fold(alias.trim());
			const owner = claimed.get(folded);
			if (owner && owner.tag !== tag.id) issues.push(`alias "${alias}" of ${tag.id} is claimed by ${owner.tag} too (as "${owner.alias}"; both fold to "${folded}")`);
			else if (!owner) claimed.set(folded, { tag: tag.id, alias });
		}
	}
	for (const [id, count] of ids) if (count > 1) issues.push(`id "${id}" is used by ${count} tags`);
	for (const tag of tags) {
		const own = aliasesOf(tag).map((alias) => fold(alias.trim()));
		for (const exclude of tag.excludes) {
			const folded = fold(exclude.trim());
			if (!own.some((alias) => folded.includes(alias))) issues.push(`${tag.id}: exclude "${exclude}" contains none of its aliases, so it can never apply`);
			const owner = claimed.get(folded);
			if (owner) issues.push(`${tag.id}: exclude "${exclude}" is also an alias of ${owner.tag}`);
		}
	}
	return issues;
}

/** Validates parsed YAML (a list of tags) and builds the lookups; throws a TaxonomyError listing every issue. */
export function buildTaxonomy(data: unknown, source = 'taxonomy'): Taxonomy {
	const parsed = z.array(tagSchema).safeParse(data);
	if (!parsed.success) {
		throw new TaxonomyError(
			source,
			parsed.error.issues.map((issue) => {
				const [index, ...rest] = issue.path;
				const id = typeof index === 'number' && Array.isArray(data) ? (data[index] as { id?: unknown } | undefined)?.id : undefined;
				return `${id ? `${String(id)}` : `entry ${String(index)}`}${rest.length ? `.${rest.join('.')}` : ''}: ${issue.message}`;
			}),
		);
	}
	const tags = parsed.data;
	const issues = validateTags(tags);
	if (issues.length > 0) throw new TaxonomyError(source, issues);
	return { tags, byId: new Map(tags.map((tag) => [tag.id, tag])), bySlug: new Map(tags.map((tag) => [tag.slug, tag])) };
}

/** Parses and validates taxonomy YAML text. */
export const parseTaxonomy = (yamlText: string, source = 'taxonomy'): Taxonomy => buildTaxonomy(parse(yamlText) ?? [], source);

/** An empty taxonomy: no tags (a project without `content/taxonomy.yaml`). */
export const EMPTY_TAXONOMY: Taxonomy = buildTaxonomy([]);

/** Reads and validates a taxonomy file; a missing file is an empty taxonomy. */
export function loadTaxonomy(path: string): Taxonomy {
	if (!existsSync(path)) return EMPTY_TAXONOMY;
	return parseTaxonomy(readFileSync(path, 'utf8'), path);
}

/** One mention of a tag in a text: `start`/`end` index the original text (UTF-16 units). */
export interface Mention {
	tagId: string;
	start: number;
	end: number;
	/** The text as it stands in the original (either script). */
	text: string;
}

/** Finds mentions in text; build it once per taxonomy. */
export interface Matcher {
	mentions(text: string): Mention[];
	/** Spans claimed by excludes, for callers that must know text is not a mention (candidate terms). */
	claimed(text: string): { start: number; end: number; tagId: string | null }[];
}

const ASCII_WORD = /[a-z0-9]/;

/** Builds the longest-match-first matcher for a taxonomy (see the module comment). */
export function createMatcher(taxonomy: Taxonomy): Matcher {
	// Every alias and exclude, folded, grouped by first UTF-16 unit (its code, so looking up a position makes no one-character string), longest first.
	const byFirst = new Map<number, { folded: string; tagId: string | null }[]>();
	const add = (text: string, tagId: string | null) => {
		const folded = fold(text.trim());
		if (!folded) return;
		const list = byFirst.get(folded.charCodeAt(0)) ?? [];
		list.push({ folded, tagId });
		byFirst.set(folded.charCodeAt(0), list);
	};
	for (const tag of taxonomy.tags) {
		for (const alias of aliasesOf(tag)) add(alias, tag.id);
		for (const exclude of tag.excludes) add(exclude, null);
	}
	for (const list of byFirst.values()) list.sort((a, b) => b.folded.length - a.folded.length);

	const claimed = (text: string) => {
		const folded = fold(text);
		const spans: { start: number; end: number; tagId: string | null }[] = [];
		for (let i = 0; i < folded.length; ) {
			const found = byFirst.get(folded.charCodeAt(i))?.find(({ folded: alias }) => {
				if (!folded.startsWith(alias, i)) return false;
				// Latin aliases (G60) must not match inside a longer Latin word or number (G600).
				if (ASCII_WORD.test(alias[0]!) && i > 0 && ASCII_WORD.test(folded[i - 1]!)) return false;
				const after = folded[i + alias.length];
				return !(ASCII_WORD.test(alias.at(-1)!) && after !== undefined && ASCII_WORD.test(after));
			});
			if (!found) {
				i++;
				continue;
			}
			spans.push({ start: i, end: i + found.folded.length, tagId: found.tagId });
			i += found.folded.length;
		}
		return spans;
	};
	return {
		claimed,
		mentions: (text) =>
			claimed(text).flatMap(({ start, end, tagId }) => (tagId === null ? [] : [{ tagId, start, end, text: text.slice(start, end) }])),
	};
}
