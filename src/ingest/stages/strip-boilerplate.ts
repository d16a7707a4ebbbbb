import type { Draft } from '../types.ts';
import { boilerplateRules, type BoilerplateRule } from '../text/boilerplate-rules.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { readableText } from '../text/markers.ts';
import { endsWithTerminal } from '../text/chars.ts';

/**
 * Stage 7 — remove boilerplate lines (patterns in `data/boilerplate.yaml`),
 * quoting each in the report. Besides the patterns, one positional rule: a
 * trailing block that starts with a boilerplate line also loses the short,
 * sentence-less lines inside it (widget labels, counters), since nothing
 * after a site footer is article text.
 */
const SHORT_FRAGMENT = 24;

export function matchBoilerplate(line: string, edge: boolean, rules: BoilerplateRule[] = boilerplateRules): { rule: BoilerplateRule; kept?: string } | undefined {
	const plain = readableText(line);
	// A notice quoted in a sentence (他说，“版权所有，未经许可不得转载”的声明…) is article text: quoted passages are blanked out for matching.
	const folded = foldForMatching(plain)
		.toLowerCase()
		.replace(/“[^“”]*”|「[^「」]*」|『[^『』]*』/gu, (quote) => ' '.repeat(quote.length));
	for (const rule of rules) {
		if (plain.length > rule.maxLength) continue;
		if (rule.where === 'edge' && !edge) continue;
		const match = rule.match.exec(folded);
		if (!match) continue;
		const keptAt = rule.keep && match.groups?.[rule.keep] ? match.index + folded.slice(match.index).indexOf(match.groups[rule.keep]!) : -1;
		// Return kept text from the original line (folding lower-cased it).
		return { rule, kept: keptAt >= 0 ? plain.slice(keptAt, keptAt + match.groups![rule.keep!]!.length) : undefined };
	}
	return undefined;
}

const isShortFragment = (line: string): boolean => readableText(line).length <= SHORT_FRAGMENT && !endsWithTerminal(line);

export function stripBoilerplate(draft: Draft): Draft {
	const lines = draft.lines;
	const edgeSize = Math.min(6, Math.ceil(lines.length / 3));
	const verdicts = lines.map((line, i) => matchBoilerplate(line, i < edgeSize || i >= lines.length - edgeSize));

	// The trailing block: from the end, boilerplate lines and short fragments, topped by a boilerplate line.
	let blockStart = lines.length;
	for (let i = lines.length - 1; i >= 0 && (verdicts[i] || isShortFragment(lines[i]!)); i--) if (verdicts[i]) blockStart = i;

	const removed = [...draft.removed];
	let sourceUrl = draft.found.sourceUrl;
	const kept: string[] = [];
	lines.forEach((line, i) => {
		const verdict = verdicts[i];
		if (verdict) {
			removed.push({ kind: `boilerplate:${verdict.rule.id}`, text: line });
			if (verdict.kept) sourceUrl ??= verdict.kept;
		} else if (i >= blockStart) {
			removed.push({ kind: 'boilerplate:trailing-block', text: line });
		} else {
			kept.push(line);
		}
	});
	return { ...draft, lines: kept, removed, found: { ...draft.found, sourceUrl } };
}
