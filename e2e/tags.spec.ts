import { createMatcher, loadTaxonomy } from '../src/lib/taxonomy';
import { readArticles, readTaxonomy } from './articles';
import { expect, test } from './fixtures';
import { articleIn, EDITION_PREFIX, EDITIONS } from './pages';

/** Articles and tags are discovered from the content folder and the taxonomy, never named here. */
const articles = readArticles();
const taxonomy = readTaxonomy();
const matcher = createMatcher(loadTaxonomy('content/taxonomy.yaml'));
const bySlug = new Map(articles.map((a) => [a.slug, a]));
const usedTags = [...new Set(articles.flatMap((a) => a.tags))].map((id) => taxonomy.get(id)!);
const tagIn = (edition: keyof typeof EDITION_PREFIX, slug: string) => `${EDITION_PREFIX[edition]}/tags/${slug}/`;
const KIND_HEADINGS = {
	hans: ['地区', '机构', '规划与活动', '主题', '人物'],
	hant: ['地區', '機構', '規劃與活動', '主題', '人物'],
};

/** Article slugs in the archive's order (newest first), from the full list pages. */
async function archiveOrder(page: import('@playwright/test').Page): Promise<string[]> {
	const slugs: string[] = [];
	for (let url: string | null = '/articles/'; url; ) {
		await page.goto(url);
		slugs.push(...(await page.locator('.article-list-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!.split('/').at(-2)!))));
		url = await page.locator('.pagination a[rel=next]').getAttribute('href', { timeout: 1000 }).catch(() => null);
	}
	return slugs;
}

test.describe('tag index and tag pages', () => {
	for (const edition of EDITIONS) {
		test(`tag index (${edition}) lists every tag an article carries, by kind, with its count, and no other`, async ({ page }) => {
			await page.goto(`${EDITION_PREFIX[edition]}/tags/`);
			const headings = await page.locator('.tag-kind h2').allTextContents();
			expect(headings.length).toBeGreaterThan(0);
			for (const heading of headings) expect(KIND_HEADINGS[edition]).toContain(heading);
			const entries = await page.locator('.tag-index li').evaluateAll((lis) => lis.map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.count')!.textContent!]));
			const expected = usedTags.map((tag) => [tagIn(edition, tag.slug), `${articles.filter((a) => a.tags.includes(tag.id)).length} 篇`]);
			expect(entries.sort()).toEqual(expected.sort());
		});
	}

	test('each tag page lists exactly its articles, newest first, in both editions', async ({ page }) => {
		test.setTimeout(120_000);
		const newestFirst = await archiveOrder(page);
		expect([...newestFirst].sort()).toEqual(articles.map((a) => a.slug).sort());
		for (const tag of usedTags) {
			const expected = newestFirst.filter((slug) => bySlug.get(slug)!.tags.includes(tag.id));
			for (const edition of EDITIONS) {
				await page.goto(tagIn(edition, tag.slug));
				const listed = await page.locator('.article-list-title a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
				expect(listed, tag.id).toEqual(expected.map((slug) => articleIn(edition, slug)));
				await expect(page.locator('.article-list .summary').first()).toBeVisible();
			}
		}
	});

	test('a tag page’s name follows the edition’s script', async ({ page }) => {
		const tag = usedTags.find((t) => t.id === 'jinhua');
		test.skip(!tag, 'no article is tagged 金华');
		await page.goto(tagIn('hans', tag!.slug));
		await expect(page.locator('h1')).toHaveText('标签：金华');
		await page.goto(tagIn('hant', tag!.slug));
		await expect(page.locator('h1')).toHaveText('標籤：金華');
		await expect(page.locator('.tag-description')).toContainText('浙江省金華市');
	});

	test('the sitemap lists the tag index and every tag page in both editions', async ({ request }) => {
		const sitemap = await (await request.get('/sitemap.xml')).text();
		for (const edition of EDITIONS) {
			expect(sitemap).toContain(`${EDITION_PREFIX[edition]}/tags/</loc>`);
			for (const tag of usedTags) expect(sitemap).toContain(`${tagIn(edition, tag.slug)}</loc>`);
		}
	});
});

test.describe('tag chips', () => {
	for (const edition of EDITIONS) {
		test(`article pages (${edition}) show every tag of the article, in order, linking to this edition’s tag pages`, async ({ page }) => {
			for (const article of articles) {
				await page.goto(articleIn(edition, article.slug));
				const chips = await page.locator('.article-footer .tag-chips a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
				expect(chips).toEqual(article.tags.map((id) => tagIn(edition, taxonomy.get(id)!.slug)));
			}
		});

		test(`article lists (${edition}) show each article’s best tags as chips`, async ({ page }) => {
			for (const path of ['/', '/articles/', `/tags/${usedTags[0]!.slug}/`]) {
				await page.goto(EDITION_PREFIX[edition] + path);
				const items = await page.locator('.article-list > li').evaluateAll((lis) =>
					lis.map((li) => [li.querySelector('.article-list-title a')!.getAttribute('href')!.split('/').at(-2)!, [...li.querySelectorAll('.tag-chips a')].map((a) => a.getAttribute('href'))] as const),
				);
				expect(items.length).toBeGreaterThan(0);
				for (const [slug, chips] of items) expect(chips, `${path} ${slug}`).toEqual(bySlug.get(slug)!.tags.slice(0, 5).map((id) => tagIn(edition, taxonomy.get(id)!.slug)));
			}
		});
	}
});

test.describe('related articles', () => {
	for (const edition of EDITIONS) {
		test(`each related link (${edition}) names the tags both articles share, or says the text is alike`, async ({ page }) => {
			const [same, alike] = edition === 'hans' ? ['同为：', '内容相近'] : ['同為：', '內容相近'];
			let links = 0;
			for (const article of articles) {
				await page.goto(articleIn(edition, article.slug));
				await expect(page.locator('#related')).toHaveText(edition === 'hans' ? '相关文章' : '相關文章');
				const related = await page.locator('.related li').evaluateAll((lis) => lis.map((li) => [li.querySelector('a')!.getAttribute('href')!, li.querySelector('.related-reason')!.textContent!]));
				for (const [href, reason] of related) {
					links++;
					const other = bySlug.get(href.split('/').at(-2)!)!;
					expect(other.slug).not.toBe(article.slug);
					expect(href).toBe(articleIn(edition, other.slug));
					if (reason === alike) continue;
					expect(reason.startsWith(same), reason).toBe(true);
					const shared = article.tags.filter((id) => other.tags.includes(id)).map((id) => taxonomy.get(id)!.name);
					const names = reason.slice(same.length).split(' · ');
					expect(names.length).toBeGreaterThan(0);
					// The reason is written in the edition's script; compare folded to Simplified.
					for (const name of names) expect(shared.map((s) => matcher.mentions(s)[0]?.tagId)).toContain(matcher.mentions(name)[0]?.tagId);
				}
			}
			expect(links).toBeGreaterThan(0);
		});
	}
});

test.describe('in-text links', () => {
	for (const edition of EDITIONS) {
		test(`the first mention of each tag (${edition}) links to its page, once, never in headings or links`, async ({ page }) => {
			let total = 0;
			for (const article of articles) {
				await page.goto(articleIn(edition, article.slug));
				const prose = page.locator('.prose');
				await expect(prose.locator(':is(h1, h2, h3, h4, h5, h6, a:not(.tag-mention), figure, mark) a.tag-mention')).toHaveCount(0);
				// The body's linkable text in document order, each text node tagged with the mention link it is in (if any).
				const texts = await prose.evaluate((root) => {
					const out: [text: string, tag: string | null][] = [];
					const walk = (node: Node) => {
						if (node.nodeType === Node.TEXT_NODE) out.push([node.textContent!, null]);
						if (!(node instanceof Element)) return;
						if (node.matches('a.tag-mention')) return void out.push([node.textContent!, node.getAttribute('data-tag')]);
						if (node.matches('h1, h2, h3, h4, h5, h6, a, figure, mark, .repaired')) return;
						node.childNodes.forEach(walk);
					};
					walk(root);
					return out;
				});
				const linked = texts.filter(([, tag]) => tag).map(([text, tag]) => ({ text, tag: tag! }));
				expect(new Set(linked.map((l) => l.tag)).size, 'a tag linked twice').toBe(linked.length);
				for (const { text, tag } of linked) {
					expect(article.tags).toContain(tag);
					expect(matcher.mentions(text).map((m) => m.tagId)).toEqual([tag]);
					await expect(prose.locator(`a.tag-mention[data-tag="${tag}"]`)).toHaveAttribute('href', tagIn(edition, taxonomy.get(tag)!.slug));
				}
				// No earlier mention was passed over, and every tag mentioned in linkable text is linked.
				const seen = new Set<string>();
				for (const [text, tag] of texts) {
					if (tag) {
						expect(seen.has(tag), `${article.slug}: ${tag} linked after an earlier mention`).toBe(false);
						seen.add(tag);
						continue;
					}
					for (const m of matcher.mentions(text)) {
						if (!article.tags.includes(m.tagId)) continue;
						expect(seen.has(m.tagId), `${article.slug}: first mention "${m.text}" of ${m.tagId} not linked`).toBe(true);
					}
				}
				total += linked.length;
			}
			expect(total).toBeGreaterThan(0);
		});
	}

	test('a tag named in a subheading is not linked in the subheading', async ({ page }) => {
		const cases: string[] = [];
		for (const article of articles) {
			await page.goto(articleIn('hant', article.slug));
			const headings = await page.locator('.prose :is(h2, h3, h4)').allTextContents();
			for (const heading of headings) {
				for (const m of matcher.mentions(heading)) {
					if (!article.tags.includes(m.tagId)) continue;
					cases.push(`${article.slug} ${m.tagId}`);
					await expect(page.locator('.prose :is(h2, h3, h4) a')).toHaveCount(0);
				}
			}
		}
		test.skip(cases.length === 0, 'no article names one of its tags in a subheading');
	});
});
