import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import { expectQrCodes, qrSvg } from '../../src/lib/qr.ts';

/** What the pages got before codes moved to a worker thread: the library on the main thread. */
const direct = (url: string) => QRCode.toString(url, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, color: { dark: '#000000', light: '#ffffff' } });

describe('qrSvg (on a worker thread)', () => {
	it('gives exactly the code the library makes, for announced and unannounced URLs, in any order', async () => {
		const paths = Array.from({ length: 40 }, (_, i) => `/articles/2020-09-${i}-shi-yan/`);
		const urls = paths.map((path) => `https://example.org${path}`);
		expectQrCodes(paths.slice(0, 30));
		const asked = [urls[29]!, urls[0]!, urls[35]!, ...urls.slice(1, 29), ...urls.slice(30, 35), ...urls.slice(36)];
		const codes = await Promise.all(asked.map((url) => qrSvg(url)));
		expect(codes).toEqual(await Promise.all(asked.map(direct)));
		expect(new Set(codes).size).toBe(urls.length);
	});

	it('answers the same URL asked again, while its first code is still being made', async () => {
		const url = 'https://example.org/articles/twice/';
		const [first, second] = await Promise.all([qrSvg(url), qrSvg(url)]);
		expect(first).toBe(await direct(url));
		expect(second).toBe(first);
	});
});
