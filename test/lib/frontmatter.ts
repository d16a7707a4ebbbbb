import { type ArticleFrontmatter, articleSchema } from '../../src/schemas/article';

/** A valid article frontmatter (dated to the month, 简体), with `over` replacing its fields. */
export const frontmatter = (over: Record<string, unknown> = {}): ArticleFrontmatter =>
	articleSchema.parse({
		title: '标题',
		titleSource: { method: 'editorial', confidence: 'editorial' },
		slug: 'a',
		date: { value: '2020-09', precision: 'month', source: 'test', confidence: 'high' },
		publisher: '经济日报',
		publisherSource: { method: 'dateline', confidence: 'high' },
		script: 'hans',
		summary: '摘要',
		raw: { path: 'content/raw/a.txt', sha256: 'a'.repeat(64), encoding: 'utf-8' },
		ingest: { version: 1, checksum: 'x' },
		...over,
	});
