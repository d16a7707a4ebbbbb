import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lostPermalinks, type PermalinkRegistry, permalinkRegistry } from '../src/lib/permalinks';
import { readFrontmatters, REGISTRY_PATH } from '../scripts/permalink-source';

const committed = JSON.parse(readFileSync(REGISTRY_PATH, 'utf8')) as PermalinkRegistry;
const now = permalinkRegistry(readFrontmatters());

describe('permalink registry (content/permalinks.json)', () => {
	it('still serves every committed URL, as a page or a redirect', () => {
		expect(lostPermalinks(committed, now)).toEqual([]);
	});

	it('is up to date with the articles (run `npm run permalinks`)', () => {
		expect(committed).toEqual(now);
	});

	it('lists each article in both editions', () => {
		for (const { slug } of readFrontmatters()) {
			expect(committed.articles).toContain(`/articles/${slug}/`);
			expect(committed.articles).toContain(`/zh-hant/articles/${slug}/`);
		}
	});
});

describe('permalinkRegistry', () => {
	const article = (slug: string, aliases: string[] = []) => ({ slug, aliases });

	it('redirects a former slug in both editions', () => {
		const registry = permalinkRegistry([article('2020-09-new', ['2020-09-old'])]);
		expect(registry.redirects).toEqual({
			'/articles/2020-09-old/': '/articles/2020-09-new/',
			'/zh-hant/articles/2020-09-old/': '/zh-hant/articles/2020-09-new/',
		});
	});

	it('notices a renamed slug without an alias as a lost URL', () => {
		const before = permalinkRegistry([article('a')]);
		expect(lostPermalinks(before, permalinkRegistry([article('b')]))).toEqual(['/articles/a/', '/zh-hant/articles/a/']);
		expect(lostPermalinks(before, permalinkRegistry([article('b', ['a'])]))).toEqual([]);
	});

	it('never redirects a slug that is some article\'s current slug', () => {
		expect(permalinkRegistry([article('a', ['b']), article('b')]).redirects).toEqual({});
	});
});
