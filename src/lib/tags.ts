import type { TreeNode } from './mentions';
import { linkFirstMentions } from './mentions';
import type { Matcher, Tag, TagKind, Taxonomy } from './taxonomy';

/**
 * Tags on the site: which tags have pages, their articles, and the in-text
 * links from an article's body to them. Pure functions over plain data; the
 * pages only render.
 */

/** The order kinds are listed in on the tag index. */
export const TAG_KINDS: readonly TagKind[] = ['place', 'organization', 'initiative', 'topic', 'person'];

interface Tagged {
	data: { tags: readonly string[] };
}

/** The tags of an article, in its own order (best first); an id missing from the taxonomy is an error. */
export function tagsOf(taxonomy: Taxonomy, tagIds: readonly string[]): Tag[] {
	return tagIds.map((id) => {
		const tag = taxonomy.byId.get(id);
		if (!tag) throw new Error(`unknown tag id "${id}": not in content/taxonomy.yaml`);
		return tag;
	});
}

export interface TagGroup<T> {
	tag: Tag;
	/** In the order given (pass them newest first). */
	items: T[];
}

/** Every tag that at least one article carries, with its articles in the given order; tags in taxonomy order. */
export function groupByTag<T extends Tagged>(taxonomy: Taxonomy, articles: readonly T[]): TagGroup<T>[] {
	const items = new Map<string, T[]>();
	for (const article of articles) {
		for (const tag of tagsOf(taxonomy, article.data.tags)) {
			const list = items.get(tag.id) ?? [];
			list.push(article);
			items.set(tag.id, list);
		}
	}
	return taxonomy.tags.filter((tag) => items.has(tag.id)).map((tag) => ({ tag, items: items.get(tag.id)! }));
}

/** The tag index: groups by kind in `TAG_KINDS` order, empty kinds left out; within a kind, most articles first, then taxonomy order. */
export function tagIndex<T>(groups: readonly TagGroup<T>[]): { kind: TagKind; groups: TagGroup<T>[] }[] {
	return TAG_KINDS.map((kind) => ({
		kind,
		groups: groups.filter((g) => g.tag.kind === kind).sort((a, b) => b.items.length - a.items.length),
	})).filter((k) => k.groups.length > 0);
}

/** A node of rendered HTML, in the shape `mentions.ts` reads; `open`/`close` keep each tag exactly as written. */
interface HtmlNode extends TreeNode {
	open?: string;
	close?: string;
	children?: HtmlNode[];
}

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

/**
 * Elements of the rendered body whose text is never linked, besides what
 * `mentions.ts` skips (headings, links, code): captions (`<figure>`) and the
 * body components' marks (gaps, garbled and repaired spans) — the HTML form
 * of the MDX elements it skips on mdast.
 */
const isComponent = (tagName: string, open: string) => tagName === 'figure' || tagName === 'mark' || (tagName === 'span' && /\bclass="repaired"/u.test(open));

/** Parses well-formed HTML (the site's own rendered MDX) into a tree; comments are kept as raw text nodes. */
function parseHtml(html: string): HtmlNode {
	const root: HtmlNode = { type: 'root', children: [] };
	const stack: HtmlNode[] = [root];
	for (const part of html.split(/(<!--[\s\S]*?-->|<[^>]*>)/u)) {
		if (!part) continue;
		const parent = stack.at(-1)!;
		const tag = /^<(\/?)([a-zA-Z][\w-]*)/u.exec(part);
		if (!tag) {
			parent.children!.push({ type: part.startsWith('<') ? 'raw' : 'text', value: part });
			continue;
		}
		const name = tag[2]!.toLowerCase();
		if (tag[1]) {
			// A closing tag ends the nearest open element of that name.
			const at = stack.findLastIndex((node) => node.tagName === name);
			if (at > 0) {
				stack[at]!.close = part;
				stack.length = at;
			} else parent.children!.push({ type: 'raw', value: part });
			continue;
		}
		// A body component's markup is what an MDX element renders to, and is skipped as one.
		const element: HtmlNode = { type: isComponent(name, part) ? 'mdxJsxTextElement' : 'element', tagName: name, open: part, children: [] };
		parent.children!.push(element);
		if (!VOID_ELEMENTS.has(name) && !part.endsWith('/>')) stack.push(element);
	}
	return root;
}

function serialize(node: HtmlNode): string {
	if (node.type === 'text' || node.type === 'raw') return node.value ?? '';
	return (node.open ?? '') + (node.children ?? []).map(serialize).join('') + (node.close ?? '');
}

const escapeAttr = (text: string) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * The rendered body HTML with the first mention of each of `tagIds` linked
 * to `hrefFor(id)` (`<a class="tag-mention" data-tag="id">`), by
 * `linkFirstMentions`: never in headings, links, code, captions or the body
 * components' marks, each tag once, in either script. Like the paragraph
 * anchors, this works on the rendered HTML.
 */
export function linkTagMentionsInHtml(html: string, matcher: Matcher, tagIds: Iterable<string>, hrefFor: (tagId: string) => string): string {
	const linked = linkFirstMentions(parseHtml(html), matcher, tagIds, (text, tagId) => ({
		type: 'raw',
		value: `<a class="tag-mention" href="${escapeAttr(hrefFor(tagId))}" data-tag="${escapeAttr(tagId)}">${text}</a>`,
	}));
	return serialize(linked);
}
