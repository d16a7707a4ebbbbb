import { describe, expect, it } from 'vitest';
import { anchorParagraphs } from '../../src/lib/paragraphs';

describe('anchorParagraphs', () => {
	it('numbers body paragraphs in order and links each to itself', () => {
		const html = '<p>一</p><h2>小标题</h2><p>二<mark>□</mark></p>';
		expect(anchorParagraphs(html)).toBe(
			'<p id="p-1">一 <a class="para-link" href="#p-1" aria-label="第1段">¶</a></p><h2>小标题</h2>' +
				'<p id="p-2">二<mark>□</mark> <a class="para-link" href="#p-2" aria-label="第2段">¶</a></p>',
		);
	});

	it('skips paragraphs inside captions, which are not body paragraphs', () => {
		const html = '<figure class="caption"><figcaption><p>图注</p></figcaption></figure><p>正文</p>';
		expect(anchorParagraphs(html)).toBe(
			'<figure class="caption"><figcaption><p>图注</p></figcaption></figure><p id="p-1">正文 <a class="para-link" href="#p-1" aria-label="第1段">¶</a></p>',
		);
	});
});
