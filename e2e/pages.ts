import { readArticles, readTaxonomy } from './articles';

/** The prefix of each edition's paths (see `src/lib/urls.ts`). */
export const EDITION_PREFIX = { hans: '', hant: '/zh-hant' } as const;
export type Edition = keyof typeof EDITION_PREFIX;
export const EDITIONS = Object.keys(EDITION_PREFIX) as Edition[];

/** An article path in an edition. */
export const articleIn = (edition: Edition, slug: string) => `${EDITION_PREFIX[edition]}/articles/${slug}/`;

const articles = readArticles();
const first = articles[0];
const year = first?.slug.slice(0, 4);
const taxonomy = readTaxonomy();
/** A place tag if an article has one: its page has every picture (timeline, co-occurring tags, the map). */
const tagIds = articles.flatMap((a) => a.tags);
const pageTag = taxonomy.get(tagIds.find((id) => taxonomy.get(id)?.kind === 'place') ?? tagIds[0] ?? '');

/** One page of each type, as a path in the 简体 edition (prefix it for 繁體). */
export const PAGE_TYPES: [name: string, path: string][] = [
	['home', '/'],
	['list', '/articles/'],
	['archive', '/archive/'],
	...(year && /^\d{4}$/.test(year) ? [['year', `/archive/${year}/`] as [string, string]] : []),
	['publishers', '/publishers/'],
	['tags', '/tags/'],
	...(pageTag ? [['tag', `/tags/${pageTag.slug}/`] as [string, string]] : []),
	...(first ? [['article', `/articles/${first.slug}/`] as [string, string]] : []),
];
