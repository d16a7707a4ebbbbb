import { extname } from 'node:path';

/**
 * Whether a raw file is a saved web page: by its name (`.html`, `.htm`), or,
 * whatever its name (a page saved as `.txt`), by how it starts: a doctype or
 * an `<html>` tag after at most a BOM, whitespace and comments.
 */
const PAGE_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
const SNIFF_BYTES = 2048;
const HTML_START = /^(?:\uFEFF)?(?:\s|<!--[\s\S]*?-->|<\?xml[^>]*>)*<(?:!doctype\s+html|html[\s>])/iu;

export function isWebPage(file: string, bytes: Uint8Array): boolean {
	if (PAGE_EXTENSIONS.has(extname(file).toLowerCase())) return true;
	// Only the ASCII of the markup matters here; a UTF-16 page is not sniffed (its NULs are refused as binary later).
	return HTML_START.test(Buffer.from(bytes.subarray(0, SNIFF_BYTES)).toString('latin1').replace(/^\xEF\xBB\xBF/u, ''));
}
