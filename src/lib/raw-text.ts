import iconv from 'iconv-lite';

/**
 * A raw file's bytes as the site serves them: decoded from the encoding the
 * ingest recorded, as UTF-8 text that starts with one byte-order mark, so a
 * browser never guesses a legacy encoding.
 */
export function servedRawText(bytes: Buffer, encoding: string): string {
	return `\uFEFF${iconv.decode(bytes, encoding).replace(/^\uFEFF/u, '')}`;
}
