import { describe, expect, it } from 'vitest';
import { inferPublisher, publisherEvidence } from '../../src/ingest/infer/publisher.ts';
import { resolveMetadata } from '../../src/ingest/infer/metadata.ts';
import type { FoundMetadata, PublisherEvidence } from '../../src/ingest/types.ts';
import { linesDraft } from './helpers.ts';

const found = (patch: Partial<FoundMetadata> = {}): FoundMetadata => ({ authors: [], editors: [], ...patch });
const credit = (name: string, confidence: PublisherEvidence['confidence'] = 'high'): PublisherEvidence => ({ kind: 'credit', name, method: `credit ${name}`, confidence });

describe('publisher: which evidence wins', () => {
	it('a credit in the text wins over the copyright line, the batch default and the domain', () => {
		const evidence = publisherEvidence(found({ publisherEvidence: [{ kind: 'copyright', name: '某某晨报', method: 'copyright', confidence: 'low' }, credit('环球网')], sourceUrl: 'https://www.thepaper.cn/a/1' }), '浙江日报');
		expect(inferPublisher(evidence, 'hans').publisher).toMatchObject({ name: '环球时报', confidence: 'high' });
	});

	it('the batch default wins over the domain, and a copyright line over the batch default', () => {
		const byDomain = publisherEvidence(found({ sourceUrl: 'https://www.thepaper.cn/a/1' }), '浙江日报');
		expect(inferPublisher(byDomain, 'hans').publisher).toMatchObject({ name: '浙江日报', confidence: 'medium' });
		const withCopyright = publisherEvidence(found({ publisherEvidence: [{ kind: 'copyright', name: '新民网', method: 'copyright', confidence: 'medium' }] }), '浙江日报');
		expect(inferPublisher(withCopyright, 'hans').publisher?.name).toBe('新民晚报');
	});

	it("the domain alone gives its outlet, in the article's script, with low confidence", () => {
		const evidence = publisherEvidence(found({ sourceUrl: 'https://news.ltn.com.tw/news/1' }));
		expect(inferPublisher(evidence, 'hant').publisher).toMatchObject({ name: '自由時報', confidence: 'low' });
		expect(inferPublisher(evidence, 'hans').publisher?.name).toBe('自由时报');
	});

	it('names a known outlet by its own name, saying what was printed', () => {
		const { publisher } = inferPublisher([credit('南都')], 'hans');
		expect(publisher).toMatchObject({ name: '南方都市报' });
		expect(publisher?.method).toContain('printed “南都”');
	});

	it('keeps an unknown publisher as printed', () => {
		expect(inferPublisher([credit('某某晨报', 'medium')], 'hans').publisher).toMatchObject({ name: '某某晨报', confidence: 'medium' });
	});

	it('a name several outlets share is narrowed by the domain, else kept as printed', () => {
		const shared = credit('蘋果日報', 'medium');
		expect(inferPublisher([shared], 'hant').publisher?.name).toBe('蘋果日報');
		const withDomain = publisherEvidence(found({ publisherEvidence: [shared], sourceUrl: 'https://hk.appledaily.com/x' }));
		const { publisher } = inferPublisher(withDomain, 'hant');
		expect(publisher).toMatchObject({ name: '蘋果日報', confidence: 'high' });
		expect(publisher?.method).toContain('confirmed by domain');
	});

	it('a credit confirmed by another kind of evidence is certain; one credit alone keeps its confidence', () => {
		const copyright: PublisherEvidence = { kind: 'copyright', name: '新京报网', method: 'copyright', confidence: 'medium' };
		expect(inferPublisher([credit('新京报', 'medium'), copyright], 'hans').publisher?.confidence).toBe('high');
		expect(inferPublisher([credit('新京报', 'medium')], 'hans').publisher?.confidence).toBe('medium');
	});

	it('reports every piece of evidence, and finds nothing in none', () => {
		const { publisher, inferences } = inferPublisher([credit('环球网'), { kind: 'page', name: '中時電子報', method: 'notice', confidence: 'medium' }], 'hans');
		expect(publisher?.name).toBe('环球时报');
		expect(inferences.map((i) => i.field)).toEqual(['publisher evidence (credit)', 'publisher evidence (page)']);
		expect(inferPublisher([], 'hans')).toEqual({ inferences: [] });
	});

	it('the same credit found by two stages counts once', () => {
		const byline = { name: '新京报', method: 'byline “（新京报记者 王一）”', confidence: 'high' as const };
		expect(publisherEvidence(found({ publisher: byline, publisherEvidence: [{ kind: 'credit', ...byline }] }))).toHaveLength(1);
	});
});

describe('publisher: in the resolved metadata', () => {
	const draft = (patch: Partial<FoundMetadata>) => ({
		...linesDraft([]),
		blocks: [{ type: 'paragraph' as const, text: '嘉兴今年新增跨省公交线路三条。' }],
		found: found(patch),
	});

	it('an editorial override wins, and the text’s own answer is reported beside it', () => {
		const { metadata, inferences } = resolveMetadata(draft({ publisherEvidence: [credit('环球网')] }), { publisher: '解放日报' });
		expect(metadata.publisher).toBe('解放日报');
		expect(inferences).toContainEqual(expect.objectContaining({ field: 'publisher (text alone, overridden)', value: '环球时报' }));
	});

	it('the batch default is used when the text credits no one, and says so', () => {
		const { metadata } = resolveMetadata(draft({}), { defaultPublisher: '嘉兴日报' });
		expect(metadata.publisher).toBe('嘉兴日报');
		expect(metadata.publisherSource.method).toContain('--publisher');
		expect(metadata.flags.filter((f) => f.note.startsWith('出处'))).toEqual([]);
	});

	it('an explicit credit overrides the batch default', () => {
		const { metadata } = resolveMetadata(draft({ publisherEvidence: [credit('环球网')] }), { defaultPublisher: '嘉兴日报' });
		expect(metadata.publisher).toBe('环球时报');
	});

	it('with no evidence the article is flagged for the editor', () => {
		const { metadata } = resolveMetadata(draft({}), {});
		expect(metadata.publisher).toBe('');
		expect(metadata.flags.some((f) => f.note.startsWith('出处'))).toBe(true);
	});
});

describe('publisher: names that are not a publisher', () => {
	it('a cited source (据…) is evidence of that outlet, without confidence, and any other evidence comes first', () => {
		const cited = { name: '据环球网', method: 'dateline “据环球网9月1日消息”', confidence: 'high' as const };
		expect(inferPublisher(publisherEvidence(found({ publisher: cited })), 'hans').publisher).toMatchObject({ name: '环球时报', confidence: 'none' });
		const withPoster = publisherEvidence(found({ publisher: cited, publisherEvidence: [credit('某某财经网', 'low')] }));
		expect(inferPublisher(withPoster, 'hans').publisher?.name).toBe('某某财经网');
	});

	it('a site name loses its channel and its label when the site is a known outlet, wherever it was read', () => {
		const names = (name: string) => publisherEvidence(found({ publisherEvidence: [credit(name, 'medium')] })).map((e) => e.name);
		expect(names('新华网-时政频道')).toEqual(['新华网']);
		expect(names('来源：新华网_国际 原创稿')).toEqual(['新华网']);
		expect(names('嘉兴在线-民生')).toEqual(['嘉兴在线-民生']);
	});

	it('a hosting platform, or a channel path through one, is no evidence; on a hosted page neither is the host’s site or domain', () => {
		const site: PublisherEvidence = { kind: 'site', name: '某某新闻', method: 'the site’s name closing the page’s <title>', confidence: 'low' };
		const hosted = publisherEvidence(found({ publisherEvidence: [credit('某某新闻·澎湃号·政务', 'medium'), credit('城南发布', 'low'), site], sourceUrl: 'https://www.thepaper.cn/a/1' }));
		expect(hosted.map((e) => e.name)).toEqual(['城南发布']);
		expect(publisherEvidence(found({ publisherEvidence: [credit('某某财经-自媒体综合'), credit('微信公众平台')] }))).toEqual([]);
		// The host's own copyright line goes with it; another outlet's stays.
		const copyright = (name: string): PublisherEvidence => ({ kind: 'copyright', name, method: `copyright ${name}`, confidence: 'medium' });
		const onHost = publisherEvidence(found({ publisherEvidence: [credit('新民网-自媒体'), copyright('澎湃新闻'), copyright('新华社')], sourceUrl: 'https://www.thepaper.cn/a/1' }));
		expect(onHost.map((e) => e.name)).toEqual(['新华社']);
		// Not hosted: the site's name stays, as the weakest evidence.
		const own = publisherEvidence(found({ publisherEvidence: [site] }));
		expect(inferPublisher(own, 'hans').publisher).toMatchObject({ name: '某某新闻', confidence: 'low' });
	});

	it('the site’s name ranks with the domain: after a credit, the page’s metadata and the batch default', () => {
		const site: PublisherEvidence = { kind: 'site', name: '某某新闻', method: 'the site’s name closing the page’s <title>', confidence: 'low' };
		expect(inferPublisher(publisherEvidence(found({ publisherEvidence: [site, credit('城南发布', 'low')] })), 'hans').publisher?.name).toBe('城南发布');
		expect(inferPublisher(publisherEvidence(found({ publisherEvidence: [site] }), '浙江日报'), 'hans').publisher?.name).toBe('浙江日报');
	});

	it('"this site" names no one', () => {
		expect(publisherEvidence(found({ publisher: { name: '本站原创', method: 'dateline “来源：本站原创”', confidence: 'high' } }))).toEqual([]);
	});
});
