import { EXPORT_MEDIA_TYPES } from './citation-export';

/**
 * The site's security policy, in one place: the Content-Security-Policy
 * directives every page's `<meta>` carries (Astro adds each page's script and
 * style hashes to them, `astro.config.mjs`), and the HTTP headers a host
 * should send with every response, written by the build as `dist/_headers`
 * (Netlify, Cloudflare Pages; nginx and S3/CloudFront: docs/serving.md).
 */

/** The site-wide CSP directives of every page's `<meta>`. */
export const CSP_DIRECTIVES = ["default-src 'self'", "img-src 'self' data:", "object-src 'none'", "base-uri 'self'", "form-action 'self'"] as const;

/**
 * What a `<meta>` CSP cannot carry (browsers ignore these there), so only the
 * HTTP header can: no page of the archive may be framed (clickjacking).
 */
export const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"] as const;

/**
 * The header's CSP: the page-independent directives of the `<meta>` plus the
 * header-only ones. Both policies apply to a page, so the header never
 * repeats `default-src`: without each page's own script and style hashes
 * (which differ by page, and would not fit a host's header line) it would
 * block the inline theme script and stylesheet the `<meta>` allows.
 */
export const HEADER_CSP = [...CSP_DIRECTIVES.filter((d) => !d.startsWith('default-src ')), ...HEADER_ONLY_DIRECTIVES].join('; ');

/** Headers for every response. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
	'Content-Security-Policy': HEADER_CSP,
	/** For browsers that predate frame-ancestors. */
	'X-Frame-Options': 'DENY',
	/** A `/raw/*.txt` or a JSON file is never run as a script or rendered as HTML. */
	'X-Content-Type-Options': 'nosniff',
	/** Other sites learn that a reader came from the archive, never which article or search. */
	'Referrer-Policy': 'strict-origin-when-cross-origin',
};

/** Files whose names change with their content (Astro's bundles, Pagefind's index), so they can be cached for a year. */
export const IMMUTABLE_PATHS = ['/_astro/*', '/pagefind/index/*', '/pagefind/fragment/*', '/pagefind/filter/*', '/pagefind/*.pf_meta'] as const;
export const IMMUTABLE_CACHE = 'public, max-age=31536000, immutable';

/**
 * Files whose type a host cannot tell from their extension (it would send
 * none, or a guess, which `nosniff` then holds the browser to): the citation
 * files and the open data's JSON Lines. `.json` files need no rule.
 */
export const CONTENT_TYPES: Readonly<Record<string, string>> = {
	'/*.bib': EXPORT_MEDIA_TYPES.bib,
	'/*.ris': EXPORT_MEDIA_TYPES.ris,
	'/data/articles.jsonl': 'application/jsonl; charset=utf-8',
};

/** The media type `_headers` gives a path, when it gives one (a `/*.ext` rule matches any path ending in `.ext`). */
export function contentTypeFor(path: string): string | undefined {
	return Object.entries(CONTENT_TYPES).find(([rule]) => (rule.startsWith('/*') ? path.endsWith(rule.slice(2)) : path === rule))?.[1];
}

/**
 * The `_headers` file. Each header is set by one rule only: hosts join the
 * values of every rule that matches a path with a comma.
 */
export function headersFile(): string {
	const block = (path: string, headers: Record<string, string>) => `${path}\n${Object.entries(headers).map(([name, value]) => `  ${name}: ${value}\n`).join('')}`;
	return [
		'# Written by the build (src/lib/security-headers.ts); docs/serving.md has the nginx and CloudFront equivalents.\n',
		block('/*', SECURITY_HEADERS),
		...IMMUTABLE_PATHS.map((path) => block(path, { 'Cache-Control': IMMUTABLE_CACHE })),
		...Object.entries(CONTENT_TYPES).map(([path, type]) => block(path, { 'Content-Type': type })),
	].join('');
}
