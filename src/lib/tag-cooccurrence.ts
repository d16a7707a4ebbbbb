/**
 * Which tags appear together: for each tag, the other tags its articles
 * carry and on how many of its articles. Pure; the tag page renders it
 * (`CooccurringTags.astro`).
 */

export interface Cooccurrence {
	/** The other tag's id. */
	tagId: string;
	/** Articles carrying both tags. */
	count: number;
}

/**
 * For every tag some article carries, the tags that share an article with
 * it, most shared articles first, then in `order` (the taxonomy's order of
 * ids; an id missing from it sorts last, by id). A tag never co-occurs with
 * itself, and a tag listed twice on one article counts once.
 */
export function tagCooccurrence(articles: Iterable<{ data: { tags: readonly string[] } }>, order: readonly string[]): Map<string, Cooccurrence[]> {
	const pairs = new Map<string, Map<string, number>>();
	for (const { data } of articles) {
		const tags = [...new Set(data.tags)];
		for (const tag of tags) {
			const row = pairs.get(tag) ?? new Map<string, number>();
			for (const other of tags) if (other !== tag) row.set(other, (row.get(other) ?? 0) + 1);
			pairs.set(tag, row);
		}
	}
	const rank = new Map(order.map((id, i) => [id, i]));
	const byRank = (a: string, b: string) => (rank.get(a) ?? Infinity) - (rank.get(b) ?? Infinity) || (a < b ? -1 : a > b ? 1 : 0);
	return new Map(
		[...pairs].map(([tag, row]) => [
			tag,
			[...row].map(([tagId, count]) => ({ tagId, count })).sort((a, b) => b.count - a.count || byRank(a.tagId, b.tagId)),
		]),
	);
}
