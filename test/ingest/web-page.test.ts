import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { clean, firstDraft } from '../../src/ingest/pipeline.ts';
import { decodePage } from '../../src/ingest/html/charset.ts';
import { isWebPage } from '../../src/ingest/html/sniff.ts';
import { stripSiteSuffix } from '../../src/ingest/html/page-metadata.ts';
import { RejectedInput } from '../../src/ingest/types.ts';

// Synthetic pages written for these tests: invented sentences about invented events, no text from any real page.
const HANS_PARAGRAPHS = [
	'记者从湖州市交通运输局获悉，连接南浔古镇与嘉兴西塘的城际公交专线本月起正式开通，全程约五十分钟。',
	'据介绍，专线每天往返十二班，沿途设置八个站点，两地居民可以使用同一张交通卡乘车。',
	'市交通运输局有关负责人表示，下一步将继续加密班次，并研究开通通往苏州吴江的线路。',
];
const HANT_PARAGRAPHS = [
	'記者從新竹縣政府獲悉，縣內首座社區共享圖書館今天啟用，館內藏書約八千冊，開放時間延長至晚上九點。',
	'縣府表示，圖書館由閒置的活動中心改建而成，預計每年可服務上萬人次的居民與學生。',
	'承辦單位說，未來將與鄰近學校合作舉辦讀書會，並逐步增加外文與兒童讀物。',
];
const HEADLINE = '南浔至西塘城际公交专线开通';

interface PageParts {
	charset?: string;
	head?: string;
	title?: string;
	body?: string;
	paragraphs?: string[];
}

function page({ charset, head = '', title = `${HEADLINE}_示例新闻网`, body, paragraphs = HANS_PARAGRAPHS }: PageParts = {}): string {
	const meta = charset ? `<meta charset="${charset}">` : '';
	const article = body ?? `<h1>${HEADLINE}</h1><div class="info">发布时间：2024-03-05 09:30　来源：示例日报</div><div class="article">${paragraphs.map((p) => `<p>${p}</p>`).join('')}</div><p class="editor">责任编辑：王小明</p>`;
	return `<!DOCTYPE html><html lang="zh-CN"><head>${meta}<title>${title}</title>${head}</head><body><nav><a href="/">首页</a><a href="/a">国内</a><a href="/b">国际</a><a href="/c">财经</a></nav><main>${article}</main><footer><a href="/about">关于我们</a> 版权所有 示例新闻网</footer></body></html>`;
}

const utf8 = (html: string): Uint8Array => new TextEncoder().encode(html);

function rejection(bytes: Uint8Array, file = 'content/raw/page.html'): string {
	try {
		clean(bytes, file);
	} catch (error) {
		expect(error).toBeInstanceOf(RejectedInput);
		return (error as Error).message;
	}
	throw new Error('expected the page to be refused');
}

const bodyText = (bytes: Uint8Array, file = 'content/raw/page.html') => clean(bytes, file).plainText;

describe('which files are web pages', () => {
	it('takes .html and .htm by name, and sniffs an HTML document inside a .txt', () => {
		const text = utf8('记者从市里获悉，新的公交线路已经开通。');
		expect(isWebPage('a.html', text)).toBe(true);
		expect(isWebPage('a.HTM', text)).toBe(true);
		expect(isWebPage('a.txt', text)).toBe(false);
		expect(isWebPage('a.txt', utf8('\uFEFF<!-- saved -->\n<!doctype html><html>'))).toBe(true);
		expect(isWebPage('a.txt', utf8('  <html lang="zh"><head>'))).toBe(true);
		// A text article that merely mentions a tag is not a page.
		expect(isWebPage('a.txt', utf8('记者写道：<html> 标签是网页的开头。'))).toBe(false);
	});
});

describe('decoding a web page', () => {
	it('reads a GBK page by its declared charset (gb2312 read as its superset)', () => {
		const bytes = iconv.encode(page({ charset: 'gb2312' }), 'gbk');
		const decoded = decodePage(bytes);
		expect(decoded.encoding).toBe('gb18030');
		expect(decoded.evidence).toContain('declared charset gb2312');
		expect(decoded.text).toContain(HANS_PARAGRAPHS[1]);
	});

	it('reads a Big5 page declared in http-equiv', () => {
		const head = '<meta http-equiv="Content-Type" content="text/html; charset=big5">';
		const bytes = iconv.encode(page({ head, paragraphs: HANT_PARAGRAPHS, title: '社區共享圖書館啟用' }).replace('<head>', `<head>${head}`), 'big5');
		const cleaned = clean(bytes, 'content/raw/big5.htm');
		expect(cleaned.encoding).toBe('big5');
		expect(cleaned.plainText).toContain('縣府表示，圖書館由閒置的活動中心改建而成');
	});

	it('detects the encoding of a page that declares none', () => {
		const decoded = decodePage(iconv.encode(page({ paragraphs: HANT_PARAGRAPHS }), 'big5'));
		expect(decoded.encoding).toBe('big5');
		expect(decoded.evidence).toContain('no declared charset');
	});

	it('does not believe a declaration the bytes contradict', () => {
		// Declared UTF-8, written in GBK.
		const lyingUtf8 = decodePage(iconv.encode(page({ charset: 'utf-8' }), 'gbk'));
		expect(lyingUtf8.encoding).toBe('gb18030');
		expect(lyingUtf8.evidence).toContain('does not fit');
		expect(lyingUtf8.text).toContain(HANS_PARAGRAPHS[0]);
		// Declared GBK, re-saved as UTF-8.
		const lyingGbk = decodePage(utf8(page({ charset: 'gbk' })));
		expect(lyingGbk.encoding).toBe('utf-8');
		expect(lyingGbk.evidence).toContain('valid UTF-8');
		// Declared Big5, written in GBK.
		const lyingBig5 = decodePage(iconv.encode(page({ charset: 'big5' }), 'gbk'));
		expect(lyingBig5.encoding).toBe('gb18030');
		expect(lyingBig5.text).toContain(HANS_PARAGRAPHS[2]);
	});

	it('lets a byte-order mark win over the declaration', () => {
		const decoded = decodePage(utf8(`\uFEFF${page({ charset: 'gbk' })}`));
		expect(decoded).toMatchObject({ encoding: 'utf-8', evidence: 'byte-order mark' });
	});
});

describe('the article of a web page', () => {
	it('keeps the article as text lines, one per block, with the labels next to it', () => {
		const draft = firstDraft(utf8(page({ charset: 'utf-8' })), 'content/raw/page.html');
		const lines = draft.text.split('\n');
		expect(lines).toEqual(['发布时间：2024-03-05 09:30　来源：示例日报', ...HANS_PARAGRAPHS, '责任编辑：王小明']);
		// The headline is metadata, not a body line; the navigation and footer are quoted as removed.
		expect(draft.found.title).toMatchObject({ text: HEADLINE, method: 'page metadata: the page’s <h1>' });
		expect(draft.removed.map((r) => r.text)).toEqual(expect.arrayContaining(['首页国内国际财经', '关于我们 版权所有 示例新闻网']));
		expect(draft.removed.every((r) => r.kind === 'page:outside-article')).toBe(true);
	});

	it('quotes a wall of hidden keywords by its start and length, not in full', () => {
		const keywords = Array.from({ length: 800 }, (_, i) => `关键词${i}`).join(' ');
		const draft = firstDraft(utf8(page().replace('</footer>', `<div class="seo">${keywords}</div></footer>`)), 'p.html');
		const quoted = draft.removed.find((r) => r.text.startsWith('关键词0 关键词1'));
		expect(quoted?.text).toMatch(new RegExp(`…（共 ${[...keywords].length} 字，全文见原始文件）$`, 'u'));
		expect(quoted!.text.length).toBeLessThan(300);
	});

	it('turns <br> into line breaks and collapses markup whitespace, keeping ideographic spaces', () => {
		const body = `<h1>${HEADLINE}</h1><article><p>${HANS_PARAGRAPHS[0]}<br>${HANS_PARAGRAPHS[1]}</p><p>　　${HANS_PARAGRAPHS[2]}\n   </p></article>`;
		const lines = firstDraft(utf8(page({ body })), 'p.html').text.split('\n');
		expect(lines).toEqual([HANS_PARAGRAPHS[0], HANS_PARAGRAPHS[1], `　　${HANS_PARAGRAPHS[2]}`]);
	});

	it('reads JSON-LD NewsArticle: headline, date, author and publisher as candidates with evidence', () => {
		const jsonLd = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: '城际公交专线本月开通', datePublished: '2024-03-05T09:30:00+08:00', author: [{ '@type': 'Person', name: '李文' }], publisher: { '@type': 'Organization', name: '示例日报' } };
		const head = `<script type="application/ld+json">${JSON.stringify(jsonLd)}</script><link rel="canonical" href="https://news.example.cn/2024/03/05/bus.html">`;
		const draft = firstDraft(utf8(page({ head, body: `<article>${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>` })), 'p.html');
		expect(draft.found.title).toMatchObject({ text: '城际公交专线本月开通', method: 'page metadata: JSON-LD NewsArticle.headline' });
		expect(draft.page?.published).toEqual([{ value: '2024-03-05T09:30:00+08:00', from: 'JSON-LD NewsArticle.datePublished' }]);
		expect(draft.page?.authors).toEqual([{ value: '李文', from: 'JSON-LD NewsArticle.author' }]);
		expect(draft.page?.publishers).toContainEqual({ value: '示例日报', from: 'JSON-LD NewsArticle.publisher' });
		expect(draft.found.sourceUrl).toBe('https://news.example.cn/2024/03/05/bus.html');
	});

	it('reads Open Graph and meta tags, and strips the site name from titles', () => {
		const head = ['<meta property="og:title" content="城际公交专线开通 | 示例新闻">', '<meta property="og:site_name" content="示例新闻">', '<meta property="article:published_time" content="2024-03-05 09:30">', '<meta name="author" content="赵青">', '<meta property="og:url" content="https://m.example.cn/a/1">'].join('');
		const draft = firstDraft(utf8(page({ head, title: '城际公交专线开通 - 示例新闻', body: `<div>${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>` })), 'p.html');
		expect(draft.found.title).toMatchObject({ text: '城际公交专线开通', method: 'page metadata: meta property="og:title"' });
		expect(draft.page?.published).toEqual([{ value: '2024-03-05 09:30', from: 'meta property="article:published_time"' }]);
		expect(draft.page?.authors).toEqual([{ value: '赵青', from: 'meta name="author"' }]);
		expect(draft.found.sourceUrl).toBe('https://m.example.cn/a/1');
	});

	it('keeps the site’s name the <title> ends with, and reads publication and update times under more names', () => {
		const head = ['<meta name="firstpublishedtime" content="2024-03-05-23:59:59">', '<meta itemprop="dateUpdate" content="2024-03-06 08:00:00">', '<meta name="contentSource" content="城南区交通局">'].join('');
		const draft = firstDraft(utf8(page({ head, title: `${HEADLINE}__第12期周刊_示例政务网`, body: `<div>${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>` })), 'p.html');
		expect(draft.page?.siteTitle?.value).toBe('示例政务网');
		expect(draft.page?.published).toEqual([{ value: '2024-03-05-23:59:59', from: 'meta name="firstpublishedtime"' }]);
		expect(draft.page?.modified).toContainEqual({ value: '2024-03-06 08:00:00', from: 'meta itemprop="dateupdate"' });
		expect(draft.page?.publishers).toContainEqual({ value: '城南区交通局', from: 'meta name="contentsource"' });
		expect(firstDraft(utf8(page({ title: HEADLINE })), 'p.html').page?.siteTitle).toBeUndefined();
	});

	it('dates and credits an article by the bar under its headline that Readability leaves out', () => {
		const body = `<div class="head"><h1>${HEADLINE}</h1><div class="bar"><span>城南发布</span> <span>2024-03-05 09:30:12</span> <span>字号：A- A A+</span></div></div><div class="article">${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div><ul class="related"><li>城北新开一家书店</li><li>2024-03-08</li></ul>`;
		const { metadata } = clean(utf8(page({ body, title: `${HEADLINE}_示例号` })), 'p.html');
		expect(metadata.date).toMatchObject({ value: '2024-03-05', precision: 'day', confidence: 'high' });
		expect(metadata.date.source).toContain('header line');
		expect(metadata.publisher).toBe('城南发布');
	});

	it('a timestamp without its year is dated by the page’s metadata of the same minute, and not otherwise', () => {
		const body = (time: string) => `<h1>${HEADLINE}</h1><div class="author"><p>城南书房</p><p>发布时间：${time}</p></div><div class="article">${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</div>`;
		const head = '<meta itemprop="dateUpdate" content="2024-03-05 09:30:41">';
		expect(clean(utf8(page({ head, body: body('03-05 09:30') })), 'p.html').metadata.date.value).toBe('2024-03-05');
		expect(clean(utf8(page({ head, body: body('03-05 10:30') })), 'p.html').metadata.date.value).toBe('');
	});

	it('strips site suffixes by the other titles and by how sites name themselves', () => {
		expect(stripSiteSuffix('公交专线开通_滚动新闻_示例网', [], ['公交专线开通'])).toBe('公交专线开通');
		expect(stripSiteSuffix('公交专线开通-示例网', [])).toBe('公交专线开通');
		expect(stripSiteSuffix('公交专线开通_Example Daily', [])).toBe('公交专线开通');
		// A hyphen inside a headline is not a separator unless a site name follows it.
		expect(stripSiteSuffix('G60-科创走廊再添新成员', [])).toBe('G60-科创走廊再添新成员');
		expect(stripSiteSuffix('示例新闻', ['示例新闻'])).toBe('示例新闻');
	});

	it('lets nothing executable through: scripts, iframes, handlers and javascript: links, text shown literally', () => {
		const body = `<h1>${HEADLINE}</h1><article><script>alert(1)</script><style>p{color:red}</style><iframe src="https://evil.example/"></iframe><noscript>请启用脚本</noscript><template><p>模板内容不显示</p></template>
			<p onclick="steal()">${HANS_PARAGRAPHS[0]}</p><p><a href="javascript:alert(2)">${HANS_PARAGRAPHS[1]}</a></p>
			<p>文中写着&lt;script&gt;alert(3)&lt;/script&gt;和{花括号}，${HANS_PARAGRAPHS[2]}</p><p>import x from 'y'，这一行不是代码，只是正文里的一句话。</p></article>`;
		const cleaned = clean(utf8(page({ body })), 'content/raw/evil.html');
		const text = cleaned.plainText;
		for (const gone of ['alert(1)', 'color:red', 'evil.example', '请启用脚本', '模板内容不显示', 'steal', 'javascript:']) expect(text).not.toContain(gone);
		expect(text).toContain('文中写着<script>alert(3)</script>和{花括号}');
		// The body is mdast text only: the serializer escapes what the text holds.
		const kinds = new Set<string>();
		const walk = (node: { type: string; children?: unknown[] }) => (kinds.add(node.type), node.children?.forEach((child) => walk(child as never)));
		walk(cleaned.body);
		expect([...kinds].sort()).toEqual(['paragraph', 'root', 'text']);
	});
});

describe('a hostile page head and inline media', () => {
	it('a <base href>, a meta refresh, data: and tracking images, and an onerror handler leave no trace but the text', () => {
		const head = '<base href="https://evil.example/"><meta http-equiv="refresh" content="0;url=https://evil.example/">';
		const body = `<h1>${HEADLINE}</h1><article><p>${HANS_PARAGRAPHS[0]}<img src="x" onerror="steal()"><img src="https://track.example/p.gif" width="1" height="1"></p>
			<p><a href="data:text/html,<script>alert(1)</script>">${HANS_PARAGRAPHS[1]}</a></p><p>${HANS_PARAGRAPHS[2]}<object data="data:application/x-shockwave-flash,1"></object></p></article>`;
		const cleaned = clean(utf8(page({ head, body })), 'content/raw/hostile-head.html');
		for (const gone of ['evil.example', 'track.example', 'steal', 'data:', 'refresh', 'alert']) expect(cleaned.plainText).not.toContain(gone);
		for (const paragraph of HANS_PARAGRAPHS) expect(cleaned.plainText).toContain(paragraph);
		expect(cleaned.metadata.sourceUrl ?? '').not.toContain('evil.example');
	});
});

describe('pages without an article are refused with one line naming why', () => {
	it('refuses a 404 page', () => {
		const body = '<h1>404</h1><p>抱歉，您访问的页面不存在。</p><p><a href="/">返回首页</a></p>';
		expect(rejection(utf8(page({ title: '404 页面不存在', body })))).toMatch(/error page.*404/u);
		expect(rejection(utf8(page({ title: '抱歉，页面找不到了', body: '<p>抱歉，您要找的内容已经删除或者从未存在过。请稍后再试。</p>' })))).toMatch(/error page/u);
	});

	it('refuses a list page', () => {
		const items = Array.from({ length: 30 }, (_, i) => `<li><a href="/n/${i}">第${i + 1}条：城际交通建设项目进展情况通报第${i + 1}期，欢迎查阅。</a> 2024-03-0${(i % 9) + 1}</li>`).join('');
		expect(rejection(utf8(page({ title: '新闻列表', body: `<h2>新闻列表</h2><ul>${items}</ul>` })))).toMatch(/links \(a list or index page\)|no article/u);
	});

	it('refuses a login wall', () => {
		const body = '<h1>会员专区</h1><form><input name="u"><input type="password" name="p"><button>登录</button></form><p>登录后查看全文</p>';
		expect(rejection(utf8(page({ title: '会员登录', body })))).toMatch(/no article in this web page.*login wall/u);
	});

	it('refuses an absurdly nested page quickly, before parsing it', () => {
		const nested = `<!doctype html><html><head><title>x</title></head><body>${'<div>'.repeat(100_000)}${HANS_PARAGRAPHS.join('')}${'</div>'.repeat(100_000)}</body></html>`;
		const started = Date.now();
		expect(rejection(utf8(nested))).toMatch(/nests its tags more than 1,000 deep/u);
		expect(Date.now() - started).toBeLessThan(20_000);
	});

	it('refuses a 20 MB page unread', () => {
		const huge = utf8(page({ body: `<article>${`<p>${HANS_PARAGRAPHS[0]}</p>`.repeat(150_000)}</article>` }));
		expect(huge.length).toBeGreaterThan(20_000_000);
		expect(rejection(huge)).toMatch(/web page too large \(\d+\.\d MB; the limit is 8 MB\)/u);
	});

	it('refuses a page with too many elements for the extractor', () => {
		const cells = '<span>格</span>'.repeat(16_000);
		expect(rejection(utf8(page({ body: `<div>${cells}</div><article>${HANS_PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>` })))).toMatch(/elements \(an article page has under 15,000\)/u);
	});
});

describe('an HTML document inside a .txt', () => {
	it('is read as a web page', () => {
		const text = bodyText(utf8(page({ charset: 'utf-8' })), 'content/raw/saved-page.txt');
		expect(text).toContain(HANS_PARAGRAPHS[2]);
		expect(text).not.toContain('<p>');
		expect(text).not.toContain('首页');
	});
});
