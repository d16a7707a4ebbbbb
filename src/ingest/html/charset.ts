import iconv from 'iconv-lite';
import { RejectedInput } from '../types.ts';
import { decodeByBom, decodeLegacy, strictUtf8 } from '../stages/decode.ts';
import { commonHanRatio } from '../text/common-han.ts';

/**
 * Decoding a saved web page: its byte-order mark, else the charset it
 * declares (`<meta charset>`, `http-equiv="content-type"`), else detection
 * (the same GB18030/Big5 detection as text files). A declaration is
 * evidence, not truth: pages are often re-saved in another encoding than
 * their markup says, so the declared decoding must read as clean text.
 */

/** Saved pages carry inline styles and scripts, so they may be larger than a text article; past this they are refused unread. */
export const MAX_PAGE_BYTES = 8 * 1024 * 1024;

/** The HTML standard's prescan looks at the first 1024 bytes; saved pages often put long comments first, so a little more. */
const PRESCAN_BYTES = 4096;
const META_CHARSET = /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)/iu;

export interface DecodedPage {
	text: string;
	/** An iconv-lite name, so the raw file can be decoded again the same way (`src/pages/raw/[file].ts`). */
	encoding: string;
	/** How the encoding was chosen, for the report. */
	evidence: string;
}

/** GB2312 and GBK pages are read as GB18030, their superset (pages labelled GB2312 routinely use GBK characters). */
function canonicalCharset(label: string): string | undefined {
	const name = label.toLowerCase().replace(/^x-/u, '');
	if (/^(gb2312|gbk|gb18030|cp936|euc-cn|hz-gb-2312)$/u.test(name)) return 'gb18030';
	if (/^(big5|big5-hkscs|cp950)$/u.test(name)) return 'big5';
	if (/^utf-?8$/u.test(name)) return 'utf-8';
	return iconv.encodingExists(name) ? name : undefined;
}

/** The charset the page declares in its head, if any. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
	const head = Buffer.from(bytes.subarray(0, PRESCAN_BYTES)).toString('latin1');
	return META_CHARSET.exec(head)?.[1];
}

const replacementShare = (text: string): number => (text.match(/\uFFFD/gu) ?? []).length / Math.max(1, text.length);
const hasNonAscii = (bytes: Uint8Array): boolean => bytes.some((byte) => byte > 0x7f);

export function decodePage(bytes: Uint8Array): DecodedPage {
	if (bytes.length > MAX_PAGE_BYTES) {
		throw new RejectedInput(`web page too large (${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_PAGE_BYTES / 1048576} MB)`);
	}
	const bom = decodeByBom(bytes);
	if (bom) return { text: bom.text, encoding: bom.encoding.startsWith('utf-8') ? 'utf-8' : bom.encoding, evidence: 'byte-order mark' };

	const label = declaredCharset(bytes);
	const declared = label === undefined ? undefined : canonicalCharset(label);
	const utf8 = strictUtf8(bytes);
	if (declared === 'utf-8' && utf8 !== undefined) return { text: utf8, encoding: 'utf-8', evidence: `declared charset ${label}` };
	if (declared && declared !== 'utf-8') {
		// Legacy-encoded Chinese is practically never valid UTF-8: valid UTF-8 with non-ASCII bytes was re-saved as UTF-8.
		if (utf8 !== undefined && hasNonAscii(bytes)) return { text: utf8, encoding: 'utf-8', evidence: `declared charset ${label}, but the bytes are valid UTF-8` };
		const text = iconv.decode(Buffer.from(bytes), declared);
		if (replacementShare(text) < 0.001 && (commonHanRatio(text) > 0.5 || !/\p{Script=Han}/u.test(text))) {
			return { text, encoding: declared, evidence: `declared charset ${label}` };
		}
	}
	if (utf8 !== undefined) return { text: utf8, encoding: 'utf-8', evidence: label ? `declared charset ${label} does not fit the bytes; valid UTF-8` : 'no declared charset; valid UTF-8' };
	const detected = detectLegacy(bytes, label);
	return { text: detected.text, encoding: detected.encoding, evidence: `${label ? `declared charset ${label} does not fit the bytes` : 'no declared charset'}; detected ${detected.encoding}` };
}

function detectLegacy(bytes: Uint8Array, label: string | undefined): { text: string; encoding: string } {
	try {
		return decodeLegacy(bytes);
	} catch (error) {
		if (error instanceof RejectedInput && label) throw new RejectedInput(`${error.message}; the page declares charset ${label}`);
		throw error;
	}
}
