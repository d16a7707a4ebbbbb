import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, MAX_BYTES } from '../../src/ingest/stages/decode.ts';
import { RejectedInput } from '../../src/ingest/types.ts';

// Invented news-like texts (not taken from any sample article).
const HANS = [
	'记者从宁波市发展改革委获悉，2023年宁波舟山港完成货物吞吐量13.2亿吨，同比增长4.9%。',
	'今年一季度，甬舟两地新开通集装箱航线6条，港口企业新增就业岗位800余个。',
	'下一步，两地将围绕江海联运、数字港航等领域深化合作，推动长三角港口群协同发展。',
	'',
].join('\n');
const HANT = [
	'記者從蘇州市商務局獲悉，今年上半年蘇州實際使用外資達到五十二億美元，較去年同期增長六成。',
	'當地將繼續優化營商環境，加強與上海、杭州等城市的產業協作，為長三角一體化發展貢獻力量。',
	'',
].join('\n');
/** Chinese numerals and fullwidth punctuation only: in UTF-16 the only NULs are in the newlines. */
const HANS_FEW_ASCII = [
	'嘉兴市今年新建城乡公交线路十余条，沿线村民出行时间平均缩短一半以上。',
	'市交通运输局有关负责人介绍，下一步将推动与上海青浦、苏州吴江的公交线路互联互通。',
].join('\n');

function rejection(bytes: Uint8Array): string {
	try {
		decode(bytes);
	} catch (error) {
		expect(error).toBeInstanceOf(RejectedInput);
		return (error as Error).message;
	}
	throw new Error('expected the input to be rejected');
}

describe('decode: the same text in every supported encoding', () => {
	it('the fixtures survive a round trip through their legacy encodings', () => {
		expect(iconv.decode(iconv.encode(HANS, 'gb18030'), 'gb18030')).toBe(HANS);
		expect(iconv.decode(iconv.encode(HANT, 'big5'), 'big5')).toBe(HANT);
	});

	const cases: [name: string, bytes: () => Uint8Array, text: string, encoding: RegExp][] = [
		['UTF-8', () => Buffer.from(HANS, 'utf8'), HANS, /^utf-8$/],
		['UTF-8 with BOM', () => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HANS, 'utf8')]), HANS, /^utf-8/],
		['UTF-16LE with BOM', () => Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(HANS, 'utf-16le')]), HANS, /^utf-16le$/],
		['UTF-16BE with BOM', () => Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(HANS, 'utf-16be')]), HANS, /^utf-16be$/],
		['UTF-16LE without BOM', () => iconv.encode(HANS, 'utf-16le'), HANS, /^utf-16le$/],
		['UTF-16LE without BOM, Traditional', () => iconv.encode(HANT, 'utf-16le'), HANT, /^utf-16le$/],
		['UTF-16LE without BOM, almost no ASCII', () => iconv.encode(HANS_FEW_ASCII, 'utf-16le'), HANS_FEW_ASCII, /^utf-16le$/],
		['UTF-16BE without BOM', () => iconv.encode(HANS, 'utf-16be'), HANS, /^utf-16be$/],
		['GB18030', () => iconv.encode(HANS, 'gb18030'), HANS, /^gb18030$/],
		['GBK (read as GB18030, its superset)', () => iconv.encode(HANS, 'gbk'), HANS, /^gb18030$/],
		['Big5, Traditional text', () => iconv.encode(HANT, 'big5'), HANT, /^big5$/],
		['UTF-8, Traditional text', () => Buffer.from(HANT, 'utf8'), HANT, /^utf-8$/],
	];
	for (const [name, bytes, text, encoding] of cases) {
		it(`decodes ${name}`, () => {
			const decoded = decode(bytes());
			expect(decoded.text).toBe(text);
			expect(decoded.encoding).toMatch(encoding);
		});
	}

	it('a BOM never ends up in the text', () => {
		const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(HANS, 'utf8')]);
		expect(decode(withBom).text.charCodeAt(0)).not.toBe(0xfeff);
		const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(HANS, 'utf-16le')]);
		expect(decode(utf16).text.charCodeAt(0)).not.toBe(0xfeff);
	});

	it('leaves CRLF line endings and control characters to the normalize stage', () => {
		const text = '第一段，上海。\r\n第二段\u0007，杭州。\r\n';
		expect(decode(Buffer.from(text, 'utf8')).text).toBe(text);
	});

	it('GB18030 text with CRLF keeps its line endings', () => {
		const crlf = HANS.replace(/\n/g, '\r\n');
		expect(decode(iconv.encode(crlf, 'gb18030')).text).toBe(crlf);
	});
});

describe('decode: refuses what is not an article, with a one-line reason', () => {
	it('an empty file', () => {
		expect(rejection(new Uint8Array())).toMatch(/empty/);
	});

	it('a file holding only whitespace', () => {
		expect(rejection(Buffer.from(' \r\n\t\u3000\n', 'utf8'))).toMatch(/empty/);
	});

	it('a binary file (PNG-like bytes with NULs)', () => {
		const png = Buffer.from([
			0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x00, 0x08, 0x06, 0x00, 0x00, 0x00, 0x5c, 0x72, 0xa8, 0x66,
			...Array.from({ length: 400 }, (_, i) => (i * 37 + 11) % 256),
		]);
		const reason = rejection(png);
		expect(reason).toMatch(/binary/);
		expect(reason).not.toMatch(/\n/);
	});

	it('bytes that are no text in any supported encoding', () => {
		// High bytes that form no valid UTF-8 and only rare or invalid GB18030/Big5 characters.
		const noise = Buffer.from(Array.from({ length: 600 }, (_, i) => [0xff, 0x80, 0xfe, 0xa0, 0x81, 0x30, 0xfd, 0x7f][i % 8]!));
		const reason = rejection(noise);
		expect(reason).toMatch(/undecodable|binary/);
		expect(reason).not.toMatch(/\n/);
	});

	it('UTF-8 with a BOM but broken bytes after it', () => {
		const broken = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('长三角一体化', 'utf8').subarray(0, 7), Buffer.from([0xff, 0xfe, 0x80])]);
		expect(rejection(broken)).toMatch(/undecodable/);
	});

	it('a file larger than any article, before doing any work', () => {
		const big = Buffer.alloc(MAX_BYTES + 1, 0x61);
		const started = performance.now();
		expect(rejection(big)).toMatch(/too large/);
		expect(performance.now() - started).toBeLessThan(1000);
	});
});
