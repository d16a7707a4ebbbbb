import type { Matcher, Taxonomy, TagKind } from '../../lib/taxonomy.ts';

/**
 * Auto-tagging: proposes taxonomy tags from the mentions in an article, then
 * applies the editor's `tags: { add, remove }` override.
 *
 * Mentions are counted with the taxonomy's longest-match-first matcher (so
 * 上海松江 counts for 松江 only) over the title lines and the body, in
 * either script. A tag qualifies when
 *   - it is mentioned in the title (headline, subtitle or kicker), or
 *   - it is mentioned at least `minMentions` times in the body (topics need
 *     more, since words like 人才 or 金融 also occur in passing), or
 *   - it is a place, organization, initiative or person named in the lead
 *     (the first paragraph), where a news article says what it is about.
 * score = body mentions + 3 if in the title + 2 if in the lead + 1 if in a
 * subheading; the tags
 * with the highest scores are kept (at most `maxTags`, of which at most
 * `maxTopics` topics), best first, ties by first appearance. Editors' additions always stay (first, in their order);
 * their removals always go.
 */
export const TAGGING_RULES = {
	minMentions: { place: 2, organization: 2, initiative: 2, person: 2, topic: 3 } satisfies Record<TagKind, number>,
	titleBonus: 3,
	leadBonus: 2,
	/** A subheading names what its section is about. */
	headingBonus: 1,
	maxTags: 12,
	/** Topics are capped on their own, so that generic themes cannot crowd out the places and actors. */
	maxTopics: 4,
} as const;

export interface TaggingInput {
	/** Headline lines: title, subtitle, kicker. */
	titleLines: string[];
	/** Body blocks in order: paragraphs, subheadings, captions. */
	paragraphs: string[];
	/** Which of them is the lead (the first real paragraph); default 0. */
	leadIndex?: number;
	/** Which of them are subheadings. */
	headingIndexes?: readonly number[];
}

/** Why one tag was given or left out. */
export interface TagDecision {
	tagId: string;
	name: string;
	/** Mentions in the body. */
	mentions: number;
	inTitle: boolean;
	inLead: boolean;
	inHeading: boolean;
	score: number;
	/** `auto` (qualified and within the cap), `editor added`, `editor removed`, `below threshold`, `over the cap`. */
	outcome: 'auto' | 'editor added' | 'editor removed' | 'below threshold' | 'over the cap';
	/** The mention texts as written (both scripts), each once. */
	forms: string[];
}

export interface Tagging {
	/** The tag ids for the frontmatter, in order. */
	tags: string[];
	/** Every tag that was mentioned or named by the editor, with its decision. */
	decisions: TagDecision[];
}

export class UnknownTagError extends Error {
	constructor(readonly ids: string[]) {
		super(`unknown tag id(s) ${ids.map((id) => `"${id}"`).join(', ')}: not in content/taxonomy.yaml`);
		this.name = 'UnknownTagError';
	}
}

/** Tag ids an override names that the taxonomy does not know. */
export function unknownTagIds(taxonomy: Taxonomy, override: { add?: string[]; remove?: string[] } | undefined): string[] {
	return [...new Set([...(override?.add ?? []), ...(override?.remove ?? [])])].filter((id) => !taxonomy.byId.has(id));
}

export function tagArticle(input: TaggingInput, taxonomy: Taxonomy, matcher: Matcher, override?: { add?: string[]; remove?: string[] }): Tagging {
	const unknown = unknownTagIds(taxonomy, override);
	if (unknown.length > 0) throw new UnknownTagError(unknown);

	interface Tally { mentions: number; inTitle: boolean; inLead: boolean; inHeading: boolean; first: number; forms: Set<string> }
	const tallies = new Map<string, Tally>();
	let position = 0;
	const tally = (tagId: string, text: string, at: number): Tally => {
		const entry = tallies.get(tagId) ?? { mentions: 0, inTitle: false, inLead: false, inHeading: false, first: position + at, forms: new Set<string>() };
		entry.forms.add(text);
		tallies.set(tagId, entry);
		return entry;
	};
	for (const line of input.titleLines) {
		for (const m of matcher.mentions(line)) tally(m.tagId, m.text, m.start).inTitle = true;
		position += line.length;
	}
	input.paragraphs.forEach((paragraph, index) => {
		for (const m of matcher.mentions(paragraph)) {
			const entry = tally(m.tagId, m.text, m.start);
			entry.mentions++;
			if (index === (input.leadIndex ?? 0)) entry.inLead = true;
			if (input.headingIndexes?.includes(index)) entry.inHeading = true;
		}
		position += paragraph.length;
	});

	const removed = new Set(override?.remove ?? []);
	const added = [...new Set(override?.add ?? [])].filter((id) => !removed.has(id));
	const decisions: TagDecision[] = [];
	const candidates: (TagDecision & { first: number })[] = [];
	for (const [tagId, t] of tallies) {
		const tag = taxonomy.byId.get(tagId)!;
		const score = t.mentions + (t.inTitle ? TAGGING_RULES.titleBonus : 0) + (t.inLead ? TAGGING_RULES.leadBonus : 0) + (t.inHeading ? TAGGING_RULES.headingBonus : 0);
		const qualifies = t.inTitle || t.mentions >= TAGGING_RULES.minMentions[tag.kind] || (t.inLead && tag.kind !== 'topic');
		const decision: TagDecision & { first: number } = {
			tagId,
			name: tag.name,
			mentions: t.mentions,
			inTitle: t.inTitle,
			inLead: t.inLead,
			inHeading: t.inHeading,
			score,
			outcome: removed.has(tagId) ? 'editor removed' : added.includes(tagId) ? 'editor added' : qualifies ? 'auto' : 'below threshold',
			forms: [...t.forms],
			first: t.first,
		};
		candidates.push(decision);
	}
	candidates.sort((a, b) => b.score - a.score || a.first - b.first || a.tagId.localeCompare(b.tagId));
	let kept = 0;
	let topics = 0;
	for (const { first: _first, ...decision } of candidates) {
		if (decision.outcome === 'auto') {
			const isTopic = taxonomy.byId.get(decision.tagId)!.kind === 'topic';
			if (kept >= TAGGING_RULES.maxTags || (isTopic && topics >= TAGGING_RULES.maxTopics)) decision.outcome = 'over the cap';
			else {
				kept++;
				if (isTopic) topics++;
			}
		}
		decisions.push(decision);
	}
	// Editors may add tags the text never mentions, and remove tags it never earned.
	for (const tagId of [...added, ...removed]) {
		if (tallies.has(tagId)) continue;
		decisions.push({ tagId, name: taxonomy.byId.get(tagId)!.name, mentions: 0, inTitle: false, inLead: false, inHeading: false, score: 0, outcome: removed.has(tagId) ? 'editor removed' : 'editor added', forms: [] });
	}
	const auto = decisions.filter((d) => d.outcome === 'auto').map((d) => d.tagId);
	return { tags: [...added, ...auto], decisions };
}

/** One report line for a decision, e.g. `金华 (jinhua): 12 mentions, title, lead — score 16 [auto]`. */
export function describeDecision(d: TagDecision): string {
	const where = [`${d.mentions} mention${d.mentions === 1 ? '' : 's'}`, d.inTitle ? 'in title' : '', d.inLead ? 'in lead' : '', d.inHeading ? 'in a subheading' : ''].filter(Boolean).join(', ');
	const forms = d.forms.length > 0 ? ` as ${d.forms.map((f) => `“${f}”`).join(' ')}` : '';
	return `${d.name} (${d.tagId}): ${where}${forms} — score ${d.score} [${d.outcome}]`;
}
