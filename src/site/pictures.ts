import { join } from 'node:path';
import type { ArticleFrontmatter } from '../schemas/article';
import { type DeltaMap, type DeltaMapPicture, deltaMapPicture, loadDeltaMap } from '../lib/delta-map';
import { tagCooccurrence } from '../lib/tag-cooccurrence';
import type { YearGroup } from '../lib/archive';
import type { PublisherGroup } from '../lib/publishers';
import { type TagGroup, tagsOf } from '../lib/tags';
import type { Tag, Taxonomy } from '../lib/taxonomy';
import { type TimelinePicture, timelineOf } from '../lib/timeline';

/**
 * The pictures of a tag page, prepared once per tag for the page's first
 * listing page: its articles over time, the tags that share its articles,
 * and, for a place, the map of the Delta (`src/lib/delta-map.ts`; its data
 * in `content/map/`, read once per build).
 */
export interface ListingPictures {
	timeline: TimelinePicture;
	/** On a tag's page: the tags that share an article with this one, most shared first. */
	cooccurring?: { tag: Tag; count: number }[];
	/** Only on a place's page. */
	map?: DeltaMapPicture;
}

let deltaMap: DeltaMap | undefined;

/** Every tag's pictures, by tag id, from the tag groups and all the articles (`groupByTag` over `getArticles`). */
export function tagPictures<T extends { data: Pick<ArticleFrontmatter, 'tags' | 'date'> }>(
	taxonomy: Taxonomy,
	groups: readonly TagGroup<T>[],
	articles: readonly T[],
): Map<string, ListingPictures> {
	deltaMap ??= loadDeltaMap(join(process.cwd(), 'content', 'map'), taxonomy);
	const counts = new Map(groups.map((group) => [group.tag.id, group.items.length]));
	const cooccurrence = tagCooccurrence(articles, taxonomy.tags.map((tag) => tag.id));
	return new Map(
		groups.map(({ tag, items }) => {
			const cooccurring = cooccurrence.get(tag.id) ?? [];
			const tags = tagsOf(taxonomy, cooccurring.map((c) => c.tagId));
			return [
				tag.id,
				{
					timeline: timelineOf(items),
					cooccurring: cooccurring.map((c, i) => ({ tag: tags[i]!, count: c.count })),
					...(tag.kind === 'place' && { map: deltaMapPicture(deltaMap!, taxonomy, counts, tag.id) }),
				},
			];
		}),
	);
}

/** Every picture of the archive over time, prepared once per build for both editions. */
export interface ArchivePictures {
	/** The whole archive's (home page, archive index). */
	archive: TimelinePicture;
	/** Each year page's, by year. */
	years: Map<number, TimelinePicture>;
	/** Each publisher's first page's, by publisher slug. */
	publishers: Map<string, TimelinePicture>;
	/** Each tag's first page's, by tag id. */
	tags: Map<string, ListingPictures>;
}

/** The pictures, from the archive's groupings (`groupByDate`, `groupByPublisher`, `groupByTag` over the same articles). */
export function archivePictures<T extends { data: Pick<ArticleFrontmatter, 'tags' | 'date'> }>(
	taxonomy: Taxonomy,
	articles: readonly T[],
	groups: { years: readonly YearGroup<T>[]; publishers: readonly PublisherGroup<T>[]; tags: readonly TagGroup<T>[] },
): ArchivePictures {
	return {
		archive: timelineOf(articles),
		years: new Map(groups.years.map((group) => [group.year, timelineOf(group.months.flatMap((m) => m.items))])),
		publishers: new Map(groups.publishers.map((group) => [group.slug, timelineOf(group.items)])),
		tags: tagPictures(taxonomy, groups.tags, articles),
	};
}
