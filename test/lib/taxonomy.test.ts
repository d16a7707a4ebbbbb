import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildTaxonomy, createMatcher, loadTaxonomy, parseTaxonomy, TaxonomyError, type Tag } from '../../src/lib/taxonomy.ts';

const tag = (patch: Partial<Tag> & Pick<Tag, 'id'>): Tag => ({ slug: patch.id, name: '示例', kind: 'place', aliases: [], excludes: [], ...patch });

const issuesOf = (data: unknown): string[] => {
	try {
		buildTaxonomy(data, 'fixture.yaml');
		return [];
	} catch (error) {
		expect(error).toBeInstanceOf(TaxonomyError);
		return (error as TaxonomyError).issues;
	}
};

describe('taxonomy validation', () => {
	it('the committed content/taxonomy.yaml is valid and covers every kind', () => {
		const taxonomy = loadTaxonomy('content/taxonomy.yaml');
		expect(taxonomy.tags.length).toBeGreaterThan(40);
		expect(new Set(taxonomy.tags.map((t) => t.kind))).toEqual(new Set(['place', 'organization', 'initiative', 'topic', 'person']));
		for (const id of ['songjiang', 'jiaxing', 'hangzhou', 'jinhua', 'suzhou', 'huzhou', 'xuancheng', 'wuhu', 'hefei', 'g60', 'yitihua']) expect(taxonomy.byId.has(id)).toBe(true);
	});

	it('accepts a small valid taxonomy and builds the lookups', () => {
		const taxonomy = parseTaxonomy(['- id: pingjiang', '  slug: pingjiang-lu', '  name: 平江', '  kind: place', '  aliases: [平江路]'].join('\n'));
		expect(taxonomy.byId.get('pingjiang')?.name).toBe('平江');
		expect(taxonomy.bySlug.get('pingjiang-lu')?.id).toBe('pingjiang');
		expect(taxonomy.tags[0]!.excludes).toEqual([]);
	});

	it('rejects an alias claimed by two tags once the scripts are folded (苏州 vs 蘇州)', () => {
		const issues = issuesOf([tag({ id: 'suzhou', name: '苏州' }), tag({ id: 'gusu', name: '姑苏', aliases: ['蘇州'] })]);
		expect(issues).toHaveLength(1);
		expect(issues[0]).toMatch(/蘇州.*gusu.*suzhou/u);
	});

	it('rejects the same alias written identically in two tags', () => {
		expect(issuesOf([tag({ id: 'a', name: '东湖', aliases: ['湖区'] }), tag({ id: 'b', name: '西湖', aliases: ['湖区'] })])).toEqual([expect.stringContaining('"湖区" of b is claimed by a')]);
	});

	it('rejects duplicate ids and duplicate slugs', () => {
		expect(issuesOf([tag({ id: 'a', name: '甲地' }), tag({ id: 'a', slug: 'other', name: '乙地' })])).toEqual(['id "a" is used by 2 tags']);
		expect(issuesOf([tag({ id: 'a', slug: 'same', name: '甲地' }), tag({ id: 'b', slug: 'same', name: '乙地' })])).toEqual(['slug "same" is used by both a and b']);
	});

	it('rejects slugs and ids that are not readable lower-case ASCII', () => {
		for (const slug of ['Suzhou', '苏州', 'su_zhou', '-suzhou', 'su--zhou', 'su zhou']) expect(issuesOf([tag({ id: 'a', slug, name: '苏州' })]).join()).toMatch(/slug/u);
		expect(issuesOf([tag({ id: 'A1', name: '苏州' })]).join()).toMatch(/id must be/u);
	});

	it('rejects one-character aliases, names not in Simplified, unknown kinds and unknown fields', () => {
		expect(issuesOf([tag({ id: 'a', name: '上海', aliases: ['沪'] })]).join()).toMatch(/"沪" is shorter than two/u);
		expect(issuesOf([tag({ id: 'a', name: '蘇州' })]).join()).toMatch(/not in Simplified \(write 苏州\)/u);
		expect(issuesOf([{ ...tag({ id: 'a', name: '苏州' }), kind: 'city' }]).join()).toMatch(/^a\.kind/u);
		expect(issuesOf([{ ...tag({ id: 'a', name: '苏州' }), alias: ['姑苏'] }]).join()).toMatch(/alias/u);
	});

	it('rejects excludes that can never apply or that are another tag’s alias', () => {
		expect(issuesOf([tag({ id: 'a', name: '苏州', excludes: ['杭州湾'] })]).join()).toMatch(/contains none of its aliases/u);
		expect(issuesOf([tag({ id: 'a', name: '苏州', excludes: ['苏州湾'] }), tag({ id: 'b', name: '吴江', aliases: ['苏州湾'] })]).join()).toMatch(/also an alias of b/u);
	});

	it('names every problem at once', () => {
		const text = readFileSync('content/taxonomy.yaml', 'utf8');
		expect(() => parseTaxonomy(`${text}\n- { id: hefei, slug: hefei, name: 合肥, kind: place }\n`, 'broken.yaml')).toThrow(/broken\.yaml[\s\S]*id "hefei" is used by 2 tags/u);
	});
});

describe('matching mentions', () => {
	const taxonomy = buildTaxonomy([
		tag({ id: 'shanghai', name: '上海', aliases: ['上海市'] }),
		tag({ id: 'songjiang', name: '松江', aliases: ['松江区', '上海松江', '上海市松江区'] }),
		tag({ id: 'suzhou', name: '苏州', excludes: ['苏州河'] }),
		tag({ id: 'g60', name: 'G60科创走廊', kind: 'initiative', aliases: ['G60'] }),
		tag({ id: 'jiaotong', name: '交通', kind: 'topic' }),
		tag({ id: 'jiaoda', name: '上海交通大学', kind: 'organization' }),
	]);
	const matcher = createMatcher(taxonomy);
	const ids = (text: string) => matcher.mentions(text).map((m) => m.tagId);

	it('takes the longest alias, so 上海市松江区 is 松江 and not also 上海', () => {
		expect(ids('上海市松江区与上海交通大学合作，上海方面表示欢迎')).toEqual(['songjiang', 'jiaoda', 'shanghai']);
		expect(ids('松江交通便利')).toEqual(['songjiang', 'jiaotong']);
	});

	it('matches Traditional text and reports positions in the original text', () => {
		const text = '記者從上海市松江區獲悉，蘇州與松江';
		const mentions = matcher.mentions(text);
		expect(mentions.map((m) => [m.tagId, m.text])).toEqual([['songjiang', '上海市松江區'], ['suzhou', '蘇州'], ['songjiang', '松江']]);
		for (const m of mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
	});

	it('excludes claim their text for no tag (苏州河 is not 苏州)', () => {
		expect(ids('苏州河畔的苏州人')).toEqual(['suzhou']);
		expect(ids('蘇州河')).toEqual([]);
	});

	it('Latin aliases match case-insensitively but not inside longer Latin words or numbers', () => {
		expect(ids('g60与G60科创走廊')).toEqual(['g60', 'g60']);
		expect(ids('G600次列车，AG60型号')).toEqual([]);
		expect(ids('G60号班列')).toEqual(['g60']);
	});
});
