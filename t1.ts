import { readFileSync } from 'node:fs';
import { clean } from './src/ingest/pipeline.ts';
import { serializeArticle } from './src/ingest/serialize.ts';
for (const f of process.argv.slice(2)) {
  const r = clean(readFileSync(f), f);
  console.log(serializeArticle({ ...r.metadata, slug: 'x', aliases: [], raw: { path: f, sha256: '0'.repeat(64), encoding: r.encoding }, ingest: { version: 1 } } as any, r.body));
}
