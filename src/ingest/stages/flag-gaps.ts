import type { Block, Draft } from '../types.ts';
import type { Flag } from '../../schemas/article.ts';
import { NUMERAL } from '../text/chars.ts';
import { foldForMatching } from '../text/script.ts';
import { GAP, mapUnmarked, readableText } from '../text/markers.ts';

/**
 * Stage 14 — flag numbers lost upstream (总投资亿元, 可容纳余人, 项目个。).
 * A unit or measure word that needs a number, with none before it, is a gap.
 * The gap is marked in place (the page shows it, the report lists it); no
 * number is ever invented. Rules work on Intl.Segmenter words of the
 * Simplified fold, so one rule set covers both scripts.
 */
export const GAP_NOTE = '原文此处数字缺失';

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
/** Units that always follow a number: 亿元, 平方米, 人次… (after 亿/万 or on their own). */
const MONEY_OR_MEASURE = new Set(['元', '美元', '欧元', '平方米', '平方公里', '公顷', '亩', '吨', '千瓦', '人次', '万元', '亿元', '万美元', '亿美元']);
const MAGNITUDE = new Set(['亿', '万', '千万', '百万']);
/** Approximators that sit between a number and its classifier: 3万余名, 100多家, 近50名. */
const APPROXIMATOR = new Set(['余', '多', '近']);
/** Words that can stand for a number or make one unnecessary: 这个, 每名, 几家, 上亿元… */
const QUANTIFIER_LIKE = /^(这|那|每|各|某|哪|几|数|整|单|另|该|本|此|首|半|上|下|头|末|全|逐|同|一|两|多|近|余|超|逾|过|破|约|达|第|成|好|若干)$/u;
const UNIT_AFTER_OK = /^(以上|以下|以内|级|量级|左右)$/u;
const PUNCT_AFTER = /^[，,。；;、！!？?”」]$/u;

/** 30, 三十, 3万, and approximated numbers: 3万余, 100多. */
const endsWithNumber = (word: string | undefined): boolean =>
	word !== undefined && (NUMERAL.includes(word.at(-1)!) || (word.length >= 2 && APPROXIMATOR.has(word.at(-1)!) && NUMERAL.includes(word.at(-2)!)));

/** Character offsets (in `text`) where a number is missing. */
export function findGaps(text: string): number[] {
	const folded = foldForMatching(text);
	const words = [...segmenter.segment(folded)].filter((s) => s.segment.trim() !== '');
	const gaps: number[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!.segment;
		const previous = words[i - 1]?.segment;
		const next = words[i + 1]?.segment;
		const afterNext = words[i + 2]?.segment;
		const at = words[i]!.index;
		if (endsWithNumber(previous) || (previous !== undefined && QUANTIFIER_LIKE.test(previous))) continue;
		if (previous === undefined || !/\p{Script=Han}$/u.test(previous)) continue;

		// 总投资亿元 / 总面积平方米: a money or area unit with no number before it.
		if (MAGNITUDE.has(word) && next !== undefined && MONEY_OR_MEASURE.has(next) && !(afterNext && UNIT_AFTER_OK.test(afterNext))) gaps.push(at);
		else if (MONEY_OR_MEASURE.has(word) && word !== '元' && !(next && UNIT_AFTER_OK.test(next))) gaps.push(at);
		// 可容纳余人 / 地区多名, / 上海近名。: an approximator with no number before it.
		else if ((APPROXIMATOR.has(word[0]!) && word.length === 2 && CLASSIFIER_OR_PEOPLE.test(word[1]!) && next !== undefined && PUNCT_AFTER.test(next)) || word === '余人') gaps.push(at);
		else if (APPROXIMATOR.has(word) && next !== undefined && CLASSIFIER_OR_PEOPLE.test(next) && next.length === 1 && afterNext !== undefined && PUNCT_AFTER.test(afterNext)) gaps.push(at);
		// 项目个。 / 的名人才 / 二楼个标准工位: a classifier standing alone after a word that is no number.
		else if (LONE_CLASSIFIER.has(word) && next !== undefined && (previous.length >= 2 || previous === '的')) gaps.push(at);
	}
	return gaps;
}
const CLASSIFIER_OR_PEOPLE = /^[个名位家项件台座所套批人]$/u;
/** Classifiers that are never a word by themselves after a noun or 的 (unlike 家 "home", 所 "place", 台 "stage"). */
const LONE_CLASSIFIER = new Set(['个', '名', '位', '项']);

function markGaps(text: string, flags: Flag[]): string {
	return mapUnmarked(text, (run) => {
		const gaps = findGaps(run);
		if (gaps.length === 0) return run;
		let out = '';
		let last = 0;
		for (const at of gaps) {
			out += run.slice(last, at) + GAP;
			last = at;
			const plain = readableText(run);
			flags.push({ kind: 'gap', text: plain.slice(Math.max(0, at - 6), at) + '□' + plain.slice(at, at + 6), context: plain.slice(Math.max(0, at - 12), at + 12), note: GAP_NOTE });
		}
		return out + run.slice(last);
	});
}

export function flagGaps(draft: Draft): Draft {
	const flags = [...draft.flags];
	const blocks = draft.blocks.map((block): Block => ({ ...block, text: markGaps(block.text, flags) }));
	return { ...draft, blocks, flags };
}
