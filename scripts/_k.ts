import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from '/work/main/src/ingest/pipeline.ts';
const dir = process.argv[2]!; const kind = process.argv[3]!; const limit = Number(process.argv[4] ?? 30); const step = Number(process.argv[5] ?? 1);
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name)).sort();
let shown = 0; let i = 0;
for (const f of files) {
  if (i++ % step) continue;
  const { metadata } = clean(readFileSync(f), f);
  const items = ['gap','garbled','metadata'].includes(kind) ? metadata.flags.filter(x => x.kind === kind).map(x => x.context ?? x.text)
   : kind.startsWith('removed-') ? metadata.removed.filter(x => x.kind.startsWith(kind.slice(8))).map(x => x.text)
   : kind === 'title' ? [metadata.title + ' ‖ ' + metadata.titleSource.method]
   : metadata.repaired.filter(x => x.kind === kind).map(x => `${x.from} → ${x.to}`);
  for (const it of items) { console.log(`${f.split('/').pop()}: ${it.slice(0, 110)}`); if (++shown >= limit) process.exit(0); }
}
