import { describe, expect, it } from 'vitest';
import { rawPath } from '../../src/lib/urls.ts';

describe('rawPath', () => {
	it('serves a text file under its own name', () => {
		expect(rawPath('content/raw/000_abc.txt')).toBe('/raw/000_abc.txt');
	});

	it('never serves a saved web page under an extension a host would render', () => {
		expect(rawPath('content/raw/page.html')).toBe('/raw/page.html.txt');
		expect(rawPath('content/raw/PAGE.HTM')).toBe('/raw/PAGE.HTM.txt');
	});
});
