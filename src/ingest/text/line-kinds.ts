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
	return plain.length >= 4 && plain.length <= MAX_HEADLINE && hanCount(plain) >= 3 && !endsWithTerminal(plain) && !/[，,；;。]/u.test(plain) && !isCredit(plain);
}

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

const CREDIT_ROLE = String.raw`(?:特约记者|实习记者|见习记者|首席记者|摄影记者|特派记者|特派员|记者|通讯员|实习生)`;
const WRITER_ROLE = String.raw`(?:图文|文字|文|撰文|报导|报道|采访|整理|摄影|摄像|编译)`;
/** Whole-line credits, on the Simplified fold (see `isCredit`). */
const CREDIT_LINES: RegExp[] = [
	// 〔记者王小明／台北报导〕, 联合报记者王小明／台北即时报导, （中央社记者王小明台北3日电）
	new RegExp(String.raw`^[〔［【\[(（]?[^，,。\s]{0,12}?${CREDIT_ROLE}\s*[^，,。]{2,30}?(?:[／/][^，,。]{2,8}(?:报导|报道)|\d{0,2}日?专?电)[〕］】\])）]?$`, 'u'),
	// 记者 王小明 通讯员 李四, （记者 王小明）
	// (names apart from each other by a space, 、 or a role, so running text such as 记者节前夕… is no credit)
	new RegExp(String.raw`^[〔【\[(（]?[^，,。\s]{0,12}?${CREDIT_ROLE}\s*\p{Script=Han}{2,4}(?:(?:[\s、]+(?:${CREDIT_ROLE}\s*)?|${CREDIT_ROLE}\s*)\p{Script=Han}{2,4}){0,5}[〕】\])）]?$`, 'u'),
	// 报导．摄影╱王小明, 文／王小明, （文/图 王小明 李四）, 采写：南都记者 王小明, 《某专栏》作者 王小明
	new RegExp(String.raw`^${WRITER_ROLE}(?:\s*[．.·、]\s*${WRITER_ROLE})*\s*[╱/／:：]\s*\S{2,12}$`, 'u'),
	/^[(（]?(?:文[/／、]?图|图[/／、]?文)\s*[/／:：]?\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,5}[)）]?$/u,
	/^(?:采写|执笔|作者|本文作者)[:：]\s*\S.{1,30}$/u,
	/^《[^《》]{1,12}》(?:作者|记者)\s*[:：]?\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,5}$/u,
	// （中央社开罗7日电）: a wire credit naming no reporter
	new RegExp(String.raw`^[(（][^()（）\s，,。]{2,12}?(?:社|网|报|台)[^()（）\s，,。\d]{0,6}\d{0,2}日?专?电[)）]$`, 'u'),
	// （实习生王小明对此文亦有贡献）
	new RegExp(String.raw`^[(（]${CREDIT_ROLE}\s*\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4}){0,5}\s*对(?:此|本)文(?:亦|也)?有(?:所)?贡献[)）]$`, 'u'),
	// 责任编辑：张三
	/^[(（【[]?(?:责任编辑|责编|实习编辑|编辑)[:：]/u,
	// （图／记者王小明摄）, 图片：新华社, 来源：中央社
	/^[(（]?(?:图|照片|图片|影片|视频|资料照|来源)[／/:：╱]/u,
];
/** A credit closing a paragraph: …（记者 王小明）, …（中央社）. */
const CLOSING_CREDIT = new RegExp(String.raw`[(（][^()（）]{0,16}${CREDIT_ROLE}[^()（）]{1,30}[)）]$|[(（](?:来源[:：])?[^()（）\s]{2,10}(?:社|网|报|台|新闻)[)）]$`, 'u');

/** A byline, a credit or a caption credit standing as a line of its own; never joined to the text around it. */
export function isCredit(line: string): boolean {
	const plain = foldForMatching(readableText(line).trim());
	return plain.length <= 60 && CREDIT_LINES.some((pattern) => pattern.test(plain));
}

/** A line that ends with a parenthesised credit: the paragraph is over, even without a full stop. */
export const endsWithCredit = (line: string): boolean => CLOSING_CREDIT.test(foldForMatching(readableText(line).trim()));
