import type { Block, Draft } from '../types.ts';
import { endsWithTerminal, hanCount } from '../text/chars.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { isCaptionStart, isHeadlineLike, isPhotoCredit } from '../text/line-kinds.ts';

/**
 * Stage 13 — turn lines into blocks: figure captions (with their photo
 * credits), subheadings and paragraphs. Subheadings inlined in a long line
 * (…科研院所。广纳贤才:“人才特区”引凤来“上海-金华周”期间…) are split out.
 */

export function segmentBlocks(draft: Draft): Draft {
	const { lines } = draft;
	const blocks: Block[] = [];
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (isCaptionStart(line)) {
			const next = lines[i + 1]?.trim();
			const credit = next !== undefined && isPhotoCredit(next) ? next : undefined;
			if (credit) i++;
			blocks.push({ type: 'caption', text: line, credit });
		} else if (isPhotoCredit(line)) {
			blocks.push({ type: 'caption', text: '', credit: line });
		} else if (isHeadlineLike(line) && isHeadingPosition(lines, i)) {
			blocks.push({ type: 'heading', text: line });
		} else {
			blocks.push({ type: 'paragraph', text: line });
		}
	}
	return { ...draft, blocks: splitInlineHeadings(blocks) };
}

/** A subheading stands between the end of one paragraph and the start of another. */
function isHeadingPosition(lines: string[], i: number): boolean {
	const previous = lines[i - 1];
	const next = lines[i + 1];
	return next !== undefined && !isHeadlineLike(next) && (previous === undefined || endsWithTerminal(previous) || isCaptionStart(previous) || isPhotoCredit(previous));
}

/* ---------- subheadings inlined in a long line ---------- */

const SPEECH = /(说|道|表示|指出|介绍|认为|强调|称|问|答|提出|透露|坦言|获悉|获知|告诉|如下|包括|是|为|有|即|例如|比如)$/u;
/** After a sentence end (or the start): a short lead of 2–6 Han characters, then a colon. */
const INLINE_LEAD = /(?<=^|[。！？!?])(\p{Script=Han}{2,6})[:：]/gu;
/** A long line is one no real layout would print as a single paragraph; only there are headings inlined. */
const LONG_LINE = 300;
const HEADING_HAN = { min: 4, max: 10, usual: 7 };
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

interface InlineCandidate {
	block: number;
	start: number;
	bodyStart: number;
	/** For each possible heading length (in Han characters), where the heading would end. */
	ends: Map<number, { end: number; evidence: number }>;
}

export function splitInlineHeadings(blocks: Block[]): Block[] {
	const candidates: InlineCandidate[] = [];
	blocks.forEach((block, index) => {
		if (block.type !== 'paragraph' || block.text.length < LONG_LINE) return;
		for (const match of block.text.matchAll(INLINE_LEAD)) {
			if (SPEECH.test(foldForMatching(match[1]!))) continue;
			const bodyStart = match.index + match[0].length;
			candidates.push({ block: index, start: match.index, bodyStart, ends: headingEnds(block.text, bodyStart) });
		}
	});
	const length = chooseLength(candidates);
	if (length === undefined) return blocks;

	const cuts = new Map<number, { start: number; end: number }[]>();
	for (const candidate of candidates) {
		const end = candidate.ends.get(length)?.end;
		if (end === undefined) continue;
		cuts.set(candidate.block, [...(cuts.get(candidate.block) ?? []), { start: candidate.start, end }]);
	}
	return blocks.flatMap((block, index): Block[] => {
		const blockCuts = cuts.get(index);
		if (!blockCuts) return [block];
		const out: Block[] = [];
		let last = 0;
		for (const { start, end } of blockCuts) {
			if (start > last) out.push({ type: 'paragraph', text: block.text.slice(last, start) });
			out.push({ type: 'heading', text: block.text.slice(start, end) });
			last = end;
		}
		if (last < block.text.length) out.push({ type: 'paragraph', text: block.text.slice(last) });
		return out;
	});
}

/**
 * Possible ends of the heading that starts at `from`: after 4–10 Han
 * characters, at a word boundary, before any sentence punctuation. An
 * opening quote right after the end is strong evidence of a new sentence.
 */
function headingEnds(text: string, from: number): Map<number, { end: number; evidence: number }> {
	const ends = new Map<number, { end: number; evidence: number }>();
	const window = text.slice(from, from + 24);
	const boundaries = new Set([...segmenter.segment(window)].map((s) => s.index));
	let han = 0;
	for (let i = 0; i < window.length; i++) {
		const ch = window[i]!;
		if (/[，,。；;：:！!？?、]/u.test(ch)) break;
		if (hanCount(ch) === 1) han++;
		const end = i + 1;
		if (han >= HEADING_HAN.min && han <= HEADING_HAN.max && hanCount(ch) === 1 && boundaries.has(end)) {
			const nextCh = window[end];
			ends.set(han, { end: from + end, evidence: 1 + (nextCh === '“' || nextCh === '《' || nextCh === '「' ? 2 : 0) });
		}
	}
	return ends;
}

/**
 * Inline headings in one article share a length (4+7 character subheads are a
 * newspaper convention). Pick the length with the most evidence across all
 * candidates; with a single candidate, only a quote-marked end is enough.
 */
function chooseLength(candidates: InlineCandidate[]): number | undefined {
	if (candidates.length === 0) return undefined;
	const score = new Map<number, number>();
	for (const candidate of candidates) for (const [length, { evidence }] of candidate.ends) score.set(length, (score.get(length) ?? 0) + evidence);
	const ranked = [...score].sort((a, b) => b[1] - a[1] || Math.abs(a[0] - HEADING_HAN.usual) - Math.abs(b[0] - HEADING_HAN.usual));
	const best = ranked[0];
	if (!best) return undefined;
	const supported = candidates.filter((c) => c.ends.has(best[0])).length;
	if (candidates.length === 1 ? best[1] < 3 : supported < 2) return undefined;
	return best[0];
}
