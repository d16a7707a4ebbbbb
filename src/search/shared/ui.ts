import { switchEdition } from '../../lib/urls';
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
		more: (n: number, left: number) => `显示后 ${n} 篇（还有 ${left} 篇）`,
		none: (q: string) => `没有文章包含“${q}”。档案中的每篇文章都已检索，简体和繁體写法均已比对。`,
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
		more: (n: number, left: number) => `顯示後 ${n} 篇（還有 ${left} 篇）`,
		none: (q: string) => `沒有文章包含「${q}」。檔案中的每篇文章都已檢索，简体和繁體寫法均已比對。`,
		filteredNone: '目前篩選條件下沒有結果。',
		error: '搜尋暫時無法使用，請稍後再試。',
		results: '搜尋結果',
		dateUnknown: '日期不詳',
		publisherUnknown: '來源不詳',
	},
} as const;

export type SearchLabels = (typeof SEARCH_LABELS)[Script];

/** An article's page in the reader's edition, as a search result links to it, with the terms to highlight there. */
export function resultHref(url: string, script: Script, query: string): string {
	return `${switchEdition(url, script)}?hl=${encodeURIComponent(query)}`;
}
