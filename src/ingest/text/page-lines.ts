import { foldForMatching } from '../../lib/fold.ts';
import { endsWithTerminal } from './chars.ts';
import { readableText } from './markers.ts';
import { isListItem } from './line-kinds.ts';

/**
 * The kinds of line a web page leaves when it is flattened to text, by
 * general rules (no site's layout is listed): prose runs, navigation runs
 * (short lines without sentence punctuation), widgets (share buttons, font
 * size, comments, login), visible metadata labels and date lines.
 * Matched on the Simplified fold, so one rule covers both scripts.
 */

/** A visible label for a fact about the article (发布时间：, 来源：, 作者：, 责任编辑：, 记者…报导). */
const LABEL = /^[【\[（(]?\s*(?:发布时间|发布日期|发表时间|更新时间|建立时间|时间|日期|来源|稿源|出处|作者|记者|撰文|编辑|责任编辑|责编|通讯员|摄影)\s*[:：／/]|记者.{1,15}(?:报导|报道)/u;
/** A date as pages print it beside the headline: 2019-05-21, 2019/5/21, 2019.05.21, 2019年5月21日. */
const DATE = /(?:19|20)\d{2}\s*(?:[-/.]\s*\d{1,2}\s*[-/.]\s*\d{1,2}|年\s*\d{1,2}\s*月\s*\d{1,2}\s*日)/u;
/** Share, font-size, comment, login, print and paging widgets, and the browser advice pages print. */
const WIDGET = /分享|转发|facebook|twitter|\bline\b|weibo|微博|微信|qq空间|\bapp\b|下载|字级|字号|字体|字型|大中小|小中大|评论|留言|回复|登录|登入|注册|回到顶部|返回顶部|上一篇|下一篇|打印|列印|收藏|点赞|按赞|订阅|浏览器|版权所有|copyright|©/iu;

const MAX_LABEL = 100;
const MAX_SHORT = 20;
const MAX_WIDGET = 40;

const folded = (line: string): string => foldForMatching(readableText(line).trim()).toLowerCase();

export const isLabelLine = (line: string): boolean => readableText(line).length <= MAX_LABEL && LABEL.test(folded(line));
export const isDateLine = (line: string): boolean => readableText(line).length <= MAX_LABEL && DATE.test(readableText(line));
/** A page's timestamp line: a short line that starts with a date (2019-09-24 09:10 / 2019年9月24日 来源：…). */
export const startsWithDate = (line: string): boolean => isDateLine(line) && DATE.exec(readableText(line).trimStart())?.index === 0;

export type PageLineKind = 'prose' | 'navigation' | 'widget' | 'other';

export function pageLineKind(line: string): PageLineKind {
	const plain = readableText(line).trim();
	const sentenceMarks = (plain.match(/[。！？!?]/gu) ?? []).length;
	if ((sentenceMarks > 0 && endsWithTerminal(plain) && plain.length >= 15) || (sentenceMarks > 0 && plain.length >= 60)) return 'prose';
	if (plain.length <= MAX_WIDGET && !endsWithTerminal(plain) && WIDGET.test(folded(line))) return 'widget';
	// A form's fields (1.發生日：108/09/12) are short too, but they are numbered or carry a value after a colon: content, not links.
	if (plain.length <= MAX_SHORT && !endsWithTerminal(plain) && !isListItem(plain) && !/[:：]./u.test(plain)) return 'navigation';
	return 'other';
}
