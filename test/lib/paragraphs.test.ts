import { describe, expect, it } from 'vitest';
import { anchorParagraphs, bodyParagraphs } from '../../src/lib/paragraphs';

describe('bodyParagraphs', () => {
	it('reads each body paragraph as a reader sees it, without captions or headings', () => {
		const body = [
			'甲乙<Gap />丙<Garbled>锟斤</Garbled>丁<Repaired from="x">修</Repaired>。',
			'## 小标题',
			'<Caption credit="某某摄">图①：说明</Caption>',
			'<Caption credit="c">\n图注一段\n\n图注二段\n</Caption>',
			'第二段 **粗** [链](https://example.com)\n续行',
		].join('\n\n');
		expect(bodyParagraphs(body)).toEqual(['甲乙丙锟斤丁修。', '第二段 粗 链\n续行']);
	});
});

describe('anchorParagraphs', () => {
	const anchors = [
		{ id: 'paaaaaaa', aliases: ['p-1'] },
		{ id: 'pbbbbbbb', aliases: [] },
	];

	it('gives body paragraphs their ids, former anchors as aliases and a ¶ link to themselves', () => {
		const html = '<p>一</p><h2>小标题</h2><p>二<mark>□</mark></p>';
		expect(anchorParagraphs(html, anchors)).toBe(
			'<p id="paaaaaaa"><span class="para-alias" id="p-1"></span>一 <a class="para-link" href="#paaaaaaa" aria-label="第1段">¶</a></p><h2>小标题</h2>' +
				'<p id="pbbbbbbb">二<mark>□</mark> <a class="para-link" href="#pbbbbbbb" aria-label="第2段">¶</a></p>',
		);
	});

	it('skips paragraphs inside captions, which are not body paragraphs', () => {
		const html = '<figure class="caption"><figcaption><p>图注</p></figcaption></figure><p>正文</p>';
		expect(anchorParagraphs(html, [anchors[1]!])).toBe(
			'<figure class="caption"><figcaption><p>图注</p></figcaption></figure><p id="pbbbbbbb">正文 <a class="para-link" href="#pbbbbbbb" aria-label="第1段">¶</a></p>',
		);
	});

	it('refuses HTML whose paragraphs are not the ones listed', () => {
		expect(() => anchorParagraphs('<p>一</p>', anchors)).toThrow('the body has 1 paragraphs, its MDX 2');
		expect(() => anchorParagraphs('<p>一</p><p>二</p><p>三</p>', anchors)).toThrow('the body has 3 paragraphs, its MDX 2');
	});
});
