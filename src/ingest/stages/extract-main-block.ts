import type { Removal } from '../../schemas/article.ts';
import type { Draft } from '../types.ts';
import { isDateLine, isLabelLine, pageLineKind, type PageLineKind } from '../text/page-lines.ts';
import { readableText } from '../text/markers.ts';
import { hanCount } from '../text/chars.ts';

/**
 * Stage 6b — a text file that is really a whole web page flattened to text
 * (menus, share buttons, font-size and comment widgets around the story):
 * keep only its main block. The main block is the run of lines that best
 * balances prose (sentence-punctuated lines, counted by length) against
 * navigation runs and widgets (counted against it): a maximum-sum run. It
 * then takes in the date line just above it, the lines between, and labels
 * just below it (责任编辑：…); the line just before the date line is the
 * headline. Everything else is removed and quoted, with its kind.
 *
 * A file is treated as a page only when what lies outside the block is
 * mostly navigation and widgets, widgets among them: an ordinary article
 * (a headline, a byline, a footer or two), a letter's list of addressees or
 * a form's short fields are left alone.
 */
const WEIGHT: Record<PageLineKind, (line: string) => number> = {
	prose: (line) => readableText(line).length,
	other: () => 1,
	navigation: () => -6,
	widget: () => -25,
};
const MIN_LINES = 12;
/** Outside the block, at least this many navigation/widget lines, and this share of the lines outside. */
const MIN_FURNITURE = 6;
const MIN_FURNITURE_SHARE = 0.6;
/** Short lines alone may be a letter's addressees or a list of names; a page also has its widgets (share, comments, app, login). */
const MIN_WIDGETS = 2;
const HEAD_WINDOW = 8;
const TAIL_WINDOW = 6;

export function extractMainBlock(draft: Draft): Draft {
	const lines = draft.lines;
	if (lines.length < MIN_LINES) return draft;
	const kinds = lines.map(pageLineKind);
	let [start, end] = bestRun(lines.map((line, i) => WEIGHT[kinds[i]!](line)));
	if (start < 0) return draft;

	const outside = kinds.filter((_, i) => i < start || i > end);
	const furniture = outside.filter((kind) => kind === 'navigation' || kind === 'widget').length;
	const widgets = outside.filter((kind) => kind === 'widget').length;
	if (furniture < MIN_FURNITURE || furniture < outside.length * MIN_FURNITURE_SHARE || widgets < MIN_WIDGETS) return draft;

	// The head: the date line above the prose, and the headline just before it.
	let headline: number | undefined;
	for (let i = start - 1; i >= Math.max(0, start - HEAD_WINDOW); i--) {
		if (kinds[i] === 'prose' || !isDateLine(lines[i]!)) continue;
		start = i;
		if (i > 0 && hanCount(lines[i - 1]!) >= 4 && kinds[i - 1] !== 'widget' && kinds[i - 1] !== 'prose' && !isDateLine(lines[i - 1]!)) headline = i - 1;
		break;
	}
	const proseEnd = end;
	while (end + 1 < lines.length && end + 1 <= proseEnd + TAIL_WINDOW && isLabelLine(lines[end + 1]!) && kinds[end + 1] !== 'widget') end++;

	const kept: string[] = [];
	const removed: Removal[] = [...draft.removed];
	for (const [i, line] of lines.entries()) {
		if (i === headline) removed.push({ kind: 'title', text: line });
		else if (i >= start && i <= end && kinds[i] !== 'widget') kept.push(line);
		else removed.push({ kind: i >= start && i <= end ? 'page:widget' : `page:${kinds[i] === 'other' || kinds[i] === 'prose' ? 'outside-article' : kinds[i]}`, text: line });
	}
	const title = draft.found.title ?? (headline === undefined ? undefined : { text: lines[headline]!.trim(), method: 'flattened web page: the line before the date line', confidence: 'medium' as const });
	return {
		...draft,
		lines: kept,
		removed,
		found: { ...draft.found, title },
		inferences: [...draft.inferences, { field: 'main block', value: `lines ${start + 1}–${end + 1} of ${lines.length}`, from: 'a flattened web page: prose density against navigation runs and widgets', confidence: 'medium' }],
	};
}

/** The run with the largest sum (Kadane); [-1, -1] when no line counts for the article. */
function bestRun(weights: number[]): [number, number] {
	let best = 0;
	let bestRange: [number, number] = [-1, -1];
	let sum = 0;
	let from = 0;
	for (const [i, weight] of weights.entries()) {
		if (sum <= 0) {
			sum = 0;
			from = i;
		}
		sum += weight;
		if (sum > best) {
			best = sum;
			bestRange = [from, i];
		}
	}
	return bestRange;
}
