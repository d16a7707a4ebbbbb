import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean } from './src/ingest/pipeline.ts';
const dir = process.argv[2]!; const kind = process.argv[3]!; const limit = Number(process.argv[4] ?? 30);
const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter(e => e.isFile()).map(e => join(e.parentPath, e.name)).sort();
let shown = 0; let i = 0;
for (const f of files) {
  i++; if (i % 7 !== 0) continue;
  const { metadata } = clean(readFileSync(f), f);
  const items = kind === 'gap' || kind === 'garbled' ? metadata.flags.filter(x => x.kind === kind).map(x => x.context ?? x.text)
   : kind.startsWith('removed') ? metadata.removed.filter(x => x.kind.startsWith(kind.slice(8))).map(x => x.text)
   : metadata.repaired.filter(x => x.kind === kind).map(x => `${x.from} → ${x.to}`);
  for (const it of items) { console.log(`${f.split('/').pop()}: ${it.slice(0, 100)}`); if (++shown >= limit) process.exit(0); }
}
