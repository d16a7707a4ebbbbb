import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { RejectedInput } from '../types.ts';
import { commonHanRatio } from '../text/common-han.ts';
import { hanCount } from '../text/chars.ts';

/**
 * Stage 1 — decode: bytes to text. Handles UTF-8 (with or without BOM),
 * UTF-16 (BOM or NUL-pattern), GB18030/GBK and Big5. Refuses empty, binary
 * and undecodable input with a one-line reason.
 */

/** News articles are well under this; a larger file is a scrape error, refused before any work is done. */
export const MAX_BYTES = 2 * 1024 * 1024;

export interface Decoded {
	text: string;
	encoding: string;
}

const REPLACEMENT = /\uFFFD/gu;

export function decode(bytes: Uint8Array): Decoded {
	if (bytes.length === 0) throw new RejectedInput('empty file (0 bytes)');
	if (bytes.length > MAX_BYTES) {
		throw new RejectedInput(`too large for one article (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_BYTES / 1048576} MB)`);
	}
	const decoded = decodeByBom(bytes) ?? decodeUtf16ByNuls(bytes) ?? decodeUtf8Strict(bytes) ?? decodeLegacy(bytes);
	if (decoded.text.trim() === '') throw new RejectedInput('empty file (only whitespace)');
	return decoded;
}

export function decodeByBom(bytes: Uint8Array): Decoded | undefined {
	if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: strictUtf8(bytes.subarray(3)) ?? rejectUndecodable(), encoding: 'utf-8 (BOM)' };
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' };
	return undefined;
}

/**
 * UTF-16 without a BOM: Chinese text in UTF-16 still has NULs in the high byte
 * of every ASCII character (and in the low byte of a few Han ones, such as 一).
 * Text with few ASCII characters (Chinese numerals, fullwidth punctuation) has
 * few NULs: then the decoded text must be mostly common Han characters.
 */
function decodeUtf16ByNuls(bytes: Uint8Array): Decoded | undefined {
	let evenNuls = 0;
	let oddNuls = 0;
	for (let i = 0; i < bytes.length; i++) if (bytes[i] === 0) i % 2 === 0 ? evenNuls++ : oddNuls++;
	const nuls = evenNuls + oddNuls;
	if (nuls === 0) return undefined;
	const pairs = bytes.length / 2;
	if (bytes.length % 2 === 0) {
		const order = oddNuls >= evenNuls ? (['utf-16le', 'utf-16be'] as const) : (['utf-16be', 'utf-16le'] as const);
		for (const encoding of order) {
			const [asciiNuls, otherNuls] = encoding === 'utf-16le' ? [oddNuls, evenNuls] : [evenNuls, oddNuls];
			const text = iconv.decode(Buffer.from(bytes), encoding);
			const controls = (text.match(/[\u0000-\u0008\u000e-\u001f]/gu) ?? []).length;
			const dense = asciiNuls > otherNuls * 4 && asciiNuls > pairs * 0.05;
			const hanRich = hanCount(text) > text.replace(/\s/gu, '').length * 0.5;
			if (controls < text.length * 0.01 && commonHanRatio(text) > 0.6 && (dense || hanRich)) return { text, encoding };
		}
	}
	throw new RejectedInput(`binary file (${nuls} NUL bytes; not text in any supported encoding)`);
}

export function strictUtf8(bytes: Uint8Array): string | undefined {
	try {
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		return undefined;
	}
}

function decodeUtf8Strict(bytes: Uint8Array): Decoded | undefined {
	const text = strictUtf8(bytes);
	return text === undefined ? undefined : { text, encoding: 'utf-8' };
}

/**
 * Not valid UTF-8: try the legacy Chinese encodings and keep the decoding
 * whose Han characters look like real text (mostly common characters, no
 * replacement characters). The detector's guess breaks ties.
 */
export function decodeLegacy(bytes: Uint8Array): Decoded {
	const buffer = Buffer.from(bytes);
	const guess = jschardet.detect(buffer).encoding?.toLowerCase() ?? '';
	const candidates = ['gb18030', 'big5', 'utf-8'].map((encoding) => {
		const text = iconv.decode(buffer, encoding);
		const bad = (text.match(REPLACEMENT) ?? []).length / Math.max(1, text.length);
		const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u007f]/gu) ?? []).length / Math.max(1, text.length);
		const detectorBonus = guess.includes(encoding.replace('gb18030', 'gb')) ? 0.01 : 0;
		return { encoding, text, bad, controls, score: commonHanRatio(text) - bad * 10 - controls * 10 + detectorBonus };
	});
	candidates.sort((a, b) => b.score - a.score);
	const best = candidates[0]!;
	if (best.controls > 0.05) throw new RejectedInput(`binary file (${Math.round(best.controls * 100)}% control characters)`);
	if (best.bad > 0.01 || best.score < 0.5) rejectUndecodable();
	return { text: best.text, encoding: best.encoding };
}

function rejectUndecodable(): never {
	throw new RejectedInput('undecodable bytes (not valid UTF-8, UTF-16, GB18030 or Big5)');
}
