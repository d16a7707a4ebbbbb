import { describe, expect, it } from 'vitest';
import { groupByTag, linkTagMentionsInHtml, tagIndex, tagsOf } from '../../src/lib/tags.ts';
import { buildTaxonomy, createMatcher, type Tag, type TagKind } from '../../src/lib/taxonomy.ts';

const tag = (id: string, name: string, kind: TagKind = 'place', aliases: string[] = []): Tag => ({ id, slug: `${id}-slug`, name, kind, aliases, excludes: [] });
const taxonomy = buildTaxonomy([tag('shanghai', '上海'), tag('songjiang', '松江', 'place', ['上海松江']), tag('g60', 'G60科创走廊', 'initiative'), tag('rencai', '人才', 'topic'), tag('unused', '无锡')]);
const matcher = createMatcher(taxonomy);
const href = (id: string) => `/tags/${id}-slug/`;
const article = (slug: string, tags: string[]) => ({ slug, data: { tags } });

describe('tags of articles', () => {
	const articles = [article('c', ['g60', 'shanghai']), article('b', ['shanghai']), article('a', ['rencai', 'songjiang', 'shanghai'])];

	it('groups articles under each tag some article carries, keeping the given order', () => {
		const groups = groupByTag(taxonomy, articles);
		expect(groups.map((g) => [g.tag.id, g.items.map((a) => a.slug)])).toEqual([
			['shanghai', ['c', 'b', 'a']],
			['songjiang', ['a']],
			['g60', ['c']],
			['rencai', ['a']],
		]);
	});

	it('indexes tags by kind in a fixed kind order, most articles first, leaving out empty kinds', () => {
		const index = tagIndex(groupByTag(taxonomy, articles));
		expect(index.map((k) => [k.kind, k.groups.map((g) => g.tag.id)])).toEqual([
			['place', ['shanghai', 'songjiang']],
			['initiative', ['g60']],
			['topic', ['rencai']],
		]);
	});

	it('keeps an article’s tag order and refuses an id the taxonomy lacks', () => {
		expect(tagsOf(taxonomy, ['rencai', 'shanghai']).map((t) => t.name)).toEqual(['人才', '上海']);
		expect(() => tagsOf(taxonomy, ['shanghai', 'nowhere'])).toThrow(/nowhere/);
	});
});

describe('in-text links on rendered HTML', () => {
	const link = (id: string, text: string) => `<a class="tag-mention" href="/tags/${id}-slug/" data-tag="${id}">${text}</a>`;

	it('links the first mention of each tag once, outside headings and links, keeping the rest byte for byte', () => {
		const html = '<h2>上海的人才</h2>\n<p><a href="https://example.org">上海港</a>说，上海&amp;人才<br>与上海松江，人才</p>\n<p>上海</p>';
		expect(linkTagMentionsInHtml(html, matcher, ['shanghai', 'rencai', 'songjiang'], href)).toBe(
			`<h2>上海的人才</h2>\n<p><a href="https://example.org">上海港</a>说，${link('shanghai', '上海')}&amp;${link('rencai', '人才')}<br>与${link('songjiang', '上海松江')}，人才</p>\n<p>上海</p>`,
		);
	});

	it('matches Traditional text, and skips captions and the body components’ marks', () => {
		const html = '<figure class="caption"><figcaption>G60科創走廊</figcaption></figure><p><span class="repaired" title="x">G60科創走廊</span><mark class="flag">人才</mark>G60科創走廊與人才</p>';
		expect(linkTagMentionsInHtml(html, matcher, ['g60', 'rencai'], href)).toBe(
			`<figure class="caption"><figcaption>G60科創走廊</figcaption></figure><p><span class="repaired" title="x">G60科創走廊</span><mark class="flag">人才</mark>${link('g60', 'G60科創走廊')}與${link('rencai', '人才')}</p>`,
		);
	});

	it('links only the given tags, and leaves HTML without mentions unchanged', () => {
		const html = '<p>上海与<em>人才</em><!-- 人才 --></p>';
		expect(linkTagMentionsInHtml(html, matcher, ['rencai'], href)).toBe(`<p>上海与<em>${link('rencai', '人才')}</em><!-- 人才 --></p>`);
		expect(linkTagMentionsInHtml(html, matcher, ['g60'], href)).toBe(html);
	});
});
