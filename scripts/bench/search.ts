import type { Browser, Page } from '@playwright/test';
import { type Spread, spread } from './measure.ts';
import { meter, settled } from './transfer.ts';

/** How the harness drives a search page and tells that results are on it. */
export interface SearchTarget {
	/** The page's URL path for a query, as a reader would open it. */
	path(query: string): string;
	/** The query field; pressing Enter in it submits the search. */
	input: string;
	/** A result item: its appearance is "first results shown". */
	firstResult: string;
	/** Matches once a search has finished, so a query with no results also counts as answered. */
	finished: string;
}

/**
 * The site's search page (`src/components/SearchPage.astro`, rendered by
 * `src/search/browser/page.ts`). The selectors follow its markup: change them
 * here when the page changes.
 */
export const SITE_SEARCH: SearchTarget = {
	path: (query) => `/search/?q=${encodeURIComponent(query)}`,
	input: '#search-q',
	firstResult: 'delta-search .search-results li',
	finished: 'delta-search[data-state="done"]',
};

/** One query's figures: milliseconds to first results (undefined when it timed out) and gzip bytes. */
export interface QueryFigure {
	query: string;
	ms?: number;
	gzip: number;
}

export interface SearchFigures {
	queries: number;
	timedOut: number;
	/** A fresh browser context opens the search URL: navigation start → first results shown; every byte the page loads. */
	cold: { ms?: Spread; gzip?: Spread };
	/** The next query typed into the same page: submit → first results shown; the bytes it adds. */
	warm: { ms?: Spread; gzip?: Spread };
	perQuery: { cold: QueryFigure[]; warm: QueryFigure[] };
}

declare global {
	interface Window {
		__bench?: { shownAt?: number; submittedAt?: number; armed: boolean };
	}
}

/**
 * Runs in the page before its own scripts: notes the moment results are
 * first shown (by a MutationObserver, not by polling from outside), and on
 * each submit forgets the previous results, so a warm query counts only its
 * own. The check is re-armed one task after the submit, once the page has
 * left its previous "finished" state.
 */
function instrument({ firstResult, finished }: { firstResult: string; finished: string }) {
	const bench = (window.__bench = { armed: true } as NonNullable<Window['__bench']>);
	const shown = () => [...document.querySelectorAll(firstResult)].some((el) => !el.hasAttribute('data-bench-stale')) || document.querySelector(finished) !== null;
	const check = () => {
		if (bench.armed && bench.shownAt === undefined && shown()) bench.shownAt = performance.now();
	};
	new MutationObserver(check).observe(document, { subtree: true, childList: true, attributes: true });
	document.addEventListener(
		'submit',
		() => {
			for (const el of document.querySelectorAll(firstResult)) el.setAttribute('data-bench-stale', '');
			bench.shownAt = undefined;
			bench.armed = false;
			bench.submittedAt = performance.now();
			setTimeout(() => {
				bench.armed = true;
				check();
			});
		},
		true,
	);
}

/**
 * `instrument` as an init script. tsx compiles with esbuild's keepNames, which
 * wraps named inner functions in a `__name(…)` helper the page does not have;
 * the script brings a no-op one.
 */
const initScript = (target: SearchTarget) => ({
	content: `var __name = (f) => f;\n(${instrument.toString()})(${JSON.stringify({ firstResult: target.firstResult, finished: target.finished })});`,
});

const shownAt = async (page: Page, timeout: number): Promise<number | undefined> => {
	try {
		await page.waitForFunction(() => window.__bench?.shownAt !== undefined, undefined, { timeout, polling: 50 });
		return page.evaluate(() => window.__bench!.shownAt);
	} catch {
		return undefined;
	}
};

/**
 * Search in headless Chromium for every query: cold (a fresh context per
 * query, which opens the query's URL) and warm (one page; after the first
 * query, each next one is typed into the field and submitted). Bytes are
 * gzip, as a static host sends them (see `transfer.ts`).
 */
export async function measureSearch(browser: Browser, baseUrl: string, target: SearchTarget, queries: readonly string[], timeout = 120_000): Promise<SearchFigures> {
	const cold: QueryFigure[] = [];
	for (const query of queries) {
		const context = await browser.newContext();
		await context.addInitScript(initScript(target));
		const page = await context.newPage();
		const transfers = meter(page);
		await page.goto(baseUrl + target.path(query));
		const ms = await shownAt(page, timeout);
		await settled(transfers);
		cold.push({ query, ms, gzip: transfers.gzip });
		await context.close();
	}

	const warm: QueryFigure[] = [];
	const context = await browser.newContext();
	await context.addInitScript(initScript(target));
	const page = await context.newPage();
	const transfers = meter(page);
	await page.goto(baseUrl + target.path(queries[0]!));
	await shownAt(page, timeout);
	for (const query of queries.slice(1)) {
		await settled(transfers);
		const before = transfers.gzip;
		await page.fill(target.input, query);
		await page.press(target.input, 'Enter');
		const at = await shownAt(page, timeout);
		const submitted = await page.evaluate(() => window.__bench!.submittedAt!);
		await settled(transfers);
		warm.push({ query, ms: at === undefined ? undefined : at - submitted, gzip: transfers.gzip - before });
	}
	await context.close();

	const times = (figures: QueryFigure[]) => spread(figures.flatMap((f) => (f.ms === undefined ? [] : [f.ms])));
	const bytes = (figures: QueryFigure[]) => spread(figures.map((f) => f.gzip));
	return {
		queries: queries.length,
		timedOut: [...cold, ...warm].filter((f) => f.ms === undefined).length,
		cold: { ms: times(cold), gzip: bytes(cold) },
		warm: { ms: times(warm), gzip: bytes(warm) },
		perQuery: { cold, warm },
	};
}
