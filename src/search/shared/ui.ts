import { searchPath, switchEdition } from '../../lib/urls';
import type { Script } from '../../lib/script';

/**
 * Search interface text and paths, in both editions. Kept apart from
 * `src/lib/labels.ts` so the search can merge with the editions work.
 */
export const SEARCH_LABELS = {
	hans: {
		search: '搜索',
		searchArticles: '搜索文章',
		siteSearch: '全站搜索',
		placeholder: '关键词，简体或繁體均可',
		shortcut: '按 / 或 Ctrl+K 搜索',
		needsJs: '搜索需要 JavaScript。请在浏览器中启用 JavaScript 后再试；不用搜索也可以从首页浏览全部文章。',
		filters: '筛选',
		publisher: '来源',
		year: '年份',
		tag: '标签',
		all: '全部',
		sort: '排序',
		relevance: '相关度',
		newest: '日期（新→旧）',
		oldest: '日期（旧→新）',
		loading: '正在搜索…',
		prompt: '输入关键词搜索全部文章。',
		count: (n: number, q: string) => `找到 ${n} 篇包含“${q}”的文章`,
		countMatching: (n: number, q: string) => `找到 ${n} 篇符合“${q}”的文章`,
		more: (n: number, left: number) => `显示后 ${n} 篇（还有 ${left} 篇）`,
		none: (q: string) => `没有文章包含“${q}”。档案中的每篇文章都已检索，简体和繁體写法均已比对。`,
		noneMatching: (q: string) => `没有文章符合“${q}”。档案中的每篇文章都已检索，简体和繁體写法均已比对。`,
		nothingWanted: '请至少输入一个要查找的词：带 - 的词只用来排除。',
		filteredNone: '当前筛选条件下没有结果。',
		error: '搜索暂时不可用，请稍后再试。',
		results: '搜索结果',
		dateUnknown: '日期不详',
		publisherUnknown: '来源不详',
	},
	hant: {
		search: '搜尋',
		searchArticles: '搜尋文章',
		siteSearch: '全站搜尋',
		placeholder: '關鍵詞，简体或繁體均可',
		shortcut: '按 / 或 Ctrl+K 搜尋',
		needsJs: '搜尋需要 JavaScript。請在瀏覽器中啟用 JavaScript 後再試；不用搜尋也可以從首頁瀏覽全部文章。',
		filters: '篩選',
		publisher: '來源',
		year: '年份',
		tag: '標籤',
		all: '全部',
		sort: '排序',
		relevance: '相關度',
		newest: '日期（新→舊）',
		oldest: '日期（舊→新）',
		loading: '正在搜尋…',
		prompt: '輸入關鍵詞搜尋全部文章。',
		count: (n: number, q: string) => `找到 ${n} 篇包含「${q}」的文章`,
		countMatching: (n: number, q: string) => `找到 ${n} 篇符合「${q}」的文章`,
		more: (n: number, left: number) => `顯示後 ${n} 篇（還有 ${left} 篇）`,
		none: (q: string) => `沒有文章包含「${q}」。檔案中的每篇文章都已檢索，简体和繁體寫法均已比對。`,
		noneMatching: (q: string) => `沒有文章符合「${q}」。檔案中的每篇文章都已檢索，简体和繁體寫法均已比對。`,
		nothingWanted: '請至少輸入一個要查找的詞：帶 - 的詞只用來排除。',
		filteredNone: '目前篩選條件下沒有結果。',
		error: '搜尋暫時無法使用，請稍後再試。',
		results: '搜尋結果',
		dateUnknown: '日期不詳',
		publisherUnknown: '來源不詳',
	},
} as const;

export type SearchLabels = (typeof SEARCH_LABELS)[Script];

/**
 * Texts of the search page's markup only (the date range fields and the
 * syntax help), apart from `SEARCH_LABELS` so the page's script does not
 * carry them.
 */
export const SEARCH_PAGE_TEXT = {
	hans: {
		dateRange: '日期范围',
		from: '从',
		to: '到',
		boundHint: '年份或年月，如 2019 或 2019-06',
		syntax: '搜索语法',
		syntaxItems: [
			['长三角 一体化', '空格分开的词：文章须包含每一个词（简体、繁體均可）。'],
			['"G60 科创走廊"', '引号内是一个短语，按原样连续出现，空格也算在内。'],
			['长三角 -上海', '词前加减号：排除包含该词的文章。'],
			['嘉兴 OR 金华', '大写的 OR：包含其中之一即可；OR 先于空格结合，“长三角 嘉兴 OR 金华”即 长三角 且（嘉兴 或 金华）。'],
		],
		syntaxRange: '按日期：在“筛选”里填写起止年份或年月；日期不详的文章不在任何范围内，只知年份的文章须整年都在范围内。',
	},
	hant: {
		dateRange: '日期範圍',
		from: '從',
		to: '到',
		boundHint: '年份或年月，如 2019 或 2019-06',
		syntax: '搜尋語法',
		syntaxItems: [
			['長三角 一體化', '空格分開的詞：文章須包含每一個詞（简体、繁體均可）。'],
			['"G60 科創走廊"', '引號內是一個短語，按原樣連續出現，空格也算在內。'],
			['長三角 -上海', '詞前加減號：排除包含該詞的文章。'],
			['嘉興 OR 金華', '大寫的 OR：包含其中之一即可；OR 先於空格結合，「長三角 嘉興 OR 金華」即 長三角 且（嘉興 或 金華）。'],
		],
		syntaxRange: '按日期：在「篩選」裡填寫起止年份或年月；日期不詳的文章不在任何範圍內，只知年份的文章須整年都在範圍內。',
	},
} as const;

/** The search page of an edition showing the results of a query (the syntax help's examples). */
export const searchHref = (script: Script, query: string): string => `${searchPath(script)}?q=${encodeURIComponent(query)}`;

/** An article's page in the reader's edition, as a search result links to it, with the terms to highlight there. */
export function resultHref(url: string, script: Script, query: string): string {
	return `${switchEdition(url, script)}?hl=${encodeURIComponent(query)}`;
}
