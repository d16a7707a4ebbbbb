import { writeFileSync } from 'node:fs';
import { articleRecordJsonSchema } from '../src/lib/open-data';

/**
 * Writes the JSON Schema of the open data's article record
 * (`public/data/articles.schema.json`, published at /data/articles.schema.json)
 * from its zod schema (`src/lib/open-data.ts`). `test/lib/open-data.test.ts`
 * fails while the committed file is out of date.
 */
export const SCHEMA_FILE = 'public/data/articles.schema.json';

writeFileSync(SCHEMA_FILE, articleRecordJsonSchema());
console.log(`${SCHEMA_FILE} written`);
