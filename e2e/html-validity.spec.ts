import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';

/** Every HTML file of the production build (the web server built it before the tests ran). */
function htmlFiles(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		return entry.isDirectory() ? htmlFiles(path) : entry.name.endsWith('.html') ? [path] : [];
	});
}

test('every HTML file in dist/ is valid (html-validate)', async () => {
	const files = htmlFiles('dist');
	expect(files.length).toBeGreaterThan(10);
	const validator = new HtmlValidate({
		extends: ['html-validate:recommended'],
		rules: {
			// Astro writes `<!DOCTYPE html>`, attributes without quotes where allowed and no self-closing slashes.
			'doctype-style': 'off',
			'void-style': 'off',
			// Text in Chinese legitimately uses fullwidth punctuation next to markup.
			'no-trailing-whitespace': 'off',
			// Astro inlines the small stylesheet per page; CSP hashes it.
			'no-inline-style': 'off',
		},
	});
	const problems: string[] = [];
	for (const file of files) {
		const report = await validator.validateString(readFileSync(file, 'utf8'), file);
		for (const result of report.results) {
			for (const m of result.messages) problems.push(`${relative('dist', file)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
	}
	expect(problems).toEqual([]);
});
