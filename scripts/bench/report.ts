import type { PageWeight } from './browser.ts';
import type { Spread } from './measure.ts';
import type { BuildPhases } from './phases.ts';
import type { SearchFigures } from './search.ts';

interface Size {
	bytes: number;
	files: number;
}

/** Everything one benchmark run measured (written to `reports/bench-N.json`). Seconds are wall-clock. */
export interface BenchRecord {
	date: string;
	machine: string;
	node: string;
	/** 1-minute load average at the start and end: how busy the (shared) machine was. */
	loadAverage: { start: number; end: number };
	corpus: string;
	n: number;
	ingest: { seconds: number; perSecond: number; written: number; notWritten: number; harnessPeakMB: number };
	build: { seconds: number; cpuSeconds?: number; peakMB?: number; treePeakMB?: number; phases: BuildPhases };
	/** `toEdition` over every article body into its other edition, in the harness process: the conversion's cost measured outside the build. */
	editionConversion: { seconds: number; articles: number; characters: number };
	/** Ingest + astro build. */
	pipelineSeconds: number;
	dist: Size;
	pagefind: Size;
	articlePage?: { path: string; weight: PageWeight };
	search?: SearchFigures;
	growth?: { file: string; outcome: string; ingestSeconds: number; rebuildSeconds: number; rebuildCpuSeconds?: number; rebuildPeakMB?: number; rebuildTreePeakMB?: number; phases: BuildPhases };
	baseline?: {
		pages: number;
		buildSeconds: number;
		cpuSeconds?: number;
		peakMB?: number;
		treePeakMB?: number;
		/** Stock `npx pagefind --site dist` over the baseline's pages. */
		pagefindSeconds: number;
		dist: Size;
		pagefind: Size;
		articlePage?: { path: string; weight: PageWeight };
		search?: SearchFigures;
	};
}

const num = (n: number, digits = 0) => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const sec = (s?: number, digits = 1) => (s === undefined ? '–' : `${num(s, digits)} s`);
const mb = (bytes: number) => `${num(bytes / 2 ** 20, 1)} MB`;
const kb = (bytes: number) => `${num(bytes / 1024, 1)} KB`;
const ms = (n: number) => `${num(n)} ms`;
const size = (s: Size) => `${mb(s.bytes)}, ${num(s.files)} files`;
const ratio = (a?: number, b?: number) => (a === undefined || b === undefined || b === 0 ? '–' : `${num(a / b, 2)}×`);
/** How many of a build's pages it rendered (the rest an incremental build copied from the last build). */
const rendered = ({ paths, reused }: BuildPhases) => (paths === undefined || reused === undefined ? '–' : `${num(paths - reused)} of ${num(paths)}`);
const spreadOf = (s: Spread | undefined, unit: (n: number) => string) => (s ? `${unit(s.median)} / ${unit(s.p90)} / ${unit(s.max)}` : '–');
const weightOf = (w: PageWeight) => `${kb(w.total)} (HTML ${kb(w.html)}, CSS ${kb(w.css)}, JS ${kb(w.js)}, other ${kb(w.other)})`;

/** The run as a Markdown block: every figure, the baseline's, and their ratio. */
export function markdown(r: BenchRecord): string {
	const b = r.baseline;
	const p = r.build.phases;
	const rows: [string, string, string, string][] = [
		['**pipeline** (ingest + astro build) ÷ baseline astro build', sec(r.pipelineSeconds), sec(b?.buildSeconds), `**${ratio(r.pipelineSeconds, b?.buildSeconds)}**`],
		['ingest', `${sec(r.ingest.seconds)} (${num(r.ingest.perSecond)} articles/s; ${r.ingest.written} written, ${r.ingest.notWritten} not)`, '', ''],
		['peak RSS, ingest (in the harness process)', `${num(r.ingest.harnessPeakMB)} MB`, '', ''],
		['astro build', `${sec(r.build.seconds)} (${num(p.pages ?? 0)} pages)`, b ? `${sec(b.buildSeconds)} (${num(b.pages)} pages)` : '–', ratio(r.build.seconds, b?.buildSeconds)],
		['↳ CPU time (user + system, all processes)', sec(r.build.cpuSeconds), sec(b?.cpuSeconds), ratio(r.build.cpuSeconds, b?.cpuSeconds)],
		['↳ setup (config, content sync, types)', sec(p.setup), '', ''],
		['↳ bundle (Vite)', sec(p.bundle), '', ''],
		['↳ render pages', sec(p.render), '', ''],
		['↳ search index: after rendering (done at)', `${sec(p.indexAfterRender)} (${sec(p.indexDoneAt)})`, b ? `${sec(b.pagefindSeconds)} (stock \`pagefind --site dist\`)` : '–', ratio(p.indexAfterRender, b?.pagefindSeconds)],
		['edition conversion (`toEdition`, every body, outside the build)', `${sec(r.editionConversion.seconds, 2)} (${num(r.editionConversion.characters)} characters)`, '', ''],
		['peak RSS, astro build (its largest process)', r.build.peakMB ? `${num(r.build.peakMB)} MB` : '–', b?.peakMB ? `${num(b.peakMB)} MB` : '–', ratio(r.build.peakMB, b?.peakMB)],
		['peak memory, astro build (all its processes together, sampled each second)', r.build.treePeakMB ? `${num(r.build.treePeakMB)} MB` : '–', b?.treePeakMB ? `${num(b.treePeakMB)} MB` : '–', ratio(r.build.treePeakMB, b?.treePeakMB)],
		['dist/', size(r.dist), b ? size(b.dist) : '–', `${ratio(r.dist.bytes, b?.dist.bytes)} bytes, ${ratio(r.dist.files, b?.dist.files)} files`],
		['Pagefind bundle', size(r.pagefind), b ? size(b.pagefind) : '–', `${ratio(r.pagefind.bytes, b?.pagefind.bytes)} bytes, ${ratio(r.pagefind.files, b?.pagefind.files)} files`],
	];
	const page = r.articlePage?.weight;
	const basePage = b?.articlePage?.weight;
	if (page || basePage) rows.push(['article page, gzip (median-length article)', page ? weightOf(page) : '–', basePage ? weightOf(basePage) : '–', ratio(page?.total, basePage?.total)]);
	const s = r.search;
	const t = b?.search;
	if (s || t) {
		const queries = s?.queries ?? t!.queries;
		const timedOut = (s?.timedOut ?? 0) + (t?.timedOut ?? 0);
		rows.push(
			[`search cold: bytes, gzip (median / p90 / max, ${queries} queries${timedOut ? `, ${timedOut} timed out` : ''})`, spreadOf(s?.cold.gzip, kb), spreadOf(t?.cold.gzip, kb), ratio(s?.cold.gzip?.median, t?.cold.gzip?.median)],
			['search cold: navigation → first results', spreadOf(s?.cold.ms, ms), spreadOf(t?.cold.ms, ms), ratio(s?.cold.ms?.median, t?.cold.ms?.median)],
			['search warm: bytes per further query, gzip', spreadOf(s?.warm.gzip, kb), spreadOf(t?.warm.gzip, kb), ratio(s?.warm.gzip?.median, t?.warm.gzip?.median)],
			['search warm: submit → first results', spreadOf(s?.warm.ms, ms), spreadOf(t?.warm.ms, ms), ratio(s?.warm.ms?.median, t?.warm.ms?.median)],
		);
	}
	if (r.growth) {
		const g = r.growth;
		rows.push(
			[`growth: ingest 1 more article (${g.outcome})`, sec(g.ingestSeconds, 2), '', ''],
			['growth: rebuild ÷ first build', `${sec(g.rebuildSeconds)} (render ${sec(g.phases.render)})`, '', ratio(g.rebuildSeconds, r.build.seconds)],
			['growth: paths rendered again ÷ paths (pages and endpoints)', rendered(g.phases), '', ratio(g.phases.reused === undefined ? undefined : (g.phases.paths ?? 0) - g.phases.reused, g.phases.paths)],
			['growth: rebuild CPU ÷ first build CPU', sec(g.rebuildCpuSeconds), '', ratio(g.rebuildCpuSeconds, r.build.cpuSeconds)],
			['growth: rebuild phases', `setup ${sec(g.phases.setup)}, bundle ${sec(g.phases.bundle)}, render ${sec(g.phases.render)}, search index after rendering ${sec(g.phases.indexAfterRender)}`, '', ''],
		);
	}
	return [
		`### N = ${num(r.n)} (${r.date})`,
		'',
		`${r.machine}, Node ${r.node}; load average ${r.loadAverage.start} at the start, ${r.loadAverage.end} at the end. Ratios are site ÷ baseline unless named.`,
		'',
		'| figure | site | baseline | ratio |',
		'|---|---|---|---|',
		...rows.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
}
