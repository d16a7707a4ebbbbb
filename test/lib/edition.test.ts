import { describe, expect, it } from 'vitest';
import { convertHtml, convertText, toEdition } from '../../src/lib/edition';

describe('convertText', () => {
	it('converts characters and phrases, not vocabulary (never twp)', () => {
		expect(convertText('支持信息发展', 'hans', 'hant')).toBe('支持信息發展');
		expect(convertText('長三角一體化發展', 'hant', 'hans')).toBe('长三角一体化发展');
	});

	it('does not let a phrase swallow the start of the next word', () => {
		expect(convertText('是沪杭金发展带和G60科创走廊', 'hans', 'hant')).toBe('是滬杭金發展帶和G60科創走廊');
		expect(convertText('长三角一体化发展规划27个中心区城市之一', 'hans', 'hant')).toBe('長三角一體化發展規劃27個中心區城市之一');
		expect(convertText('开幕式上签署合作项目', 'hans', 'hant')).toBe('開幕式上簽署合作項目');
		expect(convertText('第二届金华发展大会', 'hans', 'hant')).toBe('第二屆金華發展大會');
		// …while real phrases still convert as phrases.
		expect(convertText('一头金发', 'hans', 'hant')).toBe('一頭金髮');
		expect(convertText('累计签约项目', 'hans', 'hant')).toBe('累計簽約項目');
	});

	it('leaves the original script alone', () => {
		expect(convertText('发展', 'hans', 'hans')).toBe('发展');
	});
});

describe('toEdition', () => {
	it('brings a name in either script to the edition', () => {
		expect(toEdition('金华日报', 'hant')).toBe('金華日報');
		expect(toEdition('金華日報', 'hant')).toBe('金華日報');
		expect(toEdition('金華日報', 'hans')).toBe('金华日报');
	});
});

describe('convertHtml', () => {
	it('converts text and attributes, never tags or text marked translate="no"', () => {
		const html = '<p id="p-1" title="数字缺失">发展<mark translate="no" class="x">发?<b>发</b></mark>发展</p>';
		expect(convertHtml(html, 'hans', 'hant')).toBe('<p id="p-1" title="數字缺失">發展<mark translate="no" class="x">发?<b>发</b></mark>發展</p>');
	});
});
