/** Character classes shared by the cleaner's stages. */

/** One Han character (CJK ideograph, any block). */
export const HAN = /\p{Script=Han}/u;
/** Fullwidth/CJK punctuation that can sit inside Chinese text. */
export const CJK_PUNCT = '，。、；：？！（）《》〈〉「」『』“”‘’—…·【】〔〕～';
/** Punctuation that can end a sentence or a paragraph. */
export const TERMINAL_PUNCT = '。！？!?…；”」』）)】〕';
/** Characters that can stand for a number: digits and Chinese numerals. */
export const NUMERAL = '0123456789零〇一二三四五六七八九十百千万亿两';

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);
export const isCjkPunct = (ch: string | undefined): boolean => ch !== undefined && CJK_PUNCT.includes(ch);
/** Han characters and CJK punctuation: the context in which ASCII punctuation should become fullwidth. */
export const isChineseContext = (ch: string | undefined): boolean => isHan(ch) || isCjkPunct(ch);
export const endsWithTerminal = (s: string): boolean => s.length > 0 && TERMINAL_PUNCT.includes(s.trimEnd().slice(-1));
export const hanCount = (s: string): number => (s.match(/\p{Script=Han}/gu) ?? []).length;
