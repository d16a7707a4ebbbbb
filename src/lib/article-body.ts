import { convertHtml, type Edition } from './edition';
import type { ParagraphAnchors } from './paragraph-ids';
import { anchorParagraphs } from './paragraphs';
import type { Script } from './script';
import { linkTagMentionsInHtml } from './tags';
import type { Matcher, Tag } from './taxonomy';
import { tagPath } from './urls';

/** What turns an article's rendered body into the body its page shows. */
export interface ArticleBodyContext {
	/** The article's own script. */
	from: Script;
	/** The page's edition. */
	to: Edition;
	/** The article's tags: each one's first mention links to its page. */
	tags: readonly Tag[];
	/** The taxonomy's matcher (`createMatcher`), which finds the mentions in either script. */
	matcher: Matcher;
	/** Every body paragraph's id and former anchors, in order (`articleParagraphAnchors`). */
	paragraphs: readonly ParagraphAnchors[];
}

/**
 * An article body in one edition, from the HTML its MDX renders to: converted
 * from the article's script (a no-op in the original edition), the first
 * mention of each of its tags linked to the tag's page in that edition, and
 * every body paragraph given its permalink anchor, former anchors and `¶`
 * link. The anchors come last, so nothing converts or links them.
 */
export function articleBodyHtml(rendered: string, { from, to, tags, matcher, paragraphs }: ArticleBodyContext): string {
	const slugs = new Map(tags.map((tag) => [tag.id, tag.slug]));
	const converted = convertHtml(rendered, from, to);
	const linked = linkTagMentionsInHtml(converted, matcher, slugs.keys(), (id) => tagPath(to, slugs.get(id)!));
	return anchorParagraphs(linked, paragraphs);
}
