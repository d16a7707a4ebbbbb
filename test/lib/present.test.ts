import { describe, expect, it } from 'vitest';
import { sortNewestFirst } from '../../src/lib/order';
import { articleView } from '../../src/lib/present';
import { frontmatter } from './frontmatter';

describe('articleView', () => {
	it('words the frontmatter in the article script', () => {
		const view = articleView(frontmatter({ slug: 'x-1', authors: [{ name: '李治国', role: '记者' }] }));
		expect(view).toMatchObject({
			href: '/articles/x-1/',
			lang: 'zh-Hans',
			dateText: '2020年9月',
			dateTime: '2020-09',
			publisher: '经济日报',
			authors: '记者 李治国',
		});
	});

	it('converts text and links in the other edition', () => {
		const view = articleView(frontmatter({ slug: 'x-1', title: '长三角发展', authors: [{ name: '张红林', role: '记者' }] }), 'hant');
		expect(view).toMatchObject({ href: '/zh-hant/articles/x-1/', lang: 'zh-Hant', title: '長三角發展', publisher: '經濟日報', authors: '記者 張紅林' });
	});

	it('labels unknown values in the article script', () => {
		const view = articleView(
			frontmatter({
				script: 'hant',
				publisher: '',
				date: { value: '', precision: 'unknown', source: '', confidence: 'none' },
			}),
		);
		expect(view).toMatchObject({ lang: 'zh-Hant', dateText: '日期不詳', publisher: '來源不詳' });
		expect(view.dateTime).toBeUndefined();
	});
});

describe('sortNewestFirst', () => {
	it('sorts by date, then slug', () => {
		const entries = [
			{ data: frontmatter({ slug: 'b' }) },
			{ data: frontmatter({ slug: 'old', date: { value: '2019', precision: 'year', source: '', confidence: 'low' } }) },
			{ data: frontmatter({ slug: 'a' }) },
		];
		expect(sortNewestFirst(entries).map((e) => e.data.slug)).toEqual(['a', 'b', 'old']);
	});
});
