import { foldForMatching } from '../../lib/fold.ts';
import { endsWithTerminal, hanCount } from './chars.ts';
import { readableText } from './markers.ts';

/**
 * What kind of line a line is. The line stages (titles, displaced headlines,
 * rejoining, block segmentation) all ask these same questions, so they are
 * answered once, here.
 */
export const MAX_HEADLINE = 40;

/** A line that reads as a headline: short, not a sentence, and not a credit (a byline is as short as a headline). */
export function isHeadlineLike(line: string): boolean {
	const plain = readableText(line).trim();
	return plain.length >= 4 && plain.length <= MAX_HEADLINE && hanCount(plain) >= 3 && !endsWithTerminal(plain) && !/[，,；;。]/u.test(plain) && !isCreditLine(plain);
}

/**
 * A credit, in the Simplified fold: it opens with a role and a name (记者 张三 / 文／李四
 * / 〔记者王五／台北报导〕), ends in 报导/报道, or ties a role to a name with a
 * slash or colon (报导．摄影╱赵六). A credit names people; it is no headline.
 */
const CREDIT = /^[（(〔［[【]?(?:本报|本刊)?(?:特约|驻地)?(?:(?:记者|通讯员|实习生|特派员|责任编辑|责编|编辑|撰文|撰稿|摄影|作者)(?=[\s/／╱:：丨|]|\p{Script=Han}{2,4}(?:[\s、，,/／╱）)〕]|$))|(?:文|图|图文)\s*[/／╱:：丨|])|(?:报道|报导)[〕）)\]】]?$|(?:记者|通讯员|摄影|报道|报导|撰文)\s*[/／╱:：]/u;
/** A credit line: short, with a credit word. */
export const isCreditLine = (line: string): boolean => {
	const plain = readableText(line).trim();
	return plain.length <= MAX_HEADLINE && CREDIT.test(foldForMatching(plain));
};

const CAPTION_START = /^(图|圖)[①-⑳0-9一二三四五六七八九十]{0,3}[:：]|^(图为|圖為|上图|下图|左图|右图)[:：]?/u;
const PHOTO_CREDIT = /^[（(]?[\p{Script=Han}A-Za-z·\s]{2,20}(摄|攝|供图|供圖|提供)([(（][^()（）]{1,12}[)）])?[)）]?$|^(图片来源|圖片來源|图片|圖片|摄影|攝影)[:：/／]\s*\S{2,20}$/u;
/** List items and form fields: 1. / 第一， / （一） / 一、 / (2) */
const LIST_ITEM = /^(\d+[.、．]|第[一二三四五六七八九十]+[，,、]|[（(][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十]+、)/u;

/** A figure caption: 图①：… / 图为… */
export const isCaptionStart = (line: string): boolean => CAPTION_START.test(line.trim());
/** A photo credit: 柴大寰摄（人民视觉） / 松江区委宣传部供图 / 图片来源：… */
export const isPhotoCredit = (line: string): boolean => PHOTO_CREDIT.test(line.trim());
export const isListItem = (line: string): boolean => LIST_ITEM.test(line.trim());

/**
 * A fragment of running text that stops mid-sentence: long enough, or holding
 * a clause break, with no sentence end and no closing colon (全文如下： / 此致
 * introduce what follows), and not a heading, caption or credit.
 */
export function isProseFragment(line: string): boolean {
	const plain = readableText(line).trim();
	const prose = plain.length >= 40 || (plain.length >= 12 && /[，,、]/u.test(plain));
	return prose && !endsWithTerminal(plain) && !/[：:]$/u.test(plain) && !isHeadlineLike(line) && !isCaptionStart(line) && !isPhotoCredit(line) && !isListItem(line);
}
