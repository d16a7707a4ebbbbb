import * as OpenCC from 'opencc-js';
import type { Script } from './script';

/**
 * The two editions of the site: 简体 (`hans`) and 繁體 (`hant`). Every page
 * exists in both, converted at build time with opencc-js.
 *
 * Only the character- and phrase-level converters `cn`→`tw` and `tw`→`cn` are
 * used, never `twp`: `twp` rewrites vocabulary (支持→支援, 信息→資訊) and would
 * change what the article says.
 */
export type Edition = Script;

export const EDITIONS: readonly Edition[] = ['hans', 'hant'];

/**
 * Words that often follow a character which OpenCC's longest-match would
 * otherwise swallow into an unrelated phrase: 沪杭金发展带 is not 金髮 (blond)
 * + 展, 27个中心区 is not 箇中 + 心, 会上签署 is not 上籤 + 署.
 */
const GUARDED_WORDS = [
	...['发展', '发表', '发现', '发生', '发出', '发挥', '发布', '发起', '发动', '发行', '发言', '发达'],
	...['签署', '签订', '签约', '签字', '签名', '签证', '签发'],
	...['中心', '中国', '中央', '中华'],
];

/**
 * Guard entries for the Simplified→Traditional phrase stage: whenever a
 * phrase ends with the first character of a guarded word, the phrase followed
 * by the rest of the word converts as the phrase's other characters one by one
 * plus the word. Longest match then prefers the guard. Derived from OpenCC's
 * own dictionary, so it adapts to its updates.
 */
function phraseGuards(): [string, string][] {
	const [phrases = '', characters = ''] = OpenCC.Locale.from.cn[0] as readonly string[];
	const base = OpenCC.ConverterFactory(OpenCC.Locale.from.cn);
	const byChar = OpenCC.CustomConverter(characters);
	const guards: [string, string][] = [];
	for (const entry of phrases.split('|')) {
		const [source = ''] = entry.split(' ');
		const chars = [...source];
		if (chars.length < 2) continue;
		const last = chars.at(-1)!;
		const prefix = chars.slice(0, -1).join('');
		for (const word of GUARDED_WORDS) {
			if (!word.startsWith(last)) continue;
			const text = prefix + word;
			const good = byChar(prefix) + base(word);
			if (base(text) !== good) guards.push([text, good]);
		}
	}
	return guards;
}

const toHant = OpenCC.ConverterFactory([...OpenCC.Locale.from.cn[0]!, phraseGuards()], OpenCC.Locale.to.tw);
/**
 * The reading conversion is not the matching fold (`fold.ts`): it is for the
 * eye, so it also undoes Taiwan's variant forms (看著 reads 看着 in the 简体
 * edition; over 2,000 of the shared corpus's Traditional articles this is
 * 1,179 of its 1,212 differences from the fold), while the fold must stay
 * the plain `t→cn` the search table is generated from.
 */
const toHans = OpenCC.Converter({ from: 'tw', to: 'cn' });

export function otherEdition(edition: Edition): Edition {
	return edition === 'hans' ? 'hant' : 'hans';
}

/**
 * Text in either script, as it reads in the `to` edition. Editorial metadata
 * (a publisher's name from an override) may be in either script whatever the
 * article's script is, so it is always converted.
 */
export function toEdition(text: string, to: Edition): string {
	if (!text) return text;
	return to === 'hant' ? toHant(text) : toHans(text);
}

/** Text known to be written in `from`, as it reads in the `to` edition (unchanged when they are the same). */
export function convertText(text: string, from: Script, to: Edition): string {
	return from === to ? text : toEdition(text, to);
}

/**
 * Rendered HTML written in `from`, as it reads in the `to` edition. Text and
 * attribute values are converted (tags and names are ASCII and unaffected);
 * an element marked `translate="no"` (a garbled span, quoted as it stands) is
 * left exactly as it is, up to its closing tag.
 */
export function convertHtml(html: string, from: Script, to: Edition): string {
	if (from === to) return html;
	let out = '';
	let verbatim: string | undefined;
	let depth = 0;
	for (const part of html.split(/(<[^>]*>)/u)) {
		if (!part) continue;
		if (verbatim) {
			if (part.startsWith(`<${verbatim}`) && /^<\w/u.test(part)) depth++;
			else if (part.startsWith(`</${verbatim}`) && --depth === 0) verbatim = undefined;
			out += part;
			continue;
		}
		const open = /^<([a-z][\w-]*)\b[^>]*\btranslate="no"/iu.exec(part);
		if (open && !part.endsWith('/>')) {
			verbatim = open[1]!.toLowerCase();
			depth = 1;
			out += part;
			continue;
		}
		out += convertText(part, from, to);
	}
	return out;
}
