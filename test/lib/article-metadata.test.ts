import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { articleMetaTags } from '../../src/lib/article-metadata';
import { splitArticleFile } from '../../src/lib/article-file';
import { articleCitation, cslItem } from '../../src/lib/citation';
import { EDITIONS } from '../../src/lib/edition';
import { articleView } from '../../src/lib/present';
import { absolute } from '../../src/lib/urls';

/**
 * What Zotero's Embedded Metadata translator reads (zotero/translators,
 * "Embedded Metadata.js" and "RDF.js"): a Highwire container tag decides the
 * item type outright (these five); without one, a `DC.type` that is a Zotero
 * item type decides it; `citation_*` give title, authors, date, language, URL;
 * the publication title comes from `prism.publicationName` before `og:site_name`.
 */
const ITEM_TYPE_TAGS = ['citation_journal_title', 'citation_conference_title', 'citation_book_title', 'citation_inbook_title', 'citation_dissertation_institution', 'citation_technical_report_institution'];

const dir = 'content/articles';
const articles = readdirSync(dir).filter((f) => f.endsWith('.mdx')).map((f) => splitArticleFile(readFileSync(join(dir, f), 'utf8')).data);

describe('the Highwire tags Zotero reads agree with the citation files', () => {
	for (const edition of EDITIONS) {
		it(`every article, ${edition}`, () => {
			expect(articles.length).toBeGreaterThan(0);
			for (const data of articles) {
				const view = articleView(data, edition);
				const url = absolute(view.href, undefined);
				const tags = articleMetaTags(view, url).flatMap((t) => ('name' in t ? [[t.name, t.content] as const] : []));
				const all = (name: string) => tags.filter(([n]) => n === name).map(([, content]) => content);
				const one = (name: string) => {
					expect(all(name), `${data.slug}: ${name}`).toHaveLength(1);
					return all(name)[0];
				};
				const csl = cslItem(articleCitation(view, data.date, url), url);

				expect(tags.filter(([n]) => ITEM_TYPE_TAGS.includes(n))).toEqual([]);
				expect(one('DC.type')).toBe('newspaperArticle');
				expect(csl.type).toBe('article-newspaper');
				expect(one('citation_title')).toBe(csl.title);
				expect(all('citation_author')).toEqual(csl.author?.map((a) => a.literal) ?? []);
				expect(all('citation_publication_date')).toEqual(csl.issued ? [csl.issued['date-parts'][0]!.map((n) => String(n).padStart(2, '0')).join('/')] : []);
				expect(all('prism.publicationName')).toEqual(csl['container-title'] ? [csl['container-title']] : []);
				expect(one('citation_language')).toBe(csl.language);
				expect(one('citation_public_url')).toBe(csl.URL);
			}
		});
	}
});
