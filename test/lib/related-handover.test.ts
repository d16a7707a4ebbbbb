import { describe, expect, it } from 'vitest';
import { relatedArticles, type RelatedInput } from '../../src/lib/related.ts';
import { handedOverRelated, handOverRelated, relatedInputsKey } from '../../src/lib/related-handover.ts';

/* Invented archive. */
const ARCHIVE: RelatedInput[] = [
	{ slug: 'a', tags: ['delta', 'ningbo'], text: '宁波舟山港集装箱吞吐量创新高。' },
	{ slug: 'b', tags: ['delta', 'ningbo'], text: '寧波舟山港新開集裝箱航線。' },
	{ slug: 'c', tags: ['delta'], text: '跨海大桥完成主体施工。' },
];
const handover = (inputs: readonly RelatedInput[]) => ({ key: relatedInputsKey(inputs), links: [...relatedArticles(inputs)] });

describe('related articles handed over by the build', () => {
	it('are used for exactly the inputs they were computed from', async () => {
		handOverRelated(Promise.resolve(handover(ARCHIVE)));
		expect(await handedOverRelated(ARCHIVE.map((a) => ({ ...a })))).toEqual(relatedArticles(ARCHIVE));
	});

	it('are not used when any input differs, even only in order', async () => {
		handOverRelated(Promise.resolve(handover(ARCHIVE)));
		const retagged = ARCHIVE.map((a) => (a.slug === 'c' ? { ...a, tags: ['delta', 'ningbo'] } : a));
		const edited = ARCHIVE.map((a) => (a.slug === 'c' ? { ...a, text: `${a.text}宁波` } : a));
		for (const inputs of [retagged, edited, [...ARCHIVE].reverse(), ARCHIVE.slice(1)]) expect(await handedOverRelated(inputs)).toBeUndefined();
	});

	it('are not used when the background work failed', async () => {
		handOverRelated(Promise.reject(new Error('child died')));
		expect(await handedOverRelated(ARCHIVE)).toBeUndefined();
	});
});
