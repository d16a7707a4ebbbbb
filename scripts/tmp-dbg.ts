import { readFileSync } from 'node:fs';
import { clean, firstDraft } from '../src/ingest/pipeline.ts';
for (const f of process.argv.slice(2)) {
  const bytes = readFileSync(f);
  const d = firstDraft(bytes, f);
  const c = clean(bytes, f);
  console.log('##', f, 'page pubs:', JSON.stringify(d.page?.publishers), 'authors:', JSON.stringify(d.page?.authors));
  console.log(' pub:', c.metadata.publisher, JSON.stringify(c.metadata.publisherSource), 'authors:', JSON.stringify(c.metadata.authors));
  console.log(' inf:', c.inferences.filter((i) => /publisher/.test(i.field)).map((i) => `${i.field}=${i.value} <${i.from}>`).join('\n   ').slice(0, 600));
  console.log(d.text.split('\n').filter((l) => /来源|作者|编辑|记者/.test(l)).slice(0, 5).map((l) => '  | ' + l.slice(0, 120)).join('\n'));
}
