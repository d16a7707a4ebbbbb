import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { paragraphIds } from './paragraph-ids';

const toHant = Converter({ from: 'cn', to: 'tw' });
const texts = ['长三角一体化发展规划纲要发布。', '金华位于长三角南翼，是G60科创走廊的重要节点城市。', '“上海—金华周”在上海开幕。'];

describe('paragraphIds', () => {
	it('is p + 7 base-36 digits, never the shape of a positional p-N anchor', () => {
		for (const id of paragraphIds(texts)) expect(id).toMatch(/^p[0-9a-z]{7}$/u);
	});

	it('depends on the paragraph alone, not on its position or its neighbours', () => {
		const [a, b, c] = paragraphIds(texts);
		expect(paragraphIds([texts[2]!, '新加的一段。', texts[0]!])).toEqual([c, expect.any(String), a]);
		expect(paragraphIds([texts[1]!])).toEqual([b]);
	});

	it('is the same in both scripts, whatever the case of Latin letters and the punctuation', () => {
		expect(paragraphIds(texts.map((t) => toHant(t)))).toEqual(paragraphIds(texts));
		expect(paragraphIds(['金华是g60科创走廊的节点城市'])).toEqual(paragraphIds(['金华是G60科创走廊的节点城市。']));
	});

	it('changes when the words change', () => {
		expect(paragraphIds(['金华是G60科创走廊的节点城市。'])).not.toEqual(paragraphIds(['金华是G61科创走廊的节点城市。']));
	});

	it('tells repeated paragraphs apart by a suffix in document order', () => {
		const [first, other, second, third] = paragraphIds(['（完）', '正文。', '(完)', '（完）']);
		expect(second).toBe(`${first}-2`);
		expect(third).toBe(`${first}-3`);
		expect(other).not.toContain('-');
	});
});
