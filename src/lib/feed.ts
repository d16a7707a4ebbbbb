import type { RSSOptions } from '@astrojs/rss';
import type { ArticleFrontmatter } from '../schemas/article';
import { firstInstant } from './dates';
import type { Edition } from './edition';
import { labelsFor } from './labels';
import { articleView } from './present';
import { regionTag } from './script';
import { homePath } from './urls';

/** An edition's RSS feed of `articles` (newest first), for `@astrojs/rss`: every article worded as its pages word it. */
export function feedOf(articles: readonly { data: ArticleFrontmatter }[], edition: Edition, site: URL | string | undefined): RSSOptions {
	const t = labelsFor(edition);
	return {
		title: t.siteName,
		description: t.siteTagline,
		site: new URL(homePath(edition), site),
		customData: `<language>${regionTag(edition)}</language>`,
		items: articles.map(({ data }) => {
			const view = articleView(data, edition);
			return {
				title: view.title,
				link: view.href,
				description: view.summary,
				pubDate: firstInstant(data.date),
				author: view.authors || undefined,
				categories: view.publisherName ? [view.publisherName] : [],
			};
		}),
	};
}
