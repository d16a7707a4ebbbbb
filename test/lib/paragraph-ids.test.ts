import { Converter } from 'opencc-js';
import { describe, expect, it } from 'vitest';
import { anchorQuote, paragraphAnchors, paragraphIds, recordAnchors, resolveAnchor, withIds } from '../../src/lib/paragraph-ids';

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

describe('anchorQuote', () => {
	it('is the first sentence when that is unique, else as many clauses as make it unique', () => {
		const paragraphs = withIds(['项目签约。金华位于长三角南翼，是G60科创走廊的重要节点城市，也是沪杭金发展带的节点。', '金华位于长三角南翼，是G60科创走廊的重要节点城市，也是浙中城市群的中心。']);
		expect(anchorQuote(paragraphs, 0)).toBe('项目签约');
		expect(anchorQuote(paragraphs, 1)).toBe('金华位于长三角南翼，是G60科创走廊的重要节点城市，也是浙中城市群的中心');
	});

	it('takes at least 16 letters and digits when the first sentence goes on', () => {
		const paragraphs = withIds(['当前，全面接轨上海，已成为嘉兴新时期工作的目标，各项事业走在前列。']);
		expect(anchorQuote(paragraphs, 0)).toBe('当前，全面接轨上海，已成为嘉兴新时期工作的目标');
	});
});

describe('resolveAnchor', () => {
	const old = withIds(['第一段，讲长三角一体化。', '第二段的第一句话，讲G60科创走廊。第二段的第二句话，讲九城协同。', '第三段很短。', '第四段也短。']);
	const recorded = recordAnchors(old, {}, true).anchors;
	const renewed = withIds(['第一段，讲长三角一体化。', '第二段的第一句话，讲G60科创走廊。', '第二段的第二句话，讲九城协同。', '第三段很短。第四段也短。']);

	it('keeps an anchor on its paragraph while that paragraph is unchanged, wherever it moved', () => {
		const moved = withIds(['新的一段。', ...old.map((p) => p.text)]);
		expect(resolveAnchor(recorded['p-1']!, moved)).toBe(old[0]!.id);
		expect(resolveAnchor(recorded[old[3]!.id]!, moved)).toBe(old[3]!.id);
	});

	it('leads a split paragraph\'s anchors to its first part, and a merged one\'s to the merged paragraph', () => {
		expect(resolveAnchor(recorded['p-2']!, renewed)).toBe(renewed[1]!.id);
		expect(resolveAnchor(recorded[old[1]!.id]!, renewed)).toBe(renewed[1]!.id);
		expect(resolveAnchor(recorded['p-3']!, renewed)).toBe(renewed[3]!.id);
		expect(resolveAnchor(recorded['p-4']!, renewed)).toBe(renewed[3]!.id);
	});

	it('finds the paragraph where the text starts even when a split cuts through it', () => {
		const anchor = { id: 'pgone000', text: '第二段的第一句话，讲G60科创走廊' };
		expect(resolveAnchor(anchor, withIds(['第二段的第一句话，', '讲G60科创走廊。']))).toBe(paragraphIds(['第二段的第一句话，'])[0]);
	});

	it('finds the text in either script, and gives up when it is gone', () => {
		expect(resolveAnchor(recorded['p-2']!, withIds(['第二段的第一句話，講G60科創走廊。']))).toBeDefined();
		expect(resolveAnchor(recorded['p-2']!, withIds(['全然不同的一段。']))).toBeUndefined();
	});
});

describe('paragraphAnchors', () => {
	it('puts each former anchor on the paragraph it resolves to, never one that is a paragraph\'s own ID', () => {
		const old = withIds(['甲段，讲长三角一体化。', '乙段，讲G60科创走廊。']);
		const recorded = recordAnchors(old, {}, true).anchors;
		const now = withIds(['乙段，讲G60科创走廊。', '甲段，讲长三角一体化。']);
		expect(paragraphAnchors(now, recorded)).toEqual([
			{ id: old[1]!.id, aliases: ['p-2'] },
			{ id: old[0]!.id, aliases: ['p-1'] },
		]);
	});
});
