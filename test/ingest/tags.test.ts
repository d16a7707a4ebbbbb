import { describe, expect, it } from 'vitest';
import { buildTaxonomy, createMatcher, type Tag } from '../../src/lib/taxonomy.ts';
import { describeDecision, TAGGING_RULES, tagArticle, UnknownTagError, type TaggingInput } from '../../src/ingest/infer/tags.ts';
import { toSimplified } from '../../src/lib/fold.ts';
import * as OpenCC from 'opencc-js';

const tag = (id: string, name: string, kind: Tag['kind'] = 'place', aliases: string[] = []): Tag => ({ id, slug: id, name, kind, aliases, excludes: [] });
const taxonomy = buildTaxonomy([
	tag('shanghai', '上海', 'place', ['上海市']),
	tag('songjiang', '松江', 'place', ['松江区', '上海松江']),
	tag('jiaxing', '嘉兴', 'place', ['嘉兴市']),
	tag('huzhou', '湖州'),
	tag('g60', 'G60科创走廊', 'initiative', ['G60']),
	tag('rencai', '人才', 'topic'),
	tag('jinrong', '金融', 'topic', ['基金']),
	tag('jiaotong', '交通', 'topic', ['高铁']),
]);
const matcher = createMatcher(taxonomy);
const run = (input: TaggingInput, override?: { add?: string[]; remove?: string[] }) => tagArticle(input, taxonomy, matcher, override);
const toTraditional = OpenCC.Converter({ from: 'cn', to: 'tw' });

// Invented article: about 嘉兴 and the corridor; 湖州 named once in passing, 上海 only as part of 上海松江.
const ARTICLE: TaggingInput = {
	titleLines: ['嘉兴新建一座科创园', '', ''],
	paragraphs: [
		'本报讯 嘉兴市与上海松江签订协议，共同建设一座面向G60科创走廊的科创园。',
		'园区计划引进人才团队，嘉兴方面表示，园区毗邻高铁站。',
		'此前，湖州也曾考察这一模式。嘉兴将继续深化与G60沿线城市的人才合作。',
	],
};

describe('auto-tagging', () => {
	it('tags by frequency and position, best score first', () => {
		const { tags, decisions } = run(ARTICLE);
		// 嘉兴: title + lead + 3 mentions; g60: lead + 2; 松江: lead, 1 mention.
		expect(tags).toEqual(['jiaxing', 'g60', 'songjiang']);
		const byId = new Map(decisions.map((d) => [d.tagId, d]));
		expect(byId.get('jiaxing')).toMatchObject({ mentions: 3, inTitle: true, inLead: true, score: 3 + TAGGING_RULES.titleBonus + TAGGING_RULES.leadBonus, outcome: 'auto' });
		expect(byId.get('songjiang')).toMatchObject({ mentions: 1, inLead: true, outcome: 'auto' });
	});

	it('one mention outside title and lead is not enough; longest match keeps 上海松江 from counting as 上海', () => {
		const { decisions } = run(ARTICLE);
		expect(decisions.find((d) => d.tagId === 'huzhou')).toMatchObject({ mentions: 1, outcome: 'below threshold' });
		expect(decisions.some((d) => d.tagId === 'shanghai')).toBe(false);
	});

	it('topics need three mentions (人才 twice and 交通 once stay out), or the title', () => {
		const { decisions } = run(ARTICLE);
		expect(decisions.find((d) => d.tagId === 'rencai')).toMatchObject({ mentions: 2, outcome: 'below threshold' });
		expect(decisions.find((d) => d.tagId === 'jiaotong')).toMatchObject({ mentions: 1, outcome: 'below threshold' });
		expect(run({ ...ARTICLE, paragraphs: [...ARTICLE.paragraphs, '人才是第一资源。'] }).tags).toContain('rencai');
		expect(run({ ...ARTICLE, titleLines: ['高铁通到嘉兴'] }).tags).toContain('jiaotong');
	});

	it('a topic named once in the lead does not qualify, a place does', () => {
		const { tags } = run({ titleLines: [], paragraphs: ['湖州设立一支人才基金。', '其他内容。'] });
		expect(tags).toEqual(['huzhou']);
	});

	it('the lead is the first paragraph, not the first block', () => {
		const input = { titleLines: [], paragraphs: ['湖州专栏', '其他内容，没有地名。'], leadIndex: 1 };
		expect(run(input).tags).toEqual([]);
		expect(run({ ...input, leadIndex: 0 }).tags).toEqual(['huzhou']);
	});

	it('a subheading adds to the score, and can lift a tag over another with the same count', () => {
		const input: TaggingInput = { titleLines: [], paragraphs: ['导语没有地名。', '湖州湖州。', '嘉兴嘉兴。', '嘉兴专题'], headingIndexes: [3] };
		const { tags, decisions } = run(input);
		expect(tags).toEqual(['jiaxing', 'huzhou']);
		expect(decisions.find((d) => d.tagId === 'jiaxing')).toMatchObject({ mentions: 3, inHeading: true, score: 3 + TAGGING_RULES.headingBonus });
		expect(run({ ...input, paragraphs: ['导语没有地名。', '湖州湖州。', '嘉兴嘉兴。'] }).tags).toEqual(['huzhou', 'jiaxing']);
	});

	it('gives the same tags to the same article in Traditional script', () => {
		const traditional: TaggingInput = { titleLines: ARTICLE.titleLines.map(toTraditional), paragraphs: ARTICLE.paragraphs.map(toTraditional) };
		expect(traditional.paragraphs[0]).not.toBe(ARTICLE.paragraphs[0]);
		expect(toSimplified(traditional.paragraphs[0]!)).toBe(ARTICLE.paragraphs[0]);
		const { tags, decisions } = run(traditional);
		expect(tags).toEqual(run(ARTICLE).tags);
		expect(decisions.find((d) => d.tagId === 'jiaxing')!.forms).toEqual(['嘉興', '嘉興市']);
	});

	it('caps the number of tags, and of topics', () => {
		const many = Array.from({ length: 20 }, (_, i) => tag(`place-${String.fromCharCode(97 + i)}`, `${'甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉'[i]}城`));
		const topics = Array.from({ length: 8 }, (_, i) => tag(`topic-${String.fromCharCode(97 + i)}`, `${'金木水火土日月星'[i]}业`, 'topic'));
		const big = buildTaxonomy([...many, ...topics]);
		const text = [...many, ...topics].map((t, i) => `${t.name}。`.repeat(30 - i)).join('');
		const { tags, decisions } = tagArticle({ titleLines: [], paragraphs: ['无关的导语。', text] }, big, createMatcher(big));
		expect(tags).toHaveLength(TAGGING_RULES.maxTags);
		expect(tags[0]).toBe('place-a'); // the most mentioned first
		expect(decisions.filter((d) => d.outcome === 'over the cap')).toHaveLength(many.length + topics.length - TAGGING_RULES.maxTags);
		const topicsOnly = buildTaxonomy(topics);
		expect(tagArticle({ titleLines: [], paragraphs: ['导语。', text] }, topicsOnly, createMatcher(topicsOnly)).tags).toHaveLength(TAGGING_RULES.maxTopics);
	});

	it('editors add tags the text never earned and remove tags it did; additions come first', () => {
		const { tags, decisions } = run(ARTICLE, { add: ['shanghai', 'jinrong'], remove: ['g60'] });
		expect(tags).toEqual(['shanghai', 'jinrong', 'jiaxing', 'songjiang']);
		expect(decisions.find((d) => d.tagId === 'g60')!.outcome).toBe('editor removed');
		expect(decisions.find((d) => d.tagId === 'shanghai')).toMatchObject({ mentions: 0, outcome: 'editor added' });
		expect(describeDecision(decisions.find((d) => d.tagId === 'g60')!)).toMatch(/^G60科创走廊 \(g60\): 2 mentions, in lead as “G60科创走廊” “G60” — score \d+ \[editor removed\]$/u);
	});

	it('an id the taxonomy does not know is an error naming it', () => {
		expect(() => run(ARTICLE, { add: ['jiaxing', 'hangzhuo'] })).toThrow(UnknownTagError);
		expect(() => run(ARTICLE, { remove: ['nowhere'] })).toThrow(/"nowhere"/u);
	});
});
