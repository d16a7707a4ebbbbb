import { readableText } from '../text/markers.ts';
import { fullwidthPunctuation } from '../stages/normalize-punctuation.ts';

/**
 * The last resort for a title: the article's first sentence, without a
 * leading time phrase (今天上午，/ 当前，), cut at a clause boundary when long.
 */
const LEADING_TIME = /^(今天|今日|昨天|昨日|近日|日前|目前|当前|當前|近期|日内|本周|上周|今年|去年)[^，,。]{0,6}[，,]/u;
const MAX_TITLE = 36;

export function titleFromText(firstParagraph: string): string {
	const plain = readableText(firstParagraph);
	let sentence = (plain.match(/^[^。！？!?]+/u)?.[0] ?? plain).trim();
	sentence = sentence.replace(LEADING_TIME, '');
	if ([...sentence].length > MAX_TITLE) {
		const clauses = sentence.split(/(?<=[，,；;])/u);
		let cut = '';
		for (const clause of clauses) {
			if ([...(cut + clause)].length > MAX_TITLE) break;
			cut += clause;
		}
		sentence = (cut || [...sentence].slice(0, MAX_TITLE).join('')).replace(/[，,；;]$/u, '');
	}
	return fullwidthPunctuation(sentence).text;
}

/** The summary: the first sentences of the body, up to about 120 characters. */
export function summaryOf(paragraphs: string[]): string {
	const text = readableText(paragraphs.join(''));
	const sentences = text.match(/[^。！？!?]+[。！？!?]?[”」]?/gu) ?? [];
	let summary = '';
	for (const sentence of sentences) {
		if (summary && (summary + sentence).length > 120) break;
		summary += sentence;
	}
	return summary.length > 160 ? `${summary.slice(0, 158)}……` : summary;
}
