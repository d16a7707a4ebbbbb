import type { Confidence, Person } from '../../schemas/article.ts';
import type { Draft, FoundMetadata, PublisherEvidence } from '../types.ts';
import { fold, foldForMatching } from '../../lib/fold.ts';
import { isOutletName, isPersonalName, isPlace, parseCredits, parseNames, PUBLISHER_ENDING, PUBLISHER_SUFFIX } from '../text/names.ts';
import { credits, outlets, type Outlet } from '../text/outlets.ts';

/**
 * Stage 10 — bylines and publisher credits: parse them into authors (with
 * their roles), editors and publisher evidence, and remove them.
 *   (经济日报记者李治国)   （記者 盛游）   （中央社記者王大同台北3日電）   （中央社開羅3日電）
 *   (看看新闻Knews记者 謝丹青 實習編輯:花振坤)   （参考消息网）   （文/图 王小明 李四）
 *   本版稿件均为本报记者谢卫群采访   记者 李阳 通讯员 张强   采写：南都记者 王小明
 *   〔記者王小明／台北報導〕   聯合報記者王小明／台北即時報導   【王小明專欄】
 *   報導．攝影╱王小明   文/王小明   责任编辑：张三   南都讯（记者 王小明）   本站讯（通讯员 王小明）
 * The headline's labels (某報社論／, 【王小明專欄】) and an outlet's own notices
 * glued into the text (★《某週刊》關心您) are read too, and stay.
 * A parenthesised credit is taken from the start or the end of any line; a
 * byline line wherever it stands alone. Matching is on the Simplified fold
 * (ASCII lower-cased); what is kept is cut from the original line.
 */
const OUTLET_NAMES = outlets.namePattern;
const ROLE = String.raw`(?:特约记者|实习记者|见习记者|首席记者|摄影记者|特派记者|记者|通讯员|撰稿|实习生)`;
const NAME_LIST = String.raw`(?<names>\p{Script=Han}{2,4}?(?:[\s、，,]+\p{Script=Han}{2,4}?)*)`;
const PAREN = /^[（(](?<inner>[^（）()]{2,60})[)）]/du;
const PAREN_AT_END = /[（(](?<inner>[^（）()]{2,60})[)）]\s*(?:\d{6,8})?\s*$/du;
/** Inside a parenthesis: [outlet]记者 names [place(day)电 | ／place报导] [编辑：names]. A photo credit (（图／记者X摄）) is the caption's, not a byline. */
const CREDIT = new RegExp(
	String.raw`^(?<source>[^\s（）()/／:：]{0,16}?)(?<staff>本报|本台|本刊|本网)?(?<role>${ROLE})\s*(?<names>[^:：]{2,40}?)\s*(?:(?<editorRole>(?:实习|见习|责任)?编辑)[:：]\s*(?<editors>.{2,30}))?$`,
	'du',
);
/** The end of a wire credit after the names and the place: (台北)3日电, (华盛顿)1日专电, (／台北)报导. */
const WIRE_END = /(?:\d{1,2}日)?(?:专电|电|综合外电报导|(?:即时|连线|综合)?(?:报导|报道))$/u;
const EDITORS_ONLY = /^(?<editorRole>(?:实习|见习|责任)?编辑|责编)[:：]\s*(?<editors>.{2,30})$/du;
/** A wire credit naming no reporter: （中央社河內29日電）, （新华社北京专电）. */
const WIRE_CREDIT = new RegExp(String.raw`^(?<source>${OUTLET_NAMES})(?:(?!${ROLE})\p{Script=Han}){0,6}?(?:\d{1,2}日)?(?:专电|电)$`, 'du');
/** （文/圖 王小明 李大同）: writer and photographer at once. */
const TEXT_AND_PHOTOS = new RegExp(String.raw`^(?<role>文[/／、]?图|图[/／、]?文)\s*[/／:：]?\s*${NAME_LIST}$`, 'du');
/** （實習生王小明對此文亦有貢獻）: a contributor credited after the text. */
const CONTRIBUTED = new RegExp(String.raw`^(?<role>${ROLE})\s*${NAME_LIST}\s*对(?:此|本)文(?:亦|也)?有(?:所)?贡献$`, 'du');
/** A closing credit naming only the outlet: （参考消息网）, （来源：中央社）. */
const CLOSING = new RegExp(String.raw`^(?:来源[:：]\s*)?(?<source>${OUTLET_NAMES})$`, 'du');
/**
 * A wire dateline the dateline stage left in the text (it opens a paragraph
 * below the first lines, under page furniture): 新华社巴黎12月9日电（记者X）.
 * Its byline names the writers; the dateline and the byline stay as printed.
 */
const WIRE_DATELINE_BYLINE = new RegExp(String.raw`^(?<source>${OUTLET_NAMES})\p{Script=Han}{0,6}?\d{1,2}月\d{1,2}日(?:专电|电)[（(](?<inner>[^（）()]{2,40})[)）]`, 'du');
/** A page's date line that names the outlet after the time: 2019-09-26 10:56:28 某某时报网 (known outlets only). */
const TIME_AND_OUTLET = new RegExp(String.raw`^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?\s+(?:来源[:：]\s*)?(?<source>${OUTLET_NAMES})$`, 'du');
/** 本站讯, 本网讯: a site's dateline for its own staff (本报讯 with a byline is the dateline stage's). */
const OWN_SITE_DATELINE = /^本(?:站|网)(?:快讯|讯)\s*/u;
/** 南都讯, 新京报快讯: a known outlet's own dateline without a date (datelines with a date are the dateline stage's). */
const OUTLET_DATELINE = new RegExp(String.raw`^(?<source>${OUTLET_NAMES})(?:快讯|讯)\s*`, 'du');
/** The same after a lead sentence on the line, when a byline follows it: …拜登父子。新京報快訊（記者 X）…. */
const OUTLET_DATELINE_AFTER_LEAD = new RegExp(String.raw`(?<=[。！？])(?<source>${OUTLET_NAMES})(?:快讯|讯)(?=[（(])`, 'du');

const WRITER_ROLE = String.raw`(?:文字|文|撰文|报导|报道|采访|整理|摄影|摄像|编译|口述)`;
/** 〔記者王小明／台北報導〕  聯合報記者王小明／台北即時報導  記者王小明、李大同／綜合報導 */
const BRACKETED_BYLINE = new RegExp(String.raw`^[〔［[【(（]?(?<source>${OUTLET_NAMES}|[^\s\d，。,:：、〔［[【(（]{2,12}?${PUBLISHER_ENDING})?(?<role>${ROLE})\s*(?<names>[^／/〕］\]】]{2,30})[／/](?<place>\p{Script=Han}{2,6}?)(?:即时|连线|综合)?(?:报导|报道)[〕］\]】)）]?\s*`, 'du');
const LINE_BYLINES: RegExp[] = [
	// 本版稿件均为本报记者谢卫群采访 / 澎湃新闻记者 王芳 / 记者 李阳 通讯员 张强
	new RegExp(String.raw`^(?:本版|本文)?(?:稿件)?(?:均为|均由|由)?(?<source>[^\s\d，。,:：、]{2,12}?${PUBLISHER_ENDING})?(?<staff>本报|本台|本刊)?(?<role>${ROLE})\s*${NAME_LIST}\s*(?:采访|采写|撰写|报道|整理|摄)?(?:报道)?$`, 'du'),
	// 文/王小明  文／记者 王小明  作者：张三  采写：南都见习记者 王小明 李大同
	// 【文/某网专栏作者 王小明】
	new RegExp(String.raw`^[【\[]?(?:文|撰文|作者|本文作者|采写|执笔)\s*[/／:：]\s*(?<source>${OUTLET_NAMES}|[^\s\d，。,:：、]{2,12}?${PUBLISHER_ENDING})?(?<staff>本报|本台|本刊)?(?<role>${ROLE}|专栏作者|特约作者|特约撰稿人)?\s*${NAME_LIST}[】\]]?$`, 'du'),
	// 《某專欄》作者 王小明: a column's writer (the column is no publisher)
	new RegExp(String.raw`^《[^《》]{1,12}》(?<role>作者|记者)\s*[:：]?\s*${NAME_LIST}$`, 'du'),
	BRACKETED_BYLINE,
	// 责任编辑：张三, 责任编辑：张三_NB1234 (a portal's staff code after the name)
	/^[(（【[]?(?<editorRole>责任编辑|责编|编辑)[:：]\s*(?<editors>\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*)(?:_[a-z]*\d*)?[)）】\]]?$/du,
];
/**
 * 報導．攝影╱王小明, 文字／王小明　攝影／李大同, 某科供稿 摄影/王小明 编辑/李四:
 * each role list names the people after it; an editor's role makes them editors.
 * The unit that supplied the text (某科供稿) is no one's name and stays quoted in the byline.
 */
const SLASHED_ROLES = String.raw`(?:${WRITER_ROLE}(?:\s*[．.·、]\s*${WRITER_ROLE})*|责任编辑|责编|编辑)`;
const ROLE_SLASH_LINE = new RegExp(String.raw`^(?:[^\s/／:：]{2,24}?供稿\s*)?(?:${SLASHED_ROLES}\s*[╱/／:：]\s*\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*\s*)+$`, 'u');
const ROLE_SLASH_PART = new RegExp(String.raw`(?<roles>${SLASHED_ROLES})\s*[╱/／:：]\s*(?<names>\p{Script=Han}{2,4}(?:[、，,]\p{Script=Han}{2,4})*)`, 'gdu');
const EDITOR_ROLE = /^(?:责任编辑|责编|编辑)$/u;
/** 〔記者…報導〕 or ［記者…報導］ at the start of a line, or after a sentence or a photo credit on it (a page notice left before it). */
const BRACKETED = /(?:^|(?<=[。！？）)]))[〔［](?<inner>[^〔〕［］]{4,40}(?:报导|报道))[〕］]/du;
/**
 * A page's information line: 来源：某某报 作者：王小明 (often after the
 * time). The labels go; what else the line holds (the time) stays.
 */
const SOURCE_LABEL = /(?:本文)?(?:来源|来自)[:：]\s*(?<source>[^\s:：|｜]{2,20}?)(?=\s|[|｜]|作者|编辑|责任编辑|记者|$)/du;
const AUTHOR_LABEL = /作者[:：]\s*(?<names>\p{Script=Han}{2,4}(?:[\s、，,]+\p{Script=Han}{2,4})*?)(?=\s|[|｜]|来源|编辑|责任编辑|$)/du;
const INFO_LINE_MAX = 80;
/** What a 来源 label names when it names no outlet: the web at large, the site itself, a compilation. */
const NO_OUTLET = /^(?:网络|互联网|网友|网传|本站|本网|综合|网络综合|综合报道|整理|转载|未知|不详)$/u;
/**
 * An outlet's own notices name it, wherever they are glued into the text: a
 * site's comment rules (違反上述規定者，某某電子報有權刪除留言), its
 * public-service notes (★《某週刊》關心您), its self-description (1974年創刊的
 * 《某刊》), the operator's line (由某投顧獨立經營管理), a photo licence (供《某報》專用).
 * Evidence only: the text is not a credit, and stays.
 */
const OUTLET_NOTICES: RegExp[] = [
	new RegExp(String.raw`(?<source>${OUTLET_NAMES})有权删除`, 'du'),
	new RegExp(String.raw`[★※]\s*《?(?<source>${OUTLET_NAMES})》?关心您`, 'du'),
	new RegExp(String.raw`\d{4}年创刊的《(?<source>${OUTLET_NAMES})》`, 'du'),
	// 某投顧獨立經營管理, 【某投信 獨立經營管理】: a fund platform's column names the fund house that runs it, known or not.
	new RegExp(String.raw`(?:^|[。！？【\s]|由)(?<source>${OUTLET_NAMES}|\p{Script=Han}{2,10}?(?:投信|投顾))\s?独立经营管理`, 'du'),
	new RegExp(String.raw`供《(?<source>${OUTLET_NAMES})》专用`, 'du'),
];
/**
 * A headline labelled as the outlet's own editorial: 某報社論／…, 某報黑白集／….
 * Only with the slash: 某報社論：… or 某報評論：… heads a report on another
 * outlet's editorial, as often as not.
 */
const EDITORIAL_LABEL = new RegExp(String.raw`^(?<source>${OUTLET_NAMES})(?:社论|社评|短评|黑白集)[／/]`, 'du');
/** A column labelled with its writer: 【王大明專欄】…, 〈王大明專欄〉…, 王大明專欄／…. */
const COLUMN_LABEL = /^(?:[【〈\[](?<bracketed>\p{Script=Han}{2,4})专栏[】〉\]]|(?<slashed>\p{Script=Han}{2,4})专栏[／/])/du;
const WORDS = new Intl.Segmenter('zh', { granularity: 'word' });
/**
 * A name only a byline shape vouches for (a column label, a lone name in
 * parentheses closing the text) must look like nothing else: 3–4 characters
 * when it stands alone under a label (two, such as 金融 or 彭博, are as often
 * a word or a brand), and never one dictionary word (房地產, 高明).
 */
const isCertainName = (name: string, minimum: number): boolean => {
	if (name.length < minimum || !isPersonalName(name)) return false;
	const words = [...WORDS.segment(name)];
	return !(words.length === 1 && words[0]!.isWordLike);
};

interface BylineParts {
	authors: Person[];
	editors: Person[];
	/** The outlet credited, as printed. */
	source?: string;
	/** How sure the credit makes the outlet. */
	sourceConfidence?: Confidence;
}

const isPublisherName = (name: string): boolean => PUBLISHER_SUFFIX.test(foldForMatching(name)) || credits(name, 'reporter');
const nothing = (parts: BylineParts): boolean => parts.authors.length === 0 && parts.editors.length === 0 && !parts.source;

/**
 * Names run into a wire credit's place (王大同台北, 林一新北): the place is a
 * known one at the end, or else the last two characters when a 2–3 character
 * name is left.
 */
function namesBeforePlace(text: string): string {
	const parts = text.split(/([\s、，,]+)/u);
	const last = parts.at(-1)!;
	const folded = foldForMatching(last);
	for (let length = Math.min(5, folded.length - 2); length >= 2; length--) {
		if (isPlace(folded.slice(-length))) return [...parts.slice(0, -1), last.slice(0, -length)].join('');
	}
	return last.length >= 4 ? [...parts.slice(0, -1), last.slice(0, -2)].join('') : text;
}

/** Reads the inside of a parenthesis as a credit, or nothing when it names no one and no outlet. */
function parenCredit(inner: string, atEnd: boolean): BylineParts | undefined {
	const trimmed = inner.trim();
	const folded = fold(trimmed);
	const cut = (match: RegExpExecArray, key: string) => (match.indices!.groups![key] ? trimmed.slice(...match.indices!.groups![key]!) : undefined);
	const editorsOnly = EDITORS_ONLY.exec(folded);
	if (editorsOnly) {
		const editors = parseNames(cut(editorsOnly, 'editors')!, cut(editorsOnly, 'editorRole')!);
		return editors.length > 0 ? { authors: [], editors } : undefined;
	}
	for (const pattern of [TEXT_AND_PHOTOS, CONTRIBUTED]) {
		const shared = pattern.exec(folded);
		if (!shared) continue;
		const authors = parseNames(cut(shared, 'names')!, cut(shared, 'role')!);
		return authors.length > 0 ? { authors, editors: [] } : undefined;
	}
	const wire = WIRE_CREDIT.exec(folded);
	if (wire && (credits(cut(wire, 'source')!, 'dateline') || credits(cut(wire, 'source')!, 'closing'))) {
		return { authors: [], editors: [], source: cut(wire, 'source'), sourceConfidence: 'high' };
	}
	const closing = atEnd ? CLOSING.exec(folded) : null;
	if (closing && credits(cut(closing, 'source')!, 'closing')) return { authors: [], editors: [], source: cut(closing, 'source'), sourceConfidence: 'high' };
	const credit = CREDIT.exec(folded);
	if (!credit) return undefined;
	const source = cut(credit, 'source');
	const role = [cut(credit, 'staff'), cut(credit, 'role')].filter(Boolean).join('');
	let names = cut(credit, 'names')!;
	const wireEnd = WIRE_END.exec(foldForMatching(names));
	if (wireEnd) {
		const beforeEnd = names.slice(0, wireEnd.index);
		const slash = beforeEnd.search(/[/／]/u);
		names = slash >= 0 ? beforeEnd.slice(0, slash) : namesBeforePlace(beforeEnd);
	}
	const editors = cut(credit, 'editors');
	const parts: BylineParts = {
		authors: parseCredits(names, role),
		editors: editors ? parseNames(editors, cut(credit, 'editorRole')!) : [],
		source: source && isPublisherName(source) ? source : undefined,
		sourceConfidence: source && credits(source, 'reporter') ? 'high' : 'medium',
	};
	return parts.authors.length > 0 ? parts : undefined;
}

function lineCredit(line: string, match: RegExpExecArray): BylineParts {
	const at = match.indices!.groups!;
	const text = (key: string) => (at[key] ? line.slice(...at[key]) : undefined);
	const role = [text('staff'), text('role')].filter(Boolean).join('');
	const names = text('names');
	const editors = text('editors');
	const source = text('source');
	return {
		authors: names ? parseCredits(names, role) : [],
		editors: editors ? parseNames(editors, text('editorRole') ?? '') : [],
		source: source && isPublisherName(source) ? source : undefined,
		sourceConfidence: source && credits(source, 'reporter') ? 'high' : 'medium',
	};
}

function roleSlashCredit(line: string): BylineParts | undefined {
	const folded = fold(line.trim());
	if (!ROLE_SLASH_LINE.test(folded)) return undefined;
	const trimmed = line.trim();
	const parts = [...folded.matchAll(ROLE_SLASH_PART)].map((m) => ({ editor: EDITOR_ROLE.test(m.groups!.roles!), people: parseNames(trimmed.slice(...m.indices!.groups!.names!), trimmed.slice(...m.indices!.groups!.roles!)) }));
	const authors = parts.filter((part) => !part.editor).flatMap((part) => part.people);
	const editors = parts.filter((part) => part.editor).flatMap((part) => part.people);
	return authors.length + editors.length > 0 ? { authors, editors } : undefined;
}

/** A line of labels, not a sentence: no sentence punctuation, and the label at its start or after a space (a time before it). */
const labelsOnly = (line: string, labelAt: number): boolean => !/[。！？；，,]/u.test(line) && (labelAt === 0 || /\s/u.test(line[labelAt - 1] ?? ''));

/** The source and author labels of a page's information line, the line without them, and the labels' text. */
function infoLine(line: string): { parts: BylineParts; rest: string; text: string } | undefined {
	if (line.length > INFO_LINE_MAX) return undefined;
	const folded = fold(line);
	const source = SOURCE_LABEL.exec(folded);
	const author = AUTHOR_LABEL.exec(folded);
	if (!source && !author) return undefined;
	const sourceText = source && line.slice(...source.indices!.groups!.source!);
	const parts: BylineParts = {
		authors: author ? parseNames(line.slice(...author.indices!.groups!.names!), '作者') : [],
		editors: [],
		// On a line of labels (no sentence; the label opens it or follows a space) the label says it names the source:
		// any name but a non-outlet (网络, 本站) is one, an unknown outlet too (its confidence says so).
		source: sourceText && (isPublisherName(sourceText) || (labelsOnly(line, source!.index) && !NO_OUTLET.test(fold(sourceText)))) ? sourceText : undefined,
		sourceConfidence: sourceText && credits(sourceText, 'dateline') ? 'high' : sourceText && isPublisherName(sourceText) ? 'medium' : 'low',
	};
	if (nothing(parts)) return undefined;
	const spans = [source, author].filter((m): m is RegExpExecArray => m !== null).sort((a, b) => a.index - b.index);
	let rest = '';
	let at = 0;
	for (const span of spans) {
		rest += line.slice(at, span.index);
		at = span.index + span[0].length;
	}
	rest += line.slice(at);
	return { parts, rest: rest.trim(), text: spans.map((span) => line.slice(span.index, span.index + span[0].length)).join(' ') };
}

/** The columnist a column label names (【王大明專欄】), and the label as printed. */
function columnLabel(line: string): { authors: Person[]; label: string } | undefined {
	const label = COLUMN_LABEL.exec(fold(line));
	const at = label?.indices!.groups!.bracketed ?? label?.indices!.groups!.slashed;
	if (!label || !at) return undefined;
	const name = line.slice(...at);
	const printed = line.slice(0, label[0].length);
	return isCertainName(name, 3) ? { authors: [{ name, role: line.slice(at[1], at[1] + 2) }], label: printed } : undefined;
}

/** …。（王小明）: a lone name in parentheses after the last sentence of the text is its writer's byline. */
function closingName(line: string, paren: RegExpExecArray): BylineParts | undefined {
	const name = paren.groups!.inner!.trim();
	const before = line.slice(0, paren.index).trimEnd().at(-1) ?? '';
	return /[。！？」”]/u.test(before) && isCertainName(name, 2) && name.length <= 3 ? { authors: [{ name, role: '' }], editors: [] } : undefined;
}

/** A byline that names no outlet but is one outlet's own (data/outlets.yaml `bylines`). */
function ownBylineOutlet(byline: string): Outlet | undefined {
	const folded = foldForMatching(byline.trim());
	return outlets.ownBylines.find(({ pattern }) => pattern.test(folded))?.outlet;
}

export function extractByline(draft: Draft): Draft {
	const removed = [...draft.removed];
	const found: FoundMetadata = { ...draft.found, authors: [...draft.found.authors], editors: [...draft.found.editors] };
	const evidence: PublisherEvidence[] = [...(draft.found.publisherEvidence ?? [])];
	const take = (parts: BylineParts, text: string, where: string) => {
		removed.push({ kind: 'byline', text });
		found.authors.push(...parts.authors.filter((p) => !found.authors.some((a) => a.name === p.name)));
		found.editors.push(...parts.editors.filter((p) => !found.editors.some((e) => e.name === p.name)));
		const method = `${parts.authors.length + parts.editors.length > 0 ? 'byline' : 'credit'} “${text.trim()}” (${where})`;
		if (parts.source) {
			const confidence = parts.sourceConfidence ?? 'medium';
			evidence.push({ kind: 'credit', name: parts.source, method, confidence });
			if (!found.publisher) found.publisher = { name: parts.source, method, confidence };
		} else {
			const own = ownBylineOutlet(text);
			if (own) evidence.push({ kind: 'credit', name: own.name.hans, method: `${method}, a byline shape of ${own.name.hans}'s own`, confidence: 'medium', outletId: own.id });
		}
	};

	// The headline's labels: 某報社論／… names the outlet, 【王大明專欄】… the columnist. The headline keeps them.
	const headline = draft.found.title?.text;
	const editorial = headline ? EDITORIAL_LABEL.exec(fold(headline)) : null;
	if (headline && editorial) {
		const source = headline.slice(...editorial.indices!.groups!.source!);
		const method = `the headline's label “${headline.slice(0, editorial[0].length)}”`;
		evidence.push({ kind: 'credit', name: source, method, confidence: 'high' });
		if (!found.publisher) found.publisher = { name: source, method, confidence: 'high' };
	}
	const columnist = headline ? columnLabel(headline) : undefined;
	if (columnist) found.authors.push(...columnist.authors.filter((p) => !found.authors.some((a) => a.name === p.name)));

	// A lead sentence before an outlet's dateline becomes a paragraph of its own; the dateline is then read at its line's start.
	const lines = draft.lines.flatMap((line, index) => {
		const afterLead = index < 3 ? OUTLET_DATELINE_AFTER_LEAD.exec(fold(line)) : null;
		return afterLead && credits(line.slice(...afterLead.indices!.groups!.source!), 'dateline') ? [line.slice(0, afterLead.index), line.slice(afterLead.index)] : [line];
	});
	const last = lines.length - 1;
	const result = lines.flatMap((original, index) => {
		let line = original;
		if (index < 4) {
			const dateline = OUTLET_DATELINE.exec(fold(line));
			if (dateline && credits(line.slice(...dateline.indices!.groups!.source!), 'dateline')) {
				const text = line.slice(0, dateline[0].length);
				take({ authors: [], editors: [], source: line.slice(...dateline.indices!.groups!.source!), sourceConfidence: 'high' }, text, 'dateline');
				line = line.slice(dateline[0].length);
			}
		}
		// 本站讯（通讯员 王小明）: the site's own dateline names no publisher, but its byline names the writers.
		const ownDateline = index < 4 ? OWN_SITE_DATELINE.exec(fold(line)) : null;
		const ownCredit = ownDateline ? PAREN.exec(line.slice(ownDateline[0].length)) : null;
		const ownParts = ownCredit ? parenCredit(ownCredit.groups!.inner!, false) : undefined;
		if (ownDateline && ownCredit && ownParts) {
			const end = ownDateline[0].length + ownCredit[0].length;
			take(ownParts, line.slice(0, end), 'dateline');
			line = line.slice(end).trimStart();
		}
		const wireDateline = index < 6 ? WIRE_DATELINE_BYLINE.exec(fold(line)) : null;
		const wireParts = wireDateline && credits(line.slice(...wireDateline.indices!.groups!.source!), 'dateline') ? parenCredit(wireDateline.groups!.inner!, false) : undefined;
		if (wireDateline && wireParts) {
			found.authors.push(...wireParts.authors.filter((p) => !found.authors.some((a) => a.name === p.name)));
			const printed = line.slice(0, wireDateline[0].length);
			evidence.push({ kind: 'credit', name: line.slice(...wireDateline.indices!.groups!.source!), method: `dateline “${printed}” (kept in the text)`, confidence: 'high' });
		}
		// Parenthesised credits at the start and the end of the line.
		const leading = PAREN.exec(line);
		const leadingParts = leading && parenCredit(leading.groups!.inner!, false);
		if (leading && leadingParts) {
			take(leadingParts, leading[0], index === 0 ? 'start of text' : 'start of a paragraph');
			line = line.slice(leading[0].length).trimStart();
		}
		const column = columnLabel(line);
		if (column) {
			take({ authors: column.authors, editors: [] }, column.label, index === 0 ? 'start of text' : 'start of a paragraph');
			line = line.slice(column.label.length).trimStart();
		}
		const trailing = PAREN_AT_END.exec(line);
		const trailingParts = trailing && (parenCredit(trailing.groups!.inner!, index === last) ?? (index === last ? closingName(line, trailing) : undefined));
		if (trailing && trailingParts) {
			take(trailingParts, line.slice(trailing.index), index === last ? 'end of text' : 'end of a paragraph');
			line = line.slice(0, trailing.index).trimEnd();
		}
		if (line.trim() === '') return [];
		for (const pattern of OUTLET_NOTICES) {
			const notice = pattern.exec(fold(line));
			if (!notice) continue;
			const name = line.slice(...notice.indices!.groups!.source!);
			const quoted = line.slice(notice.index, notice.index + notice[0].length + 2).replace(/^[。！？\s]/u, '');
			evidence.push({ kind: 'page', name, method: `the outlet's own notice “…${quoted}…”`, confidence: isOutletName(name) ? 'medium' : 'low' });
		}
		const bracketed = BRACKETED.exec(fold(line));
		if (bracketed) {
			const byline = BRACKETED_BYLINE.exec(fold(line.slice(bracketed.index)));
			const parts = byline ? lineCredit(line.slice(bracketed.index), byline) : { authors: [], editors: [] };
			const text = line.slice(bracketed.index, bracketed.index + bracketed[0].length);
			if (!nothing(parts) || ownBylineOutlet(text)) {
				take(parts, text, bracketed.index === 0 ? 'start of a paragraph' : 'after a page notice');
				return [line.slice(0, bracketed.index), line.slice(bracketed.index + bracketed[0].length)].filter((part) => part.trim() !== '');
			}
		}
		const timed = index < 4 ? TIME_AND_OUTLET.exec(fold(line.trim())) : null;
		if (timed) {
			const source = line.trim().slice(...timed.indices!.groups!.source!);
			take({ authors: [], editors: [], source, sourceConfidence: 'medium' }, line.trim(), 'date line');
			return [];
		}
		const info = infoLine(line);
		if (info) {
			take(info.parts, info.text, 'page information line');
			return info.rest.trim() ? [info.rest] : [];
		}
		const slash = roleSlashCredit(line);
		if (slash) {
			take(slash, line.trim(), 'byline line');
			return [];
		}
		const folded = fold(line);
		for (const pattern of LINE_BYLINES) {
			const match = pattern.exec(folded);
			if (!match) continue;
			const parts = lineCredit(line, match);
			if (nothing(parts)) continue;
			take(parts, line.slice(0, match[0].length).trim(), 'byline line');
			const rest = line.slice(match[0].length);
			return rest.trim() ? [rest] : [];
		}
		return [line];
	});
	return { ...draft, lines: result, removed, found: { ...found, publisherEvidence: evidence } };
}
