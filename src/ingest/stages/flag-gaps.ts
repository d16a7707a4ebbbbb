import type { Block, Draft } from '../types.ts';
import type { Flag } from '../../schemas/article.ts';
import { NUMERAL } from '../text/chars.ts';
import { foldForMatching } from '../../lib/fold.ts';
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
/**
 * Words that state a quantity and so are followed by a number: 总投资 3亿元,
 * 面积 500平方米. A unit right after one of them, with no number, is a gap.
 * (A unit alone is not enough: 万亩良田, 亿元以上项目 and 美元霸权 are whole.)
 */
const QUANTITY_HEAD = /(投资|金额|总额|产值|营收|收入|规模|面积|占地|资金|融资|成交额|销售额|贸易额|合同额|造价|预算|补贴|奖励|总量|产量|容量|装机|人口|人数|客流|税收|利润|出口额|进口额|进出口额)$/u;
const UNIT = /^(亿|万|千万|百万)?(元|美元|欧元|平方米|平方公里|公顷|亩|吨|千瓦|人次)$/u;
/** After these the unit names a class, not an amount: 亿元以上项目, 亿元及以上, 亿元级, 亩均投入. */
const UNIT_AFTER_OK = /^(以上|以下|以内|及以上|级|量级|左右|均)/u;
/** Approximators that sit between a number and its classifier: 3万余名, 100多家, 近50名. */
const APPROXIMATOR = new Set(['余', '多', '近']);
const CLASSIFIER_OR_PEOPLE = /^[个名位家项件台座所套批人]$/u;
/** 余名, 多家, 近名: an approximator and a classifier (多人 excepted, which reads "many people"). */
const isApproximated = (pair: string): boolean =>
	pair.length === 2 && APPROXIMATOR.has(pair[0]!) && CLASSIFIER_OR_PEOPLE.test(pair[1]!) && !(pair[0] !== '余' && pair[1] === '人');
/** An approximator and a classifier for people or items that only ever follow a number (余家 is also a family name, so 家 is left out). */
const NEEDS_NUMBER = /^[余近][名位个项]$/u;
/** Classifiers that are never a word by themselves after a noun (unlike 位 in 水位, 项 in 奖项, 家 "home"). */
const LONE_CLASSIFIER = new Set(['个', '名']);
/** Before punctuation only 个 is telling (项目□个。); 名 there is usually a word's end (出名，有名，改名). */
const ENDS_CLAUSE_ALONE = '个';
/** Designations after which a count follows at once: 二楼□个工位, 一期□个项目. */
const DESIGNATION = /(楼|层|期|批|届)$/u;
/** After 的, a lone classifier before a noun needs its number: 邀请的□名人才. */
const AFTER_DE = new Set(['个', '名', '位', '项']);
/** Words that can stand for a number or make one unnecessary: 这个, 每名, 几家, 上亿元… */
const QUANTIFIER_LIKE = /^(这|那|每|各|某|哪|几|数|整|单|另|该|本|此|首|半|上|下|头|末|全|逐|同|一|两|多|近|余|超|逾|过|破|约|达|第|成|好|若干)$/u;
const PUNCT_AFTER = /^[，,。；;、！!？?”」]$/u;

/** 30, 三十, 3万, and approximated numbers: 3万余, 100多. */
const endsWithNumber = (word: string | undefined): boolean =>
	word !== undefined && (NUMERAL.includes(word.at(-1)!) || (word.length >= 2 && APPROXIMATOR.has(word.at(-1)!) && NUMERAL.includes(word.at(-2)!)));

/**
 * What each rule below needs in the folded text, with only whitespace between
 * words: a quantity word and a unit's first character, an approximator and a
 * classifier, 个 before punctuation, a designation or 的 before a classifier.
 * Most paragraphs have none of these, and segmenting is the stage's main cost.
 */
const MAY_HAVE_GAP = new RegExp(`${QUANTITY_HEAD.source.slice(0, -1)}[亿万千百元美欧平公亩吨人]|[余多近]\\s*[个名位家项件台座所套批人]|个\\s*[，,。；;、！!？?”」]|[楼层期批届]\\s*[个名]|的\\s*[个名位项]`, 'u');

/** Character offsets (in `text`) where a number is missing. */
export function findGaps(text: string): number[] {
	const folded = foldForMatching(text);
	if (!MAY_HAVE_GAP.test(folded)) return [];
	const words = [...segmenter.segment(folded)].filter((s) => s.segment.trim() !== '');
	const gaps: number[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i]!.segment;
		const previous = words[i - 1]?.segment;
		const next = words[i + 1]?.segment;
		const afterNext = words[i + 2]?.segment;
		const at = words[i]!.index;
		if (previous === undefined || !/\p{Script=Han}$/u.test(previous)) continue;
		if (endsWithNumber(previous) || QUANTIFIER_LIKE.test(previous)) continue;
		// 一个个, 一位位: reduplication, not a missing number.
		if (previous.at(-1) === word[0]) continue;

		const unit = UNIT.test(word) ? word : UNIT.test(word + (next ?? '')) ? word + next : undefined;
		// 总投资亿元 / 总面积平方米: a quantity word, then its unit, with no number between.
		// The head is matched on the text before the unit, not the last word: the segmenter may cut 出口额 into 出口 + 额.
		if (unit && QUANTITY_HEAD.test(folded.slice(Math.max(0, at - 5), at)) && !UNIT_AFTER_OK.test(folded.slice(at + unit.length))) gaps.push(at);
		// 可容纳余人 / 地区多名, / 上海近名。: an approximator with no number before it
		// (多人 alone is fine: 逮捕多人 means "many people").
		// 余名, 近名 are never words without a number (招聘余名员工); 多名 is (多名专家), unless nothing follows it.
		else if (word === '余人' || (isApproximated(word) && ((next !== undefined && PUNCT_AFTER.test(next)) || NEEDS_NUMBER.test(word)))) gaps.push(at);
		else if (APPROXIMATOR.has(word) && next !== undefined && isApproximated(word + next) && ((afterNext !== undefined && PUNCT_AFTER.test(afterNext)) || NEEDS_NUMBER.test(word + next))) gaps.push(at);
		// 项目个。 / 二楼个标准工位 / 邀请的名人才: a classifier standing alone where a number belongs.
		else if (LONE_CLASSIFIER.has(word) && previous.length >= 2 && next !== undefined && ((word === ENDS_CLAUSE_ALONE && PUNCT_AFTER.test(next)) || DESIGNATION.test(previous))) gaps.push(at);
		else if (previous === '的' && AFTER_DE.has(word) && next !== undefined && next.length >= 2 && /^\p{Script=Han}+$/u.test(next)) gaps.push(at);
	}
	return gaps;
}

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
