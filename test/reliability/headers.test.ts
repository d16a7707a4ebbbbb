import { describe, expect, it } from 'vitest';
import { CONTENT_TYPES, contentTypeFor, CSP_DIRECTIVES, HEADER_CSP, headersFile, IMMUTABLE_PATHS } from '../../src/lib/security-headers.ts';

/**
 * Site: the `_headers` file the build writes (Netlify, Cloudflare Pages).
 * The e2e suite (`e2e/reliability.spec.ts`) checks the written file against
 * every built page's own CSP; these check the file's rules themselves.
 */

/** `_headers` as rules: path → headers (name → value). */
function parseHeaders(text: string): Map<string, Map<string, string>> {
	const rules = new Map<string, Map<string, string>>();
	let current: Map<string, string> | undefined;
	for (const line of text.split('\n')) {
		if (!line.trim() || line.startsWith('#')) continue;
		if (!line.startsWith(' ')) rules.set(line, (current = new Map()));
		else {
			const [, name, value] = /^\s+([\w-]+):\s*(.*)$/u.exec(line) ?? [];
			expect(current, `header line before any path: ${line}`).toBeDefined();
			current!.set(name!, value!);
		}
	}
	return rules;
}

const directives = (csp: string) => new Map(csp.split(';').map((d) => d.trim()).filter(Boolean).map((d) => [d.split(/\s+/u)[0]!, d.replace(/\s+/gu, ' ')]));

describe('_headers', () => {
	const rules = parseHeaders(headersFile());
	const all = rules.get('/*')!;

	it('every response forbids framing, sniffing and full referrers', () => {
		expect(directives(all.get('Content-Security-Policy')!).get('frame-ancestors')).toBe("frame-ancestors 'none'");
		expect(all.get('X-Frame-Options')).toBe('DENY');
		expect(all.get('X-Content-Type-Options')).toBe('nosniff');
		expect(all.get('Referrer-Policy')).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/u);
	});

	it('the header CSP repeats every site-wide directive of the pages’ <meta> but default-src, which would block their hashed inline scripts', () => {
		const header = directives(HEADER_CSP);
		for (const directive of CSP_DIRECTIVES) {
			const [name] = directive.split(' ');
			if (name === 'default-src') expect(header.has(name)).toBe(false);
			else expect(header.get(name!)).toBe(directive);
		}
		for (const name of ['script-src', 'style-src', 'default-src']) expect(header.has(name), name).toBe(false);
		expect(HEADER_CSP).not.toMatch(/unsafe-inline|'unsafe-eval'/u);
	});

	it('hashed assets are cached for a year, immutable; nothing else is', () => {
		for (const path of IMMUTABLE_PATHS) expect(rules.get(path)?.get('Cache-Control')).toBe('public, max-age=31536000, immutable');
		expect(rules.get('/_astro/*')).toBeDefined();
		expect(all.has('Cache-Control')).toBe(false);
	});

	it('no header is set by two rules (hosts would join their values with a comma)', () => {
		// Every other rule's paths are also matched by /*, and the immutable rules' paths do not overlap.
		expect(rules.size).toBe(1 + IMMUTABLE_PATHS.length + Object.keys(CONTENT_TYPES).length);
		for (const [path, headers] of rules) {
			if (path !== '/*') for (const name of headers.keys()) expect(all.has(name), `${name} in ${path} and /*`).toBe(false);
		}
	});

	it('gives the citation files and the JSON Lines their media types, and nothing else one', () => {
		expect(rules.get('/*.bib')?.get('Content-Type')).toBe('application/x-bibtex; charset=utf-8');
		expect(rules.get('/*.ris')?.get('Content-Type')).toBe('application/x-research-info-systems; charset=utf-8');
		expect(rules.get('/data/articles.jsonl')?.get('Content-Type')).toBe('application/jsonl; charset=utf-8');
		expect(contentTypeFor('/zh-hant/tags/jinhua/cite.ris')).toBe('application/x-research-info-systems; charset=utf-8');
		expect(contentTypeFor('/articles/x/cite.json')).toBeUndefined();
		expect(contentTypeFor('/articles/x/')).toBeUndefined();
		expect(all.has('Content-Type')).toBe(false);
	});

		it('fits Cloudflare Pages’ limits: at most 100 rules, 2,000 characters a line, one splat per path', () => {
		expect(rules.size).toBeLessThanOrEqual(100);
		for (const line of headersFile().split('\n')) expect(line.length).toBeLessThanOrEqual(2000);
		for (const path of rules.keys()) expect(path.split('*').length - 1, path).toBeLessThanOrEqual(1);
	});
});
