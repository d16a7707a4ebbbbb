import { parse } from 'yaml';
import { type ArticleFrontmatter, articleSchema } from '../schemas/article';

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---/u;

/**
 * An article MDX file as the content collection reads it: the frontmatter,
 * validated by the one article schema, and the MDX body after it, trimmed.
 */
export function splitArticleFile(source: string): { data: ArticleFrontmatter; body: string } {
	const match = FRONTMATTER.exec(source);
	if (!match) throw new Error('no frontmatter');
	return { data: articleSchema.parse(parse(match[1]!)), body: source.slice(match[0].length).trim() };
}
