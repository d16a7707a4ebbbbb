import rss from '@astrojs/rss';
import type { APIRoute, GetStaticPaths } from 'astro';
import { editionPaths, getArticles } from '../../site/articles';
import { withFeedKeys } from '../../site/page-keys';
import { firstInstant } from '../../lib/dates';
import type { Edition } from '../../lib/edition';
import { labelsFor } from '../../lib/labels';
import { articleView } from '../../lib/present';
import { homePath } from '../../lib/urls';

/** An RSS feed per edition: `/rss.xml` (简体) and `/zh-hant/rss.xml` (繁體). */
export const getStaticPaths = (() => withFeedKeys(editionPaths())) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
	const edition = props.edition as Edition;
	const t = labelsFor(edition);
	const articles = await getArticles();
	return rss({
		title: t.siteName,
		description: t.siteTagline,
		site: new URL(homePath(edition), site),
		customData: `<language>${edition === 'hant' ? 'zh-TW' : 'zh-CN'}</language>`,
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
	});
};
