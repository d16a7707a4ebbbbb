import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { splitArticleFile } from '../../src/lib/article-file';
import { articleRecord, articleRecordJsonSchema, articleRecordSchema, jsonLine, jsonLines } from '../../src/lib/open-data';
import { withIds } from '../../src/lib/paragraph-ids';
import { bodyParagraphs } from '../../src/lib/paragraphs';

const dir = 'content/articles';
const files = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => splitArticleFile(readFileSync(join(dir, f), 'utf8')));
const site = 'https://archive.example.org';
const records = files.map(({ data, body }) => articleRecord(data, body, site));
const schema = JSON.parse(readFileSync('public/data/articles.schema.json', 'utf8')) as object;

describe('open data records', () => {
	it('the committed JSON Schema is the one the zod schema makes (run `npm run data-schema`)', () => {
		expect(readFileSync('public/data/articles.schema.json', 'utf8')).toBe(articleRecordJsonSchema());
	});

	it('every committed article\'s record is valid by the published JSON Schema and by the zod schema', () => {
		const validate = new Ajv2020({ strict: false }).compile(schema);
		expect(records.length).toBeGreaterThan(0);
		for (const record of records) {
			expect(validate(JSON.parse(jsonLine(record))), JSON.stringify(validate.errors)).toBe(true);
			expect(articleRecordSchema.safeParse(record).success).toBe(true);
		}
	});

	it('the schema refuses a record that lacks its text or has a made-up date form', () => {
		const validate = new Ajv2020({ strict: false }).compile(schema);
		const { text: _text, ...withoutText } = records[0]!;
		expect(validate(withoutText)).toBe(false);
		expect(validate({ ...records[0]!, date: { ...records[0]!.date, value: '16/09/2020' } })).toBe(false);
	});

	it('keeps the frontmatter as written, without the ingest\'s bookkeeping, and adds text, paragraphs and URLs', () => {
		files.forEach(({ data, body }, i) => {
			const record = records[i]!;
			const { ingest: _ingest, ...frontmatter } = data;
			expect(record).toMatchObject(frontmatter);
			expect(record).not.toHaveProperty('ingest');
			expect(record.paragraphs).toEqual(withIds(bodyParagraphs(body)).map(({ id, text }) => ({ id, text })));
			// The text holds every paragraph, in order, in the article's own script (a lost number is a space in the text only).
			const unspaced = (t: string) => t.replace(/ /gu, '');
			let at = 0;
			for (const p of record.paragraphs) {
				const found = unspaced(record.text).indexOf(unspaced(p.text), at);
				expect(found, p.id).toBeGreaterThanOrEqual(at);
				at = found + unspaced(p.text).length;
			}
			expect(record.urls).toEqual({
				hans: `${site}/articles/${data.slug}/`,
				hant: `${site}/zh-hant/articles/${data.slug}/`,
				raw: expect.stringMatching(/^https:\/\/archive\.example\.org\/raw\/.+\.txt$/u),
				record: `${site}/data/articles/${data.slug}.json`,
			});
		});
	});

	it('JSON Lines: one record a line, even when the text holds U+2028 or U+2029', () => {
		const tricky = { ...records[0]!, text: `第一段\u2028第二段\u2029第三段\n第四段` };
		const text = jsonLines([tricky, records[1] ?? records[0]!]);
		expect(text.endsWith('\n')).toBe(true);
		const lines = text.split('\n').slice(0, -1);
		expect(lines).toHaveLength(2);
		expect(lines[0]).not.toMatch(/[\u2028\u2029]/u);
		expect(JSON.parse(lines[0]!).text).toBe(tricky.text);
	});
});
