import type { YearGroup } from '../lib/archive';
import { recordedAnchors } from '../lib/article-paragraphs';
import type { ExportFormat } from '../lib/citation-export';
import type { Edition } from '../lib/edition';
import type { ListingView } from '../lib/listing';
import { articlePageKey, articlesFileKey, listingPageKey, rawFileKey, redirectPageKey, type SiteInputs, summaryPageKey } from '../lib/page-keys';
import { type Article, taxonomy } from './articles';
import type { ListingPictures } from './pictures';
import type { SiteRoute } from './routes';

/**
 * Each route's `cacheKey` for Astro's incremental build (`src/lib/page-keys.ts`
 * says what goes in a key), made from the same props the page renders:
 * `siteRoutes()` adds it to every route, so no page file computes one.
 */

const site: SiteInputs = { taxonomy };

const monthCounts = ({ year, count, months }: YearGroup<Article>) => [year, count, months.map(({ month, items }) => [month ?? null, items.length])];

/** What a listing page shows besides its articles: its wording, and which page of how many. */
const listingShown = ({ title, description, breadcrumb, lede, page, citeFiles, pictures }: ListingView<Article> & { pictures?: ListingPictures }) => [
	title,
	description ?? null,
	breadcrumb ?? null,
	lede ?? null,
	page.number,
	page.total,
	citeFiles ?? null,
	pictures ?? null,
];

/** The key of each route of a build over `articles`. */
export function routeCacheKeys(articles: readonly Article[]): (route: SiteRoute) => string {
	const raws = new Map(articles.map(({ data }) => [data.raw.path, data.raw]));
	return (route) => routeCacheKey(route, articles, raws);
}

function routeCacheKey(route: SiteRoute, articles: readonly Article[], raws: ReadonlyMap<string, Article['data']['raw']>): string {
	switch (route.page) {
		case '[...edition]/articles/[slug]/index': {
			const { props, params } = route;
			if (props.redirectTo !== undefined) return redirectPageKey(props.edition, params.slug, props.redirectTo);
			return articlePageKey(site, {
				edition: props.edition,
				article: { data: props.article.data, body: props.article.body ?? '' },
				recordedAnchors: recordedAnchors(props.article.data),
				neighbours: { older: props.neighbours.older?.data, newer: props.neighbours.newer?.data },
				related: props.related.map(({ article, sharedTags }) => ({ data: article.data, sharedTags: sharedTags.map((tag) => tag.id) })),
			});
		}
		case '[...edition]/index':
			return listingPageKey(site, route.props.edition, 'home', [route.props.count, route.props.timeline], route.props.latest);
		case '[...edition]/articles/index':
		case '[...edition]/articles/page/[page]':
		case '[...edition]/publishers/[publisher]/index':
		case '[...edition]/publishers/[publisher]/page/[page]':
		case '[...edition]/tags/[tag]/index':
		case '[...edition]/tags/[tag]/page/[page]':
			return listingPageKey(site, route.props.edition, route.page, listingShown(route.props), route.props.page.items);
		case '[...edition]/archive/index':
			return listingPageKey(site, route.props.edition, 'archive', [route.props.years, route.props.timeline], route.props.undated);
		case '[...edition]/archive/[year]': {
			const { group } = route.props;
			return listingPageKey(site, route.props.edition, 'year', [monthCounts(group), route.props.timeline], group.months.flatMap(({ items }) => items));
		}
		case '[...edition]/publishers/index':
			return summaryPageKey(site, route.props.edition, 'publishers', [route.props.title, route.props.entries]);
		case '[...edition]/tags/index':
			return summaryPageKey(site, route.props.edition, 'tags', [route.props.title, route.props.kinds]);
		case '[...edition]/search/index':
			return summaryPageKey(site, route.props.edition, 'search', null);
		case '[...edition]/data/index':
			return summaryPageKey(site, route.props.edition, 'data', route.props.count);
		case '[...edition]/rss.xml':
			return listingPageKey(site, route.props.edition, 'feed', null, articles);
		case 'raw/[file]':
			return rawFileKey(route.params.file, raws.get(route.props.path)!);
	}
}

/** The key of a citation file of these articles (an article's, or a listing's), in one edition and format. */
export const citationFileKey = (edition: Edition, format: ExportFormat, articles: readonly Article[]): string => articlesFileKey(site, edition, `cite.${format}`, articles);

/** The key of an article's open-data record (its frontmatter and text). */
export const articleRecordKey = (article: Article): string => articlesFileKey(site, null, 'record', [article], true);
