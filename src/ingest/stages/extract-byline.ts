import type { Person } from '../../schemas/article.ts';
import type { Draft, FoundMetadata } from '../types.ts';
import { foldForMatching } from '../../lib/fold.ts';
import { parseCredits, parseNames, PUBLISHER_ENDING, PUBLISHER_SUFFIX } from '../text/names.ts';

/**
 * Stage 10 — parse bylines into authors, editors and source, and remove them.
 *   (经济日报记者李治国)      (記者 盛游)
 *   (看看新闻Knews记者 謝丹青 實習編輯:花振坤)
 *   本版稿件均为本报记者谢卫群采访
 *   〔記者王小明／台北報導〕   责任编辑：张三
 * A parenthesised byline is taken from the end of the last line or the start
 * of the first; a byline line is taken wherever it stands alone.
 */
const REPORTER = String.raw`(?<source>[^（）()\s]{0,16}?)(?<staff>本报|本台|本刊|本网)?(?<role>记者|通讯员|特约记者|实习记者|见习记者|撰稿|实习生)`;
const EDITOR = String.raw`(?:\s*(?<editorRole>(?:实习|见习|责任)?编辑)[:：]\s*(?<editors>[^（）()]{2,30}))?`;
const PAREN_BYLINE = new RegExp(String.raw`[（(]${REPORTER}\s*(?<names>[^（）():：]{2,40}?)${EDITOR}\s*[)）]`, 'du');
const TRAILING_PAREN = new RegExp(`${PAREN_BYLINE.source}\\s*$`, 'du');
const LEADING_PAREN = new RegExp(`^${PAREN_BYLINE.source}\\s*`, 'du');
const NAME_LIST = String.raw`(?<names>\p{Script=Han}{2,4}?(?:[\s、，,]+\p{Script=Han}{2,4}?)*)`;
const LINE_BYLINES: RegExp[] = [
	// 本版稿件均为本报记者谢卫群采访 / 澎湃新闻记者 王芳 / 记者 李阳 摄影 张强
	new RegExp(String.raw`^(?:本版|本文)?(?:稿件)?(?:均为|均由|由)?(?<source>[^\s\d，。,:：、]{2,12}?${PUBLISHER_ENDING})?(?<staff>本报|本台|本刊)?(?<role>记者)\s*${NAME_LIST}\s*(?:采访|采写|撰写|报道|整理|摄)?(?:报道)?$`, 'du'),
	// 文/王小明  文／记者 王小明  作者：张三
	new RegExp(String.raw`^(?:文|撰文|作者|本文作者)\s*[/／:：]\s*(?<staff>本报|本台|本刊)?(?<role>记者)?\s*${NAME_LIST}$`, 'du'),
	/^[〔[【(（]?(?<role>记者)(?<names>[^／/〕\]】]{2,30})[／/](?<place>\p{Script=Han}{2,4})(?:报导|报道)[〕\]】)）]?\s*/du,
	/^[(（【[]?(?<editorRole>责任编辑|责编|编辑)[:：]\s*(?<editors>\p{Script=Han}{2,4}(?:[\s、]+\p{Script=Han}{2,4})*)[)）】\]]?$/du,
];

interface BylineParts {
	authors: Person[];
	editors: Person[];
	source?: string;
}

function partsOf(line: string, match: RegExpExecArray): BylineParts {
	const at = match.indices!.groups!;
	const text = (key: string) => (at[key] ? line.slice(...at[key]) : undefined);
	const role = [text('staff'), text('role')].filter(Boolean).join('');
	const names = text('names');
	const editors = text('editors');
	const source = text('source');
	return {
		authors: names ? parseCredits(names, role) : [],
		editors: editors ? parseNames(editors, text('editorRole') ?? '') : [],
		source: source && PUBLISHER_SUFFIX.test(foldForMatching(source)) ? source : undefined,
	};
}

export function extractByline(draft: Draft): Draft {
	const lines = [...draft.lines];
	const removed = [...draft.removed];
	const found: FoundMetadata = { ...draft.found, authors: [...draft.found.authors], editors: [...draft.found.editors] };
	const take = (parts: BylineParts, text: string, where: string) => {
		removed.push({ kind: 'byline', text });
		found.authors.push(...parts.authors.filter((p) => !found.authors.some((a) => a.name === p.name)));
		found.editors.push(...parts.editors.filter((p) => !found.editors.some((e) => e.name === p.name)));
		if (parts.source && !found.publisher) found.publisher = { name: parts.source, method: `byline “${text}” (${where})`, confidence: 'medium' };
	};

	const last = lines.length - 1;
	if (last >= 0) {
		const match = TRAILING_PAREN.exec(foldForMatching(lines[last]!));
		if (match) {
			const text = lines[last]!.slice(match.index);
			take(partsOf(lines[last]!, match), text, 'end of text');
			lines[last] = lines[last]!.slice(0, match.index).trimEnd();
		}
	}
	if (lines.length > 0) {
		const match = LEADING_PAREN.exec(foldForMatching(lines[0]!));
		if (match) {
			take(partsOf(lines[0]!, match), lines[0]!.slice(0, match[0].length).trim(), 'start of text');
			lines[0] = lines[0]!.slice(match[0].length);
		}
	}
	const result = lines.flatMap((line) => {
		if (line.trim() === '') return [];
		const folded = foldForMatching(line);
		for (const pattern of LINE_BYLINES) {
			const match = pattern.exec(folded);
			if (!match) continue;
			take(partsOf(line, match), line.slice(0, match[0].length).trim(), 'byline line');
			const rest = line.slice(match[0].length);
			return rest.trim() ? [rest] : [];
		}
		return [line];
	});
	return { ...draft, lines: result, removed, found };
}
