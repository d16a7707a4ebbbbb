import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { clean } from '../src/ingest/pipeline';
import { loadOverride } from '../src/ingest/overrides';
import { serializeBody } from '../src/ingest/serialize';
import { paragraphKey, resolveAnchor, withIds } from '../src/lib/paragraph-ids';
import { bodyParagraphs } from '../src/lib/paragraphs';
import { readCommittedRegistry, readRegisteredArticles } from '../src/lib/permalink-source';
import { lostPermalinks, type PermalinkRegistry, permalinkRegistry, type RegisteredArticle } from '../src/lib/permalinks';

const committed = readCommittedRegistry()!;
const articles = readRegisteredArticles();
const now = permalinkRegistry(articles, committed);

describe('permalink registry (content/permalinks.json)', () => {
	it('still serves every committed URL, as a page or a redirect, and every committed paragraph anchor', () => {
		expect(lostPermalinks(committed, now)).toEqual([]);
	});

	it('is up to date with the articles (run `npm run permalinks`)', () => {
		expect(committed).toEqual(now);
	});

	it('lists each article in both editions', () => {
		for (const { slug } of articles) {
			expect(committed.articles).toContain(`/articles/${slug}/`);
			expect(committed.articles).toContain(`/zh-hant/articles/${slug}/`);
		}
	});

	it('records each paragraph\'s ID and its positional p-N, each leading to the paragraph that holds its text', () => {
		for (const article of articles) {
			const paragraphs = withIds(article.paragraphs);
			const anchors = committed.anchors[article.slug]!;
			paragraphs.forEach((p, i) => {
				expect(anchors[p.id]?.id).toBe(p.id);
				expect(anchors[`p-${i + 1}`]?.id).toBe(p.id);
				expect(paragraphKey(p.text).startsWith(paragraphKey(anchors[p.id]!.text))).toBe(true);
			});
		}
	});
});

describe('a re-ingest that changes the paragraphing loses no recorded anchor', () => {
	const rawPath = 'content/raw/002_0da8ffc8f3b16fff.txt';
	const before = articles.find((a) => a.slug === '2017-07-28-quanmian-jie-gui-shanghai')!;
	const lines = readFileSync(rawPath, 'utf8').split('\n');
	// One raw line per paragraph: split the 5th at a full stop past its middle, merge the 8th and 9th.
	const fifth = lines[4]!;
	const cut = fifth.indexOf('。', fifth.length / 2) + 1;
	const changedLines = [...lines.slice(0, 4), fifth.slice(0, cut), fifth.slice(cut), lines[5], lines[6], lines[7]! + lines[8]!, ...lines.slice(9)];
	const cleaned = clean(Buffer.from(changedLines.join('\n')), rawPath, loadOverride('content/overrides', rawPath));
	const after: RegisteredArticle = { ...before, paragraphs: bodyParagraphs(serializeBody(cleaned.body)) };
	const oldParagraphs = withIds(before.paragraphs);
	const newParagraphs = withIds(after.paragraphs);
	const recorded = committed.anchors[before.slug]!;

	it('really changes the paragraphing: one paragraph split in two, two merged into one', () => {
		expect(cut).toBeGreaterThan(0);
		const oldKeys = before.paragraphs.map(paragraphKey);
		const newKeys = after.paragraphs.map(paragraphKey);
		expect(newKeys[4]! + newKeys[5]!).toBe(oldKeys[4]);
		expect(newKeys[8]).toBe(oldKeys[7]! + oldKeys[8]!);
		expect(newKeys).toHaveLength(oldKeys.length);
	});

	it('keeps the ID of every paragraph it did not touch', () => {
		const untouched = (p: { id: string }, i: number) => ![4, 7, 8].includes(i) && p;
		const kept = oldParagraphs.filter(untouched).map((p) => p.id);
		expect(newParagraphs.map((p) => p.id)).toEqual(expect.arrayContaining(kept));
		expect(kept).toHaveLength(oldParagraphs.length - 3);
	});

	it('resolves each recorded anchor to a paragraph containing its recorded text', () => {
		expect(Object.keys(recorded).length).toBe(2 * oldParagraphs.length);
		for (const [name, anchor] of Object.entries(recorded)) {
			const id = resolveAnchor(anchor, newParagraphs);
			const target = newParagraphs.find((p) => p.id === id);
			expect(target, name).toBeDefined();
			expect(paragraphKey(target!.text), name).toContain(paragraphKey(anchor.text));
		}
		// The positional anchors after the split now lead past their old position: p-6 is the 7th paragraph.
		expect(resolveAnchor(recorded['p-6']!, newParagraphs)).toBe(newParagraphs[6]!.id);
		expect(resolveAnchor(recorded['p-9']!, newParagraphs)).toBe(newParagraphs[8]!.id);
	});

	it('keeps every anchor in the regenerated registry, and records the new paragraphs\' IDs', () => {
		const next = permalinkRegistry([...articles.filter((a) => a !== before), after], committed);
		expect(lostPermalinks(committed, next)).toEqual([]);
		for (const p of newParagraphs) expect(next.anchors[before.slug]![p.id]?.id).toBe(p.id);
		expect(Object.keys(next.anchors[before.slug]!)).toEqual(expect.arrayContaining(Object.keys(recorded)));
	});

	it('reports an anchor whose text is gone as lost', () => {
		const without = { ...after, paragraphs: after.paragraphs.filter((_, i) => i !== 2) };
		const next = permalinkRegistry([...articles.filter((a) => a !== before), without], committed);
		const gone = oldParagraphs[2]!.id;
		expect(lostPermalinks(committed, next)).toEqual([`/articles/${before.slug}/#${gone}`, `/articles/${before.slug}/#p-3`]);
	});
});

describe('permalinkRegistry', () => {
	const article = (slug: string, aliases: string[] = [], paragraphs: string[] = []) => ({ slug, aliases, paragraphs });

	it('redirects a former slug in both editions', () => {
		const registry = permalinkRegistry([article('2020-09-new', ['2020-09-old'])]);
		expect(registry.redirects).toEqual({
			'/articles/2020-09-old/': '/articles/2020-09-new/',
			'/zh-hant/articles/2020-09-old/': '/zh-hant/articles/2020-09-new/',
		});
	});

	it('notices a renamed slug without an alias as a lost URL', () => {
		const before = permalinkRegistry([article('a')]);
		expect(lostPermalinks(before, permalinkRegistry([article('b')], before))).toEqual(['/articles/a/', '/zh-hant/articles/a/']);
		expect(lostPermalinks(before, permalinkRegistry([article('b', ['a'])], before))).toEqual([]);
	});

	it('never redirects a slug that is some article\'s current slug', () => {
		expect(permalinkRegistry([article('a', ['b']), article('b')]).redirects).toEqual({});
	});

	it('records positional anchors only for an article published before anchors were recorded', () => {
		const text = ['第一段，长三角一体化发展。', '第二段，G60科创走廊。'];
		const legacy: PermalinkRegistry = { articles: ['/articles/old/', '/zh-hant/articles/old/'], redirects: {}, anchors: {} };
		const next = permalinkRegistry([article('old', [], text), article('new', [], text)], legacy);
		expect(Object.keys(next.anchors.old!)).toEqual([expect.stringMatching(/^p[0-9a-z]{7}$/u), 'p-1', expect.any(String), 'p-2']);
		expect(Object.keys(next.anchors.new!)).toHaveLength(2);
		// Once recorded, they stay; a later run adds none for the new article.
		const again = permalinkRegistry([article('old', [], text), article('new', [], text)], next);
		expect(again).toEqual(next);
	});

	it('carries a renamed article\'s anchors over to its new slug', () => {
		const text = ['长三角一体化发展规划纲要发布。'];
		const before = permalinkRegistry([article('a', [], text)], { articles: ['/articles/a/'], redirects: {}, anchors: {} });
		const after = permalinkRegistry([article('b', ['a'], text)], before);
		expect(after.anchors.b).toEqual(before.anchors.a);
		expect(lostPermalinks(before, after)).toEqual([]);
	});
});
