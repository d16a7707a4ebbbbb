import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import type { Removal } from '../../schemas/article.ts';
import type { Draft, FoundMetadata, Inference, PageMetadata } from '../types.ts';
import { RejectedInput } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { hanCount } from '../text/chars.ts';
import { isLabelLine, startsWithDate } from '../text/page-lines.ts';
import { decodePage } from './charset.ts';
import { readPageMetadata } from './page-metadata.ts';
import { headerLines, readPageLabels } from './page-header.ts';
import { fragmentLines, linkTextShare, nestingDepth, NON_TEXT_ELEMENTS, textLines } from './page-text.ts';

/**
 * A saved web page as a first draft: decoded (`charset.ts`), its metadata
 * read (`page-metadata.ts`), its article found by Readability, and the
 * article flattened to text lines that the text stages clean like any text
 * file. Visible metadata labels near the article (发布时间：, 来源：, 作者：,
 * 责任编辑：) that Readability leaves out are put back as lines, for the
 * dateline and byline stages to read; the bar between the headline and the
 * article is also read as labels (`page-header.ts`). Every other line of the page is
 * quoted in the report as removed. A page without an article is refused.
 */

/** Real news pages nest under 30 deep and hold under 4,000 elements; Readability's work grows faster than linearly with both. */
const MAX_DEPTH = 128;
/** The scan of tags before parsing counts unclosed tags too, so it refuses only what no parser should be given. */
const MAX_TAG_DEPTH = 1000;
const MAX_ELEMENTS = 15_000;
/** Below this much Han text, or without a sentence, a page is not an article (a list, an index, a login wall, an error page); a one-sentence brief is. */
const MIN_HAN = 50;
const MIN_SENTENCES = 1;
/** An apologising title (抱歉…) over this little text is an error page. */
const MAX_ERROR_PAGE_HAN = 200;
const MAX_LINK_SHARE = 0.5;
const NOT_FOUND_TITLE = /^(?:404|页面不存在|頁面不存在|页面未找到|頁面未找到|网页不存在|網頁不存在|找不到(?:页面|網頁|网页|頁面)|page not found|not found)\b|^\D{0,6}404\D{0,6}$/iu;
const APOLOGY_TITLE = /^(?:抱歉|对不起|對不起|出错|出錯|错误|錯誤|error)/iu;
const LOGIN_TITLE = /登录|登入|登錄|注册|註冊|sign in|log in|login/iu;

const LABEL_WINDOW_BEFORE = 15;
const LABEL_WINDOW_AFTER = 10;

/** What a web page gives the first draft: its article's text lines, and what was learnt and left out on the way. */
export type WebPage = Pick<Draft, 'text' | 'encoding' | 'page' | 'removed' | 'inferences'> & { found: Pick<FoundMetadata, 'title' | 'sourceUrl'> };

export function readWebPage(bytes: Uint8Array): WebPage {
	const decoded = decodePage(bytes);
	if (tagDepth(decoded.text) > MAX_TAG_DEPTH) throw new RejectedInput(`web page nests its tags more than ${MAX_TAG_DEPTH.toLocaleString('en')} deep (an article page nests under ${MAX_DEPTH}); not read`);
	const { document } = parseHTML(decoded.text);
	const page = readPageMetadata(document);
	const hasPassword = document.querySelector('input[type="password" i]') !== null;
	document.querySelectorAll(NON_TEXT_ELEMENTS).forEach((element) => element.remove());
	const elements = document.querySelectorAll('*').length;
	if (elements > MAX_ELEMENTS) throw new RejectedInput(`web page has ${elements.toLocaleString('en')} elements (an article page has under ${MAX_ELEMENTS.toLocaleString('en')}); not read`);
	if (nestingDepth(document, MAX_DEPTH) > MAX_DEPTH) throw new RejectedInput(`web page nested more than ${MAX_DEPTH} elements deep; not read`);

	const pageLines = textLines(document.body ?? document);
	const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
	const title = chooseTitle(page);
	refuseIfNoArticle(article?.content ?? '', title?.value ?? page.titles.at(-1)?.value ?? '', hasPassword);
	let content = fragmentLines(article!.content!);

	const removed: Removal[] = [];
	if (title && content.length > 0 && sameText(content[0]!, title.value)) {
		removed.push({ kind: 'title:repeated', text: content[0]! });
		content = content.slice(1);
	}
	const { before, after, start, end } = labelsAround(pageLines, content);
	const labels = readPageLabels(pageLines, headerLines(pageLines, title?.value ?? '', start), end);
	const kept = new Set([...before, ...after]);
	// Every other line of the page is quoted; Readability may regroup inline text, so a line is in the article when its text is.
	const articleText = squeeze(content.join(''));
	for (const [index, line] of pageLines.entries()) {
		if (!kept.has(index) && !articleText.includes(squeeze(line)) && !(title && sameText(line, title.value))) removed.push({ kind: 'page:outside-article', text: quotable(line) });
	}
	const lines = [...before.map((i) => pageLines[i]!), ...content, ...after.map((i) => pageLines[i]!)];

	const inferences: Inference[] = [{ field: 'encoding', value: decoded.encoding, from: decoded.evidence, confidence: 'high' }];
	if (before.length + after.length > 0) inferences.push({ field: 'page labels', value: [...before, ...after].map((i) => pageLines[i]).join(' · '), from: 'visible labels next to the article, kept as text lines', confidence: 'high' });
	return {
		text: lines.join('\n'),
		encoding: decoded.encoding,
		page: { ...page, labels },
		removed,
		inferences,
		found: { title: title && { text: title.value, method: `page metadata: ${title.from}`, confidence: 'high' }, sourceUrl: page.canonicalUrl?.value },
	};
}

/**
 * A removed line is quoted in full, unless it is a wall of text no article
 * line is (keyword lists pages hide for search engines run to 400,000
 * characters): then its start, its length, and where it stands in full.
 */
const MAX_QUOTED = 2000;
const quotable = (line: string): string => ([...line].length <= MAX_QUOTED ? line : `${[...line].slice(0, 200).join('')}…（共 ${[...line].length} 字，全文见原始文件）`);

const squeeze = (text: string): string => foldForMatching(text).replace(/\s/gu, '');
const sameText = (a: string, b: string): boolean => squeeze(a) === squeeze(b);

/**
 * The headline: JSON-LD headline, og:title and the `<h1>` before `<title>`
 * (cleaned of the site's name in `readPageMetadata`). When the `<h1>` is what
 * the other titles start with, it is the headline without decoration.
 */
function chooseTitle(page: PageMetadata): PageMetadata['titles'][number] | undefined {
	const h1 = page.titles.find((candidate) => candidate.from.includes('<h1>'));
	const others = page.titles.filter((candidate) => candidate !== h1);
	if (h1 && others.some((other) => foldForMatching(other.value).startsWith(foldForMatching(h1.value)))) return h1;
	return page.titles.find((candidate) => !candidate.from.startsWith('<title>')) ?? page.titles[0];
}

function refuseIfNoArticle(content: string, title: string, hasPassword: boolean): void {
	const text = content.replace(/<[^>]*>/gu, '');
	const han = hanCount(text);
	const sentences = (text.match(/[。！？!?](?![。！？!?])/gu) ?? []).length;
	const shown = title ? ` (title “${title.slice(0, 40)}”)` : '';
	if (NOT_FOUND_TITLE.test(title.trim())) throw new RejectedInput(`web page is an error page, not an article${shown}`);
	if (APOLOGY_TITLE.test(title.trim()) && han < MAX_ERROR_PAGE_HAN) throw new RejectedInput(`web page is an error page, not an article: ${han} Han characters of main text${shown}`);
	if (han < MIN_HAN || sentences < MIN_SENTENCES) {
		const why = hasPassword || LOGIN_TITLE.test(title) ? 'a login wall?' : 'a list, index, login or error page?';
		throw new RejectedInput(`no article in this web page: ${han} Han characters and ${sentences} sentence(s) of main text (${why})${shown}`);
	}
	const links = linkTextShare(content);
	if (links > MAX_LINK_SHARE) throw new RejectedInput(`no article in this web page: ${Math.round(links * 100)}% of its main text is links (a list or index page)${shown}`);
}

/**
 * Label lines near the article: up to 15 lines before its first line and
 * 10 after its last, that Readability did not keep, as indexes in `pageLines`.
 */
function labelsAround(pageLines: string[], content: string[]): { before: number[]; after: number[]; start: number; end: number } {
	const key = (line: string) => foldForMatching(line).replace(/\s/gu, '').slice(0, 24);
	const first = content.find((line) => key(line).length >= 4);
	const last = content.findLast((line) => key(line).length >= 4);
	const start = first === undefined ? -1 : pageLines.findIndex((line) => key(line) === key(first));
	let end = start;
	if (start >= 0 && last !== undefined) for (let i = start; i < pageLines.length; i++) if (key(pageLines[i]!) === key(last)) end = i;
	if (start < 0) return { before: [], after: [], start, end };
	const inContent = new Set(content.map(key));
	const isLabel = (i: number) => (isLabelLine(pageLines[i]!) || startsWithDate(pageLines[i]!)) && !inContent.has(key(pageLines[i]!));
	const before: number[] = [];
	for (let i = Math.max(0, start - LABEL_WINDOW_BEFORE); i < start; i++) if (isLabel(i)) before.push(i);
	const after: number[] = [];
	for (let i = end + 1; i < Math.min(pageLines.length, end + 1 + LABEL_WINDOW_AFTER); i++) if (isLabel(i)) after.push(i);
	return { before, after, start, end };
}

/** Elements whose end tag may be left out (they never nest into themselves), and void elements: not counted as nesting. */
const NOT_NESTING = new Set('p li dt dd tr td th option optgroup thead tbody tfoot colgroup caption rb rt rp html head body area base br col embed hr img input link meta source track wbr param keygen command'.split(' '));

/**
 * How deeply the markup nests, by a scan of its tags, before it is parsed:
 * parsing alone takes seconds per 100,000 nested elements. An estimate (the
 * parser may close some elements early), used only to refuse absurd pages.
 */
function tagDepth(html: string): number {
	let depth = 0;
	let deepest = 0;
	const withoutCode = html.replace(/<!--[\s\S]*?-->|<(script|style|textarea|template)\b[\s\S]*?<\/\1\s*>/giu, '');
	for (const match of withoutCode.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/gu)) {
		if (NOT_NESTING.has(match[2]!.toLowerCase()) || match[3]) continue;
		depth = match[1] ? Math.max(0, depth - 1) : depth + 1;
		if (depth > deepest) deepest = depth;
	}
	return deepest;
}
