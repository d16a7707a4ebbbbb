import type { ArticleFrontmatter, Confidence, Person } from '../schemas/article';
import { dateTimeAttribute, formatArticleDate } from './dates';
import { convertText, type Edition, toEdition } from './edition';
import { labelsFor } from './labels';
import { formatPeople } from './people';
import { type LangTag, langForScript } from './script';
import { articlePath } from './urls';

/** What a page shows about an article, already worded for readers in one edition. */
export interface ArticleView {
	href: string;
	lang: LangTag;
	title: string;
	kicker?: string;
	subtitle?: string;
	/** The date at its real precision, or a "date unknown" label. */
	dateText: string;
	/** For `<time datetime>`; absent when the date is unknown. */
	dateTime?: string;
	/** The publisher, or a "publisher unknown" label. */
	publisher: string;
	/** Byline text, e.g. `记者 李治国`; empty when the byline names no one. */
	authors: string;
	editors: string;
	summary: string;
	/** The people credited, converted to the edition (for citations and meta). */
	authorList: Person[];
	/** The publisher's name in the edition's script (whatever script the editor wrote it in); empty when unknown. */
	publisherName: string;
}

/**
 * Words an article's frontmatter for display in an edition (by default the
 * article's own script), converting its text with opencc-js when the edition
 * is not the original.
 */
export function articleView(data: ArticleFrontmatter, edition: Edition = data.script): ArticleView {
	// An article is listed on many pages (lists, tags, related links): word it once per edition.
	const views = memo.get(data) ?? new Map<Edition, ArticleView>();
	memo.set(data, views);
	const known = views.get(edition);
	if (known) return known;
	const view = wordView(data, edition);
	views.set(edition, view);
	return view;
}

/** Views already made, per frontmatter object (entries are immutable: an edited article is a new object). */
const memo = new WeakMap<ArticleFrontmatter, Map<Edition, ArticleView>>();

/** A publisher's name in the edition's script, or the "publisher unknown" label when there is none. */
export function publisherLabel(name: string, edition: Edition): string {
	return name ? toEdition(name, edition) : labelsFor(edition).publisherUnknown;
}

/** How sure the ingest is of a fact, as the provenance section says it after the fact (`（可信度：高）`). */
export function confidenceNote(confidence: Confidence, edition: Edition): string {
	const t = labelsFor(edition);
	return `（${t.confidence}：${t.confidences[confidence]}）`;
}

function wordView(data: ArticleFrontmatter, edition: Edition): ArticleView {
	const t = labelsFor(edition);
	const c = (text: string) => convertText(text, data.script, edition);
	const people = (list: readonly Person[]) => list.map((p) => ({ name: c(p.name), role: c(p.role) }));
	const authorList = people(data.authors);
	return {
		href: articlePath(edition, data.slug),
		lang: langForScript(edition),
		title: c(data.title),
		kicker: data.kicker ? c(data.kicker) : undefined,
		subtitle: data.subtitle ? c(data.subtitle) : undefined,
		dateText: formatArticleDate(data.date, t.dateUnknown),
		dateTime: dateTimeAttribute(data.date),
		publisher: publisherLabel(data.publisher, edition),
		authors: formatPeople(authorList),
		editors: formatPeople(people(data.editors)),
		summary: c(data.summary),
		authorList,
		publisherName: toEdition(data.publisher, edition),
	};
}
