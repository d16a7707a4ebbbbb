import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy, createMatcher, type Tag } from '../../src/lib/taxonomy.ts';
import { findFirstMentions, hastTagLink, linkFirstMentions, mdastTagLink, type TreeNode } from '../../src/lib/mentions.ts';

const tag = (id: string, name: string, aliases: string[] = []): Tag => ({ id, slug: `${id}-slug`, name, kind: 'place', aliases, excludes: [] });
const matcher = createMatcher(buildTaxonomy([tag('shanghai', '上海'), tag('songjiang', '松江', ['上海松江']), tag('wuxi', '无锡'), tag('hefei', '合肥')]));
const href = (id: string) => `/tags/${id}-slug/`;

/** The links in a tree, as [text, url]. */
function links(node: TreeNode): [string, string][] {
	if (node.type === 'link') return [[(node.children![0]!.value as string), node.url as string]];
	if (node.type === 'element' && node.tagName === 'a') return [[(node.children![0]!.value as string), (node.properties as { href: string }).href]];
	return (node.children ?? []).flatMap(links);
}

/** All text in a tree, in order. */
const textOf = (node: TreeNode): string => (node.type === 'text' ? (node.value as string) : (node.children ?? []).map(textOf).join(''));

describe('first mentions for in-text links', () => {
	const markdown = [
		'## 上海与无锡的新航线',
		'',
		'[上海港](https://example.org)今天宣布，新航线连接上海与无锡，上海松江的企业也将受益。',
		'',
		'上海方面表示，**无锡**段明年开工，`合肥`暂不参与。',
	].join('\n');
	const tree = fromMarkdown(markdown) as unknown as TreeNode;

	it('skips headings and links, and links each tag once, at its first mention in body text', () => {
		const found = findFirstMentions(tree, matcher, ['shanghai', 'wuxi', 'songjiang', 'hefei']);
		expect(found.map((m) => [m.tagId, m.text])).toEqual([['shanghai', '上海'], ['wuxi', '无锡'], ['songjiang', '上海松江']]);
		const linked = linkFirstMentions(tree, matcher, ['shanghai', 'wuxi', 'songjiang', 'hefei'], mdastTagLink(href));
		expect(links(linked)).toEqual([['上海港', 'https://example.org'], ['上海', '/tags/shanghai-slug/'], ['无锡', '/tags/wuxi-slug/'], ['上海松江', '/tags/songjiang-slug/']]);
		// The first linked 上海 is the one after 连接, not the one inside the existing link or the heading.
		expect(found[0]!.path).toEqual([1, 1]);
		expect(textOf(linked)).toBe(textOf(tree));
	});

	it('only links the article’s own tags, and never inside code', () => {
		const linked = linkFirstMentions(tree, matcher, ['wuxi', 'hefei'], mdastTagLink(href));
		expect(links(linked).map(([text]) => text)).toEqual(['上海港', '无锡']);
	});

	it('does not change the input tree', () => {
		const before = JSON.stringify(tree);
		linkFirstMentions(tree, matcher, ['shanghai', 'wuxi'], mdastTagLink(href));
		expect(JSON.stringify(tree)).toBe(before);
	});

	it('finds mentions in Traditional text and in hast trees, skipping <a> and <h2>', () => {
		const hast: TreeNode = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'h2', children: [{ type: 'text', value: '無錫新聞' }] },
				{ type: 'element', tagName: 'p', children: [{ type: 'element', tagName: 'a', properties: { href: '/x' }, children: [{ type: 'text', value: '無錫' }] }, { type: 'text', value: '記者從無錫獲悉，無錫與上海松江合作。' }] },
			],
		};
		const linked = linkFirstMentions(hast, matcher, ['wuxi', 'songjiang'], hastTagLink(href));
		expect(links(linked)).toEqual([['無錫', '/x'], ['無錫', '/tags/wuxi-slug/'], ['上海松江', '/tags/songjiang-slug/']]);
		const paragraph = linked.children![1]!.children!;
		expect(paragraph.map((n) => (n.type === 'text' ? n.value : `<${n.tagName}>`))).toEqual(['<a>', '記者從', '<a>', '獲悉，無錫與', '<a>', '合作。']);
	});

	it('leaves MDX elements (captions, repaired spans) alone', () => {
		const mdx: TreeNode = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'mdxJsxTextElement', name: 'Repaired', children: [{ type: 'text', value: '无锡' }] }, { type: 'text', value: '和无锡' }] }] };
		expect(findFirstMentions(mdx, matcher, ['wuxi'])[0]).toMatchObject({ path: [0, 1], start: 1, end: 3 });
	});
});
