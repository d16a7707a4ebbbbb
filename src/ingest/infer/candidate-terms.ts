import type { Matcher } from '../../lib/taxonomy.ts';
import { fold } from '../../lib/fold.ts';

/**
 * Candidate terms for the taxonomy: frequent words of the cleaned text that
 * no tag covers yet, so the archivist can grow the taxonomy.
 *
 * Each text is folded to Simplified, every span the taxonomy already claims
 * (aliases and excludes) is blanked out, and the rest is cut into words with
 * `Intl.Segmenter('zh', { granularity: 'word' })`. Words of one character,
 * numbers and dates, Latin-only tokens and stop words (function words and
 * the generic vocabulary of news writing: 发展, 推进, 记者…) are dropped.
 * Terms are ranked by how many texts use them, then by total count.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

/** Generic words of Chinese news prose that would swamp the list; not taxonomy material. */
export const STOP_WORDS = new Set(
	(
		'我们 他们 你们 自己 这个 这些 那些 一个 一些 一批 一系列 一步 一体 一起 以及 以上 以下 以来 以后 之后 之前 之间 其中 其他 其它 同时 此外 目前 当前 今年 去年 明年 近年 近日 日前 今天 昨天 已经 正在 将会 进一步 不断 积极 加快 加强 推进 推动 促进 实现 开展 建设 发展 工作 方面 领域 相关 有关 主要 重要 重点 全面 深入 持续 不仅 而且 但是 因为 所以 如果 通过 根据 按照 围绕 作为 成为 进行 提供 提升 提高 形成 打造 构建 建立 完善 支持 服务 合作 共同 协同 一体化 高质量 创新 企业 项目 平台 城市 地区 区域 国家 全国 中国 我国 记者 表示 介绍 指出 强调 认为 希望 要求 据悉 了解 获悉 活动 举行 举办 召开 会议 大会 期间 情况 问题 能力 水平 机制 体系 政策 措施 任务 目标 成果 效果 作用 基础 优势 特色 资源 要素 市场 经济 社会 群众 人民 政府 部门 单位 负责人 同志 主任 主席 书记 市长 副市长 代表 有限公司 集团 公司 中心 机构 组织 年度 时间 上午 下午 记者从 更加 非常 可以 能够 需要 应该 必须 没有 还是 就是 只是 这样 那样 如何 什么 怎么 为了 对于 关于 由于 随着 并且 或者 还有 已 在 和 与 的 了'
	).split(/\s+/u),
);

export interface CandidateTerm {
	term: string;
	/** How many texts use it. */
	texts: number;
	/** How many times in all. */
	count: number;
}

/** Words of one text that are candidate material (folded to Simplified). */
export function candidateWords(text: string, matcher: Matcher): string[] {
	const folded = fold(text);
	let masked = '';
	let last = 0;
	for (const { start, end } of matcher.claimed(folded)) {
		masked += `${folded.slice(last, start)}\n`;
		last = end;
	}
	masked += folded.slice(last);
	const words: string[] = [];
	for (const { segment, isWordLike } of segmenter.segment(masked)) {
		if (!isWordLike || !hasTwoCharacters(segment) || STOP_WORDS.has(segment)) continue;
		if (!HAN.test(segment)) continue; // numbers, dates' digits, Latin-only tokens
		if (DATE_WORD.test(segment) && DIGIT.test(segment)) continue;
		words.push(segment);
	}
	return words;
}

const HAN = /\p{Script=Han}/u;
const DATE_WORD = /^[\d\p{Script=Han}]*[年月日号]$/u;
const DIGIT = /\d/u;

/** At least two characters (code points), counted without splitting the word: two UTF-16 units are one character only as a surrogate pair. */
export const hasTwoCharacters = (word: string): boolean => word.length > 2 || (word.length === 2 && word.codePointAt(0)! <= 0xffff);

/** Term statistics over a set of texts. */
export interface TermCounts {
	/** How many texts were counted. */
	texts: number;
	terms: Map<string, CandidateTerm>;
}

export const emptyCounts = (): TermCounts => ({ texts: 0, terms: new Map() });

/** One text's candidate words, each with how often the text uses it (in order of first use). */
export function termCounts(text: string, matcher: Matcher): [term: string, count: number][] {
	const counts = new Map<string, number>();
	for (const word of candidateWords(text, matcher)) counts.set(word, (counts.get(word) ?? 0) + 1);
	return [...counts];
}

/** Term counts as one string (`term<TAB>count` lines), cheap to pass between threads and to cache. */
export const packTerms = (terms: readonly (readonly [term: string, count: number])[]): string => terms.map(([term, count]) => `${term}\t${count}`).join('\n');

/** The term counts of `packTerms`. */
export const unpackTerms = (packed: string): [term: string, count: number][] =>
	packed === '' ? [] : packed.split('\n').map((line) => {
		const [term, count] = line.split('\t');
		return [term!, Number(count)];
	});

/** Adds one text's term counts (from `termCounts`) to the counts. */
export function addTermCounts(counts: TermCounts, terms: readonly (readonly [term: string, count: number])[]): TermCounts {
	counts.texts++;
	for (const [term, count] of terms) {
		const entry = counts.terms.get(term) ?? { term, texts: 0, count: 0 };
		entry.count += count;
		entry.texts++;
		counts.terms.set(term, entry);
	}
	return counts;
}

/** Adds one text's candidate words to the counts. */
export const countText = (counts: TermCounts, text: string, matcher: Matcher): TermCounts => addTermCounts(counts, termCounts(text, matcher));

/** The most frequent terms of the counts, by number of texts using them, then total count. */
export function topTerms(counts: TermCounts, options: { limit?: number; minTexts?: number; minCount?: number } = {}): CandidateTerm[] {
	const { limit = 40, minTexts = 1, minCount = 2 } = options;
	return [...counts.terms.values()]
		.filter((c) => c.texts >= minTexts && c.count >= minCount)
		.sort((a, b) => b.texts - a.texts || b.count - a.count || a.term.localeCompare(b.term, 'zh'))
		.slice(0, limit);
}

/** The most frequent candidate terms across texts, by number of texts using them, then total count. */
export function candidateTerms(texts: Iterable<string>, matcher: Matcher, options: { limit?: number; minTexts?: number; minCount?: number } = {}): CandidateTerm[] {
	const counts = emptyCounts();
	for (const text of texts) countText(counts, text, matcher);
	return topTerms(counts, options);
}

/**
 * Terms distinctive of a set of texts (the foreground, e.g. articles the
 * taxonomy tags) against a background (the other articles of a corpus):
 * ranked by √(foreground texts) × ln(foreground share / background share),
 * with add-½ smoothing, keeping only terms at least `minRatio` times as
 * common in the foreground. Generic news words (增长, 国际) drop out
 * without an ever longer stop list.
 */
export function distinctiveTerms(foreground: TermCounts, background: TermCounts, options: { limit?: number; minTexts?: number; minRatio?: number } = {}): (CandidateTerm & { ratio: number })[] {
	const { limit = 40, minTexts = 3, minRatio = 2 } = options;
	return [...foreground.terms.values()]
		.filter((t) => t.texts >= minTexts)
		.map((t) => {
			const share = (t.texts + 0.5) / (foreground.texts + 1);
			const backShare = ((background.terms.get(t.term)?.texts ?? 0) + 0.5) / (background.texts + 1);
			return { ...t, ratio: share / backShare };
		})
		.filter((t) => t.ratio >= minRatio)
		.sort((a, b) => Math.sqrt(b.texts) * Math.log(b.ratio) - Math.sqrt(a.texts) * Math.log(a.ratio) || a.term.localeCompare(b.term, 'zh'))
		.slice(0, limit);
}
