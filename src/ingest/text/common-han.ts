import iconv from 'iconv-lite';
import { toSimplified } from '../../lib/fold.ts';

/**
 * Whether a Han character is common: its Simplified form is in GB2312
 * level 1, the 3,755 most frequent characters (GBK lead bytes B0–D7).
 * Text decoded from the wrong bytes is full of rare characters, so this is
 * the signal both the decoder and the garbled-span detector rely on.
 */
const cache = new Map<string, boolean>();

export function isCommonHan(ch: string): boolean {
	let known = cache.get(ch);
	if (known === undefined) {
		const simplified = toSimplified(ch);
		const bytes = iconv.encode(simplified.length === 1 ? simplified : ch, 'gbk');
		known = bytes.length === 2 && bytes[0]! >= 0xb0 && (bytes[0]! < 0xd7 || (bytes[0] === 0xd7 && bytes[1]! <= 0xf9));
		cache.set(ch, known);
	}
	return known;
}

/** Share of Han characters in the text that are common (1 when there are none). */
export function commonHanRatio(text: string): number {
	let han = 0;
	let common = 0;
	for (const ch of text) {
		if (!/\p{Script=Han}/u.test(ch)) continue;
		han++;
		if (isCommonHan(ch)) common++;
	}
	return han === 0 ? 1 : common / han;
}
