import type { LogLine } from './measure.ts';

/**
 * Where an `astro build` spent its time, read from its log. Each figure is
 * the time between two lines Astro (or the search-index integration) prints;
 * a figure is missing when its lines are, so a changed log shows up as a gap,
 * never as a wrong number.
 */
export interface BuildPhases {
	/** Start-up, config, content sync and type generation: until Astro starts bundling. */
	setup?: number;
	/** Vite bundling the entrypoints ("Building static entrypoints" → "generating static routes"). */
	bundle?: number;
	/** Rendering every static page ("generating static routes" → its "Completed in"). */
	render?: number;
	/** Build start → the search index's "search index" log line, wherever in the build it ran. */
	indexDoneAt?: number;
	/** How long the build went on after rendering until the index was written: the index's share of the wall time (0 when it finished during rendering). */
	indexAfterRender?: number;
	/** Pages Astro reports ("N page(s) built"), rendered or reused. */
	pages?: number;
	/** Every path Astro wrote: pages and endpoints (raw files, feeds, sitemap), one "├─" each; Astro's "page(s) built" leaves endpoints out. */
	paths?: number;
	/** Of those, the paths an incremental build copied from the last one instead of rendering (Astro marks each "(restored)" or "(cached)"). */
	reused?: number;
}

/** The first line matching `pattern` at or after position `from`, with its position. */
function find(lines: readonly LogLine[], pattern: RegExp, from = 0): (LogLine & { position: number }) | undefined {
	const position = lines.findIndex((l, i) => i >= from && pattern.test(l.text));
	return position < 0 ? undefined : { ...lines[position]!, position };
}
const round = (seconds: number) => Math.round(seconds * 10) / 10;
/** How many times `pattern` (global) occurs in `lines`. */
const count = (lines: readonly LogLine[], pattern: RegExp) => lines.reduce((n, l) => n + (l.text.match(pattern)?.length ?? 0), 0);

export function buildPhases(lines: readonly LogLine[]): BuildPhases {
	const bundleStart = find(lines, /Building static entrypoints/u);
	const renderStart = find(lines, /generating static routes/u);
	const renderEnd = renderStart && find(lines, /Completed in/u, renderStart.position);
	const index = find(lines, /search index/iu);
	const built = find(lines, /\d+ page\(s\) built in/u);
	return {
		setup: bundleStart && round(bundleStart.at),
		bundle: bundleStart && renderStart && round(renderStart.at - bundleStart.at),
		render: renderStart && renderEnd && round(renderEnd.at - renderStart.at),
		indexDoneAt: index && round(index.at),
		indexAfterRender: index && renderEnd && round(Math.max(0, index.at - renderEnd.at)),
		pages: built && Number(/(\d+) page\(s\) built/u.exec(built.text)![1]),
		// Counted as markers, not lines: with several pages rendered at once, Astro's page lines interleave.
		paths: renderStart && renderEnd && count(lines.slice(renderStart.position, renderEnd.position), /├─/gu),
		reused: renderStart && renderEnd && count(lines.slice(renderStart.position, renderEnd.position), /\((?:restored|cached)\)/gu),
	};
}
