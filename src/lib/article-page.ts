import type { ArticleFrontmatter } from '../schemas/article';
import { articleCitation, type CitationSource } from './citation';
import { type Edition, toEdition } from './edition';
import { labelsFor } from './labels';
import { type ArticleView, articleView } from './present';
import type { Tag } from './taxonomy';
import { absolute, articlePath } from './urls';

interface Linked {
	data: ArticleFrontmatter;
}

/** Another article an article page links to, worded for the page's edition. */
export interface ArticleLink {
	href: string;
	title: string;
}

/** What an article page shows besides its body, worded for one edition. */
export interface ArticlePageView {
	view: ArticleView;
	/** The absolute permalink of this edition. */
	url: string;
	/** The article's citation (the page's and each paragraph's). */
	citation: CitationSource;
	/** The original edition's page, for the converted edition's notice. */
	originalHref: string;
	/** Related articles, best first, each with why it is related. */
	related: (ArticleLink & { reason: string })[];
	/** The articles just older and newer, where there are. */
	neighbours: (ArticleLink & { rel: 'older' | 'newer'; label: string })[];
}

/**
 * An article page's parts in one edition: its view and citation, and its
 * related and neighbouring articles as links, with the reason each related one
 * is related (the tags it shares, in the edition's script).
 */
export function articlePageView(
	data: ArticleFrontmatter,
	edition: Edition,
	site: URL | string | undefined,
	related: readonly { article: Linked; sharedTags: readonly Tag[] }[],
	neighbours: { older?: Linked; newer?: Linked },
): ArticlePageView {
	const t = labelsFor(edition);
	const view = articleView(data, edition);
	const url = absolute(view.href, site);
	const link = (other: Linked): ArticleLink => ({ href: articlePath(edition, other.data.slug), title: articleView(other.data, edition).title });
	const near = [
		['older', neighbours.older, t.older],
		['newer', neighbours.newer, t.newer],
	] as const;
	return {
		view,
		url,
		citation: articleCitation(view, data.date, url),
		originalHref: articlePath(data.script, data.slug),
		related: related.map(({ article, sharedTags }) => ({ ...link(article), reason: t.relatedReason(sharedTags.map((tag) => toEdition(tag.name, edition))) })),
		neighbours: near.flatMap(([rel, other, label]) => (other ? [{ ...link(other), rel, label }] : [])),
	};
}
