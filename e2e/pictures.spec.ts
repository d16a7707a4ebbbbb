import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { type ArticleInfo, readArticles, readTaxonomy } from './articles';
import { expect, test } from './fixtures';
import { EDITION_PREFIX, EDITIONS, type Edition } from './pages';

/**
 * The archive over time, as pictures: the monthly timeline (home, archive,
 * year, tag and publisher pages), the co-occurring tags and the map of the
 * Delta on tag pages. Every count shown is checked against counts made here
 * from the articles' own frontmatter, or against the page's own listing.
 */
const articles = readArticles();
const taxonomy = readTaxonomy();
const places = parse(readFileSync('content/map/places.yaml', 'utf8')) as { g60: string[]; places: { tag: string }[] };
const usedTags = [...new Set(articles.flatMap((a) => a.tags))].map((id) => taxonomy.get(id)!);
const tagIn = (edition: Edition, slug: string) => `${EDITION_PREFIX[edition]}/tags/${slug}/`;

/** The year and month an article counts in, at its date's precision. */
function monthOf({ date }: ArticleInfo): { year?: number; month?: number } {
	if (date.precision === 'unknown' || !date.value) return {};
	const [year, month] = date.value.split('-').map(Number);
	return { year, month: date.precision === 'year' ? undefined : month };
}

/** What the timeline's table should say for these articles: `year-month` → count, plus the year-only and undated ones. */
function expectedCounts(list: readonly ArticleInfo[]) {
	const cells = new Map<string, number>();
	let undated = 0;
	let yearOnly = 0;
	for (const article of list) {
		const { year, month } = monthOf(article);
		if (year === undefined) undated += 1;
		else {
			if (month === undefined) yearOnly += 1;
			const key = `${year}-${month ?? 'unknown'}`;
			cells.set(key, (cells.get(key) ?? 0) + 1);
		}
	}
	return { cells, undated, yearOnly };
}

/** The timeline's table as `year-month` → count (non-zero cells only), its row totals, and what the note says it leaves out. */
async function readTimeline(page: Page) {
	const timeline = page.locator('.timeline');
	await expect(timeline).toHaveCount(1);
	await timeline.locator('details').evaluateAll((ds) => ds.forEach((d) => ((d as HTMLDetailsElement).open = true)));
	const cells = new Map<string, number>();
	// Columns: the year, January to December, the month unknown (only when some article is), the total.
	const hasMonthUnknown = (await timeline.locator('thead th').count()) === 15;
	const rows = await timeline.locator('tbody tr').evaluateAll(
		(trs, unknownColumn) =>
			trs.map((tr) => {
				const counts = [...tr.querySelectorAll('td')].map((td) => Number(td.textContent));
				const months = counts.slice(0, 12).map((count, i) => [String(i + 1), count] as const);
				return { year: tr.getAttribute('data-year')!, cells: unknownColumn ? [...months, ['unknown', counts[12]!] as const] : months, total: counts.at(-1)! };
			}),
		hasMonthUnknown,
	);
	for (const row of rows) {
		for (const [month, count] of row.cells) if (count > 0) cells.set(`${row.year}-${month}`, count);
		expect(row.total, `row ${row.year}: the total is the sum of its months`).toBe(row.cells.reduce((n, [, count]) => n + count, 0));
	}
	const outside = timeline.locator('.outside');
	const said = (await outside.count()) > 0 ? { undated: Number(await outside.getAttribute('data-undated')), yearOnly: Number(await outside.getAttribute('data-year-only')), text: await outside.textContent() } : { undated: 0, yearOnly: 0, text: '' };
	return { cells, total: rows.reduce((n, row) => n + row.total, 0), said };
}

/** The picture is present, named and described, and has one bar per month with articles. */
async function expectTimelinePicture(page: Page, cells: ReadonlyMap<string, number>) {
	const svg = page.locator('.timeline svg[role=img]');
	const months = [...cells.keys()].filter((key) => !key.endsWith('-unknown'));
	if (months.length === 0) {
		await expect(svg).toHaveCount(0);
		return;
	}
	await expect(svg).toHaveCount(1);
	await expect(svg).toHaveAccessibleName(/\d{4}年\d{1,2}月/u);
	await expect(svg).toHaveAccessibleDescription(/\d+/u);
	const bars = (await svg.locator('.bars path').getAttribute('d'))!.match(/M/gu) ?? [];
	expect(bars.length, 'one bar per month with articles').toBe(months.length);
}

/** The page's timeline counts exactly these articles; `where` names the page in a failure. */
async function expectTimelineMatches(page: Page, list: readonly ArticleInfo[], where = page.url()) {
	const expected = expectedCounts(list);
	const shown = await readTimeline(page);
	expect(Object.fromEntries(shown.cells), where).toEqual(Object.fromEntries(expected.cells));
	expect(shown.said.undated, `${where}: undated articles, counted apart`).toBe(expected.undated);
	expect(shown.said.yearOnly, `${where}: articles known only to the year`).toBe(expected.yearOnly);
	if (expected.undated > 0) expect(shown.said.text, where).toContain(String(expected.undated));
	expect(shown.total + shown.said.undated, where).toBe(list.length);
	await expectTimelinePicture(page, shown.cells);
}

test.describe('timelines', () => {
	for (const edition of EDITIONS) {
		test(`home and archive (${edition}): every article counted, by month, the undated apart`, async ({ page }) => {
			for (const path of ['/', '/archive/']) {
				await page.goto(EDITION_PREFIX[edition] + path);
				await expectTimelineMatches(page, articles);
			}
		});

		test(`archive (${edition}): the table's months agree with the archive's own month list`, async ({ page }) => {
			await page.goto(`${EDITION_PREFIX[edition]}/archive/`);
			const listed = await page.locator('.archive-months li').evaluateAll((lis) =>
				lis.map((li) => {
					const href = li.querySelector('a')!.getAttribute('href')!;
					const [, year, month] = /\/archive\/(\d{4})\/#m-(\d{2}|unknown)/u.exec(href)!;
					return [`${year}-${month === 'unknown' ? 'unknown' : Number(month)}`, Number(/\d+/u.exec(li.querySelector('.count')!.textContent!)![0])] as const;
				}),
			);
			const { cells } = await readTimeline(page);
			expect(Object.fromEntries(cells)).toEqual(Object.fromEntries(listed));
		});

		test(`year pages (${edition}): twelve months, each as many as the month's section lists`, async ({ page }) => {
			const years = [...new Set(articles.map((a) => monthOf(a).year).filter((y) => y !== undefined))];
			for (const year of years) {
				await page.goto(`${EDITION_PREFIX[edition]}/archive/${year}/`);
				await expectTimelineMatches(
					page,
					articles.filter((a) => monthOf(a).year === year),
				);
				for (const section of await page.locator('main section[aria-labelledby^="m-"]').all()) {
					const id = (await section.getAttribute('aria-labelledby'))!;
					const listed = await section.locator('.article-list > li').count();
					// The month's column (the thirteenth is the month unknown).
					const column = id === 'm-unknown' ? 13 : Number(id.slice(2));
					await expect(page.locator(`.timeline tr[data-year="${year}"] td:nth-of-type(${column})`)).toHaveText(String(listed));
				}
			}
		});

		test(`publisher pages (${edition}): the timeline counts every article the page counts`, async ({ page }) => {
			await page.goto(`${EDITION_PREFIX[edition]}/publishers/`);
			const hrefs = await page.locator('.index-list a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
			expect(hrefs.length).toBeGreaterThan(0);
			for (const href of hrefs) {
				await page.goto(href);
				const lede = Number(/\d+/u.exec((await page.locator('.page-lede').textContent())!)![0]);
				const { total, said, cells } = await readTimeline(page);
				expect(total + said.undated, href).toBe(lede);
				await expectTimelinePicture(page, cells);
			}
		});
	}
});

test.describe('tag pages: timeline, co-occurring tags, the map', () => {
	for (const edition of EDITIONS) {
		// One test walks every tag page: a browser context per tag would cost more than the checks.
		test(`every tag page (${edition}): its timeline, and the tags sharing its articles, with counts and links`, async ({ page }) => {
			test.setTimeout(120_000);
			for (const tag of usedTags) {
				const tagged = articles.filter((a) => a.tags.includes(tag.id));
				await page.goto(tagIn(edition, tag.slug));
				await expectTimelineMatches(page, tagged, tag.id);
				const shared = new Map<string, number>();
				for (const article of tagged) for (const other of new Set(article.tags)) if (other !== tag.id) shared.set(other, (shared.get(other) ?? 0) + 1);
				const listed = await page.locator('.cooccurring li').evaluateAll((lis) =>
					lis.map((li) => [li.querySelector('a')!.getAttribute('href')!, Number(li.querySelector('.count')!.getAttribute('data-count'))] as const),
				);
				expect(new Map(listed), tag.id).toEqual(new Map([...shared].map(([id, n]) => [tagIn(edition, taxonomy.get(id)!.slug), n])));
				const counts = listed.map(([, n]) => n);
				expect(counts, `${tag.id}: most shared first`).toEqual(counts.toSorted((a, b) => b - a));
			}
		});

		test(`place tag pages (${edition}): the map, its G60 cities, and a list whose counts are the tags' articles`, async ({ page }) => {
			const placeTags = usedTags.filter((tag) => tag.kind === 'place');
			test.skip(placeTags.length === 0, 'no article carries a place tag');
			test.setTimeout(120_000);
			const count = (id: string) => articles.filter((a) => a.tags.includes(id)).length;
			const onMap = places.places.map((p) => p.tag).filter((id) => places.g60.includes(id) || count(id) > 0);
			for (const tag of placeTags) {
				await page.goto(tagIn(edition, tag.slug));
				const map = page.locator('.place-map');
				await expect(map.locator('svg[role=img]')).toHaveAccessibleName(/G60/u);
				await expect(map.locator('circle')).toHaveCount(onMap.length);
				await map.locator('details').evaluate((d: HTMLDetailsElement) => (d.open = true));
				const items = await map.locator('li[data-tag]').evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-tag')!, Number(li.querySelector('.count')!.getAttribute('data-count'))] as const));
				expect(new Map(items)).toEqual(new Map(onMap.map((id) => [id, count(id)])));
				expect(await map.locator('ul').first().locator('li').evaluateAll((lis) => lis.map((li) => li.getAttribute('data-tag')))).toEqual(places.g60);
				// A place with articles links to its page; the page's own place says so.
				for (const id of onMap.filter((id) => count(id) > 0)) await expect(map.locator(`li[data-tag="${id}"] a`)).toHaveAttribute('href', tagIn(edition, taxonomy.get(id)!.slug));
				if (onMap.includes(tag.id)) await expect(map.locator(`li[data-tag="${tag.id}"] a`)).toHaveAttribute('aria-current', 'page');
			}
		});

		test(`a tag that is no place has no map (${edition})`, async ({ page }) => {
			const other = usedTags.find((tag) => tag.kind !== 'place');
			test.skip(!other, 'every tag is a place');
			await page.goto(tagIn(edition, other!.slug));
			await expect(page.locator('.timeline svg[role=img]')).toHaveCount(1);
			await expect(page.locator('.place-map')).toHaveCount(0);
		});
	}
});
