import type { Draft, PublisherEvidence } from '../types.ts';
import { boilerplateRules, type BoilerplateRule } from '../text/boilerplate-rules.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { readableText } from '../text/markers.ts';
import { endsWithTerminal } from '../text/chars.ts';
import { credits, outletAtUrl, outletMentions } from '../text/outlets.ts';
import { PUBLISHER_ENDING } from '../text/names.ts';

/**
 * Stage 7 — remove boilerplate lines (patterns in `data/boilerplate.yaml`),
 * quoting each in the report. Besides the patterns, one positional rule: a
 * trailing block that starts with a boilerplate line also loses the short,
 * sentence-less lines inside it (widget labels, counters), since nothing
 * after a site footer is article text.
 */
const SHORT_FRAGMENT = 24;
/** Rules whose lines name the rights holder, read for the publisher before the line goes. */
const RIGHTS_RULES = new Set(['copyright', 'exclusive-rights']);
const DOMAIN = /\b(?:www\.)?((?:[a-z0-9-]+\.)+(?:com|cn|net|org|tw|hk|mg|tv|news)(?:\.[a-z]{2})?)\b/giu;
const RIGHTS_HOLDER = new RegExp(String.raw`(?<name>[^\s\d,，。:：;；()（）"“”「」]{2,12}?${PUBLISHER_ENDING})\s*(?:独家)?版权所有|版权归(?<owner>[^\s\d,，。]{2,12}?${PUBLISHER_ENDING})所有`, 'u');

/**
 * Who a copyright line says owns the text: a known outlet it names
 * (蘋果新聞網 版權所有, 均为浙江在线独家版权所有), else a domain it names
 * (Copyright © 2016 Kankanews.com), else a publisher-like name before
 * 版权所有. A company (…传媒有限公司) or 本网 names no outlet.
 */
export function copyrightEvidence(line: string, what = 'copyright line'): PublisherEvidence | undefined {
	const plain = readableText(line).trim();
	const method = `${what} “${plain}”`;
	const mentions = outletMentions(plain).filter((name) => credits(name, 'copyright'));
	const named = new Set(mentions.map((name) => foldForMatching(name).toLowerCase()));
	if (named.size === 1) return { kind: 'copyright', name: mentions[0]!, method, confidence: 'medium' };
	if (named.size > 1) return undefined;
	for (const [, host] of plain.matchAll(DOMAIN)) {
		const atUrl = outletAtUrl(`http://${host!.toLowerCase()}`);
		if (atUrl) return { kind: 'copyright', name: atUrl.outlet.name.hans, method, confidence: 'medium', outletId: atUrl.outlet.id };
	}
	const holder = RIGHTS_HOLDER.exec(foldForMatching(plain));
	const at = holder?.groups?.name ?? holder?.groups?.owner;
	if (!holder || !at || /^本/u.test(at)) return undefined;
	const start = foldForMatching(plain).indexOf(at, holder.index);
	return { kind: 'copyright', name: plain.slice(start, start + at.length), method, confidence: 'low' };
}

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

/** 本文由商業周刊授權刊載: the outlet that licensed the text is its publisher. */
const LICENCE = /本文(?:由|经|获)[^，,。]{2,40}?授权(?:刊载|转载|刊登|发布)/u;
/** Words every rights notice holds, to skip the sentence split for lines without one. */
const RIGHTS_WORDS = /版权|版權|授权|授權|转载|轉載|©|copyright/iu;
/** Where a notice glued to the text begins: after a sentence end, or at the ★/※ that marks it. */
const NOTICE_START = /(?<=[。！？!?][」”』]?)(?![」”』])|(?=[★※])/u;

/**
 * A rights notice glued into a paragraph (…禁止轉載。, ※本文由…授權刊載) is
 * not a line the patterns can remove, but it names the rights holder all the
 * same: each sentence that reads as one is read for a known outlet or its
 * domain (never for a bare name before 版权所有, which in running text may be
 * anyone's). The text stays.
 */
export function gluedRightsEvidence(line: string): PublisherEvidence[] {
	if (!RIGHTS_WORDS.test(line)) return [];
	return line.split(NOTICE_START).flatMap((sentence) => {
		const rule = matchBoilerplate(sentence, true)?.rule.id;
		if (!(rule && RIGHTS_RULES.has(rule)) && !LICENCE.test(foldForMatching(readableText(sentence)))) return [];
		const evidence = copyrightEvidence(sentence, 'rights notice in the text');
		return evidence && evidence.confidence !== 'low' ? [evidence] : [];
	});
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
	const publisherEvidence = [...(draft.found.publisherEvidence ?? [])];
	const kept: string[] = [];
	lines.forEach((line, i) => {
		const verdict = verdicts[i];
		if (verdict) {
			removed.push({ kind: `boilerplate:${verdict.rule.id}`, text: line });
			if (verdict.kept) sourceUrl ??= verdict.kept;
			const evidence = RIGHTS_RULES.has(verdict.rule.id) ? copyrightEvidence(line) : undefined;
			if (evidence) publisherEvidence.push(evidence);
		} else if (i >= blockStart) {
			removed.push({ kind: 'boilerplate:trailing-block', text: line });
		} else {
			publisherEvidence.push(...gluedRightsEvidence(line));
			kept.push(line);
		}
	});
	return { ...draft, lines: kept, removed, found: { ...draft.found, sourceUrl, publisherEvidence } };
}
