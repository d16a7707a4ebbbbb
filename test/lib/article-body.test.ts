import { describe, expect, it } from 'vitest';
import { articleBodyHtml } from '../../src/lib/article-body';
import { buildTaxonomy, createMatcher, type Tag } from '../../src/lib/taxonomy';

const tag = (id: string, name: string): Tag => ({ id, slug: `${id}-slug`, name, kind: 'place', aliases: [], excludes: [] });
const delta = tag('delta', '长三角');
const unused = tag('unused', '苏州');
const matcher = createMatcher(buildTaxonomy([delta, unused]));
const paragraphs = [
	{ id: 'paaaaaaa', aliases: ['p-1'] },
	{ id: 'pbbbbbbb', aliases: [] },
];
// A rendered body of each kind of content a page holds: text with two mentions of a tag, a caption
// (not a body paragraph, never linked) and a garbled span (quoted as it stands, never converted).
const rendered =
	'<p>长三角发展，长三角协同。苏州</p>' +
	'<figure class="caption"><figcaption><p>长三角图片</p></figcaption></figure>' +
	'<p><mark class="flag" translate="no">发</mark>展</p>';

describe('articleBodyHtml', () => {
	it('in the original edition keeps the text, links the first mention of the article’s own tags and anchors each paragraph', () => {
		expect(articleBodyHtml(rendered, { from: 'hans', to: 'hans', tags: [delta], matcher, paragraphs })).toBe(
			'<p id="paaaaaaa"><span class="para-alias" id="p-1"></span><a class="tag-mention" href="/tags/delta-slug/" data-tag="delta">长三角</a>发展，长三角协同。苏州' +
				' <a class="para-link" href="#paaaaaaa" aria-label="第1段">¶</a></p>' +
				'<figure class="caption"><figcaption><p>长三角图片</p></figcaption></figure>' +
				'<p id="pbbbbbbb"><mark class="flag" translate="no">发</mark>展 <a class="para-link" href="#pbbbbbbb" aria-label="第2段">¶</a></p>',
		);
	});

	it('in the other edition converts the text (not the garbled span) and links the mention, in its converted words, to the edition’s tag page', () => {
		const html = articleBodyHtml(rendered, { from: 'hans', to: 'hant', tags: [delta], matcher, paragraphs });
		expect(html).toContain('<a class="tag-mention" href="/zh-hant/tags/delta-slug/" data-tag="delta">長三角</a>發展，長三角協同。');
		expect(html.match(/tag-mention/gu)).toHaveLength(1);
		expect(html).toContain('<figcaption><p>長三角圖片</p></figcaption>');
		expect(html).toContain('<mark class="flag" translate="no">发</mark>展 <a class="para-link" href="#pbbbbbbb"');
	});

	it('refuses a body whose paragraphs are not the ones its MDX lists', () => {
		expect(() => articleBodyHtml('<p>一</p>', { from: 'hans', to: 'hans', tags: [], matcher, paragraphs })).toThrow(/paragraphs/u);
	});
});
