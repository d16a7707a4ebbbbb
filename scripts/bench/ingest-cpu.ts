/**
 * npx tsx scripts/bench/ingest-cpu.ts --corpus DIR [--limit N] [--threads T] [--keep DIR]
 *
 * The ingest alone, as `run.ts` runs it (the same temporary site, the same
 * files for the same N, one `runIngest` call in this process), measured by
 * CPU as well as by wall time: on a shared machine the CPU per article
 * moves far less than the wall time. Prints one JSON line: files, articles
 * written, wall seconds, articles/s, CPU seconds of the whole process (main
 * thread and workers), CPU ms per article, the load average at the start.
 *
 * With --keep DIR the site is left at DIR (which must not exist), with the
 * run's report in DIR/ingest.log, so two versions of the cleaner can be
 * compared byte for byte with `diff -r`. Profile with
 * `npx node --cpu-prof --cpu-prof-dir=D --import tsx scripts/bench/ingest-cpu.ts …`
 * (the pool passes execArgv on, so each worker thread writes its own profile;
 * NODE_OPTIONS refuses --cpu-prof).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { runIngest } from '../../src/ingest/ingest.ts';
import { selectFiles } from './select.ts';
import { copySite } from './temp-site.ts';

const { values: options } = parseArgs({
	options: {
		corpus: { type: 'string' },
		limit: { type: 'string' },
		threads: { type: 'string' },
		keep: { type: 'string' },
	},
});
const limit = options.limit === undefined ? Infinity : Number(options.limit);
if (!options.corpus || !(limit > 0)) throw new Error('usage: npx tsx scripts/bench/ingest-cpu.ts --corpus DIR [--limit N] [--threads T] [--keep DIR]');

const repo = fileURLToPath(new URL('../..', import.meta.url));
const site = options.keep ?? join(mkdtempSync(join(tmpdir(), 'delta-ingest-')), 'site');
copySite(repo, site);
const { files } = selectFiles(options.corpus, limit);
const lines: string[] = [];
const load = loadavg()[0]!;

const cpuStart = process.cpuUsage();
const start = performance.now();
const { outcomes } = await runIngest({ root: site, inputs: files, threads: options.threads === undefined ? undefined : Number(options.threads), log: (line) => lines.push(line) });
const seconds = (performance.now() - start) / 1000;
const cpu = process.cpuUsage(cpuStart);
const cpuSeconds = (cpu.user + cpu.system) / 1e6;

const written = outcomes.filter((o) => o.status === 'written').length;
if (options.keep) writeFileSync(join(site, 'ingest.log'), `${lines.join('\n')}\n`);
else rmSync(join(site, '..'), { recursive: true, force: true });
console.log(
	JSON.stringify({
		files: files.length,
		written,
		seconds: Number(seconds.toFixed(2)),
		perSecond: Math.round(files.length / seconds),
		cpuSeconds: Number(cpuSeconds.toFixed(2)),
		userSeconds: Number((cpu.user / 1e6).toFixed(2)),
		cpuMsPerFile: Number(((cpuSeconds * 1000) / files.length).toFixed(3)),
		load: Number(load.toFixed(1)),
	}),
);
