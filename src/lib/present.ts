import type { ArticleFrontmatter } from '../schemas/article';
import { dateTimeAttribute, formatArticleDate } from './dates';
import { labelsFor } from './labels';
import { formatPeople } from './people';
import { type LangTag, langForScript } from './script';

/** What a page shows about an article, already worded for readers. */
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
}

/** The site path of an article page, from its permanent slug. */
export function articlePath(slug: string): string {
	return `/articles/${slug}/`;
}

/** Words an article's frontmatter for display, in the article's own script. */
export function articleView(data: ArticleFrontmatter): ArticleView {
	const t = labelsFor(data.script);
	return {
		href: articlePath(data.slug),
		lang: langForScript(data.script),
		title: data.title,
		kicker: data.kicker || undefined,
		subtitle: data.subtitle || undefined,
		dateText: formatArticleDate(data.date, t.dateUnknown),
		dateTime: dateTimeAttribute(data.date),
		publisher: data.publisher || t.publisherUnknown,
		authors: formatPeople(data.authors),
		editors: formatPeople(data.editors),
		summary: data.summary,
	};
}
