import { describe, expect, it } from 'vitest';
import { foldForMatching } from '../../src/lib/fold.ts';
import { outletAtUrl, outletMentions, outlets, outletsNamed, parseOutlets } from '../../src/ingest/text/outlets.ts';
import { isPersonalName } from '../../src/ingest/text/names.ts';

describe('outlets data', () => {
	it('covers the major mainland, Taiwan and Hong Kong outlets', () => {
		const ids = new Set(outlets.list.map((o) => o.id));
		const wanted = ['xinhua', 'peoples-daily', 'cctv', 'chinanews', 'the-paper', 'bjnews', 'southern-metropolis', 'reference-news', 'global-times', 'jiemian', 'yicai', 'jiefang-daily', 'wenhui-daily', 'xinmin-evening', 'zhejiang-daily', 'xinhua-daily', 'anhui-daily', 'china-youth-daily', 'economic-daily', 'guangming-daily', 'cna', 'udn', 'ltn', 'china-times', 'apple-daily-tw', 'ettoday', 'setn', 'tvbs', 'pts', 'storm', 'nownews', 'ebc', 'ming-pao', 'sing-tao', 'oriental-daily', 'hk01', 'apple-daily-hk', 'hket', 'ta-kung-pao', 'wen-wei-po', 'rthk', 'now-news'];
		expect(wanted.filter((id) => !ids.has(id))).toEqual([]);
		expect(outlets.list.length).toBeGreaterThanOrEqual(50);
		for (const region of ['mainland', 'taiwan', 'hongkong'] as const) expect(outlets.list.filter((o) => o.region === region).length).toBeGreaterThanOrEqual(12);
	});

	it("each outlet's two names are the same name in the two scripts", () => {
		// 鉅亨網 (and its fund house 鉅亨投顧) write themselves 钜亨 in Simplified; opencc folds 鉅 to 巨.
		const ownSimplified = new Set(['cnyes', 'cnyes-fund']);
		const mismatched = outlets.list.filter((o) => foldForMatching(o.name.hant) !== o.name.hans && !ownSimplified.has(o.id));
		expect(mismatched.map((o) => o.id)).toEqual([]);
	});

	it('no domain belongs to two outlets', () => {
		const domains = outlets.list.flatMap((o) => o.domains);
		expect(domains.filter((d, i) => domains.indexOf(d) !== i)).toEqual([]);
	});

	it('no outlet name passes as a personal name', () => {
		const names = outlets.list.flatMap((o) => [o.name.hans, o.name.hant, ...o.aliases]);
		expect(names.filter(isPersonalName)).toEqual([]);
	});

	it('rejects a duplicate id, an invalid byline pattern and an unknown field, naming the file', () => {
		const one = 'outlets:\n  - { id: a-b, name: { hans: 甲乙报, hant: 甲乙報 }, region: mainland }\n';
		expect(() => parseOutlets(one + one.replace('outlets:\n', ''), 'x.yaml')).toThrow(/x\.yaml: outlet id a-b is used twice/u);
		expect(() => parseOutlets(one.replace('region: mainland', "region: mainland, bylines: ['(']"), 'x.yaml')).toThrow(/x\.yaml: outlet a-b byline/u);
		expect(() => parseOutlets(one.replace('region: mainland', 'region: mainland, slogan: 好'), 'x.yaml')).toThrow(/invalid x\.yaml/u);
	});
});

describe('outlets: lookups', () => {
	it('finds an outlet by any name or alias, in either script', () => {
		expect(outletsNamed('南都').map((o) => o.id)).toEqual(['southern-metropolis']);
		expect(outletsNamed('聯合新聞網').map((o) => o.id)).toEqual(['udn']);
		expect(outletsNamed('联合新闻网').map((o) => o.id)).toEqual(['udn']);
		expect(outletsNamed('cctv').map((o) => o.id)).toEqual(['cctv']);
		expect(outletsNamed('某某晨报')).toEqual([]);
	});

	it("narrows a shared name by the article's script, and keeps all when the script cannot tell", () => {
		expect(outletsNamed('经济日报', 'hans').map((o) => o.id)).toEqual(['economic-daily']);
		expect(outletsNamed('經濟日報', 'hant').map((o) => o.id).sort()).toEqual(['economic-daily-tw', 'hket']);
		expect(outletsNamed('蘋果日報', 'hant').map((o) => o.id).sort()).toEqual(['apple-daily-hk', 'apple-daily-tw']);
	});

	it('finds the outlet of a URL by its longest matching domain', () => {
		expect(outletAtUrl('https://money.udn.com/money/story/1/2')?.outlet.id).toBe('economic-daily-tw');
		expect(outletAtUrl('https://udn.com/news/story/1')?.outlet.id).toBe('udn');
		expect(outletAtUrl('https://tw.appledaily.com/x')?.outlet.id).toBe('apple-daily-tw');
		expect(outletAtUrl('https://www.example.com/')).toBeUndefined();
		expect(outletAtUrl('not a url')).toBeUndefined();
	});

	it('lists the outlet names printed in a text, Latin ones only as whole words', () => {
		expect(outletMentions('本文由環球網與中新網聯合發布')).toEqual(['環球網', '中新網']);
		expect(outletMentions('CNAME records and TVBSX')).toEqual([]);
		expect(outletMentions('TVBS 報導')).toEqual(['TVBS']);
	});
});

describe('personal names', () => {
	for (const name of ['王小明', '歐陽明華', '葉真', '張簡美玲', '洪美玉']) it(`${name} is a name`, () => expect(isPersonalName(name)).toBe(true));
	for (const name of ['台北', '華盛頓', '新华社', '聯合報', '记者', '攝影', '现场直击', '上海报道', '王']) it(`${name} is not a name`, () => expect(isPersonalName(name)).toBe(false));
});
