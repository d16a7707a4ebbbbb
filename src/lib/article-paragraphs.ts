import type { ArticleFrontmatter } from '../schemas/article';
import { type ParagraphAnchors, paragraphAnchors, type RecordedAnchor, withIds } from './paragraph-ids';
import { bodyParagraphs } from './paragraphs';
import { readCommittedRegistry } from './permalink-source';
import type { PermalinkRegistry } from './permalinks';

let registry: Pick<PermalinkRegistry, 'anchors'> | undefined;

/** The anchors the committed registry records for an article, under its slug and its former slugs. */
export function recordedAnchors({ slug, aliases }: Pick<ArticleFrontmatter, 'slug' | 'aliases'>): Record<string, RecordedAnchor> {
	registry ??= readCommittedRegistry() ?? { anchors: {} };
	return Object.assign({}, ...[...aliases, slug].map((s) => registry!.anchors[s] ?? {}));
}

/**
 * An article page's body paragraphs, in order: each one's ID, and the
 * anchors published before that lead to it now (read from the committed
 * permalink registry, resolved against the paragraphs as they are).
 */
export function articleParagraphAnchors(data: Pick<ArticleFrontmatter, 'slug' | 'aliases'>, body: string): ParagraphAnchors[] {
	return paragraphAnchors(withIds(bodyParagraphs(body)), recordedAnchors(data));
}
