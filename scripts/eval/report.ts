import type { FileScore, Totals } from './score.ts';

const pct = (value: number | null): string => (value === null ? '–' : `${(value * 100).toFixed(1)}%`);
const num = (value: number): string => value.toFixed(3);
const cell = (text: string): string => text.replace(/\|/gu, '\\|').replace(/\n/gu, ' ');

/** The totals as one Markdown table: one column per extractor. */
export function totalsTable(columns: readonly { name: string; totals: Totals }[]): string {
	const row = (label: string, pick: (totals: Totals) => string) => `| ${label} | ${columns.map((column) => pick(column.totals)).join(' | ')} |`;
	return [
		`| | ${columns.map((column) => column.name).join(' | ')} |`,
		`|---|${columns.map(() => '---:').join('|')}|`,
		row('files (refused)', (t) => `${t.files} (${t.refused})`),
		row('content F1 · P · R (benchmark average)', (t) => `${num(t.content.benchmark.f1)} · ${num(t.content.benchmark.precision)} · ${num(t.content.benchmark.recall)}`),
		row('content F1 (micro)', (t) => num(t.content.micro.f1)),
		row('content F1 with the benchmark\'s \\w+ tokens', (t) => num(t.content.wordRuns.f1)),
		row('title exact · after 繁→简/width fold', (t) => `${pct(t.title.exactRate)} · ${pct(t.title.foldedRate)}`),
		row('dates right of given · found of stated', (t) => `${pct(t.date.rightOfGiven)} · ${pct(t.date.foundOfStated)}`),
		row('dates right · partial · wrong · missing · extra', (t) => `${t.date.right} · ${t.date.partial} · ${t.date.wrong} · ${t.date.missing} · ${t.date.extra}`),
		row('publisher found of stated (wrong · extra)', (t) => `${pct(t.publisher.foundOfStated)} (${t.publisher.wrong} · ${t.publisher.extra})`),
		row('authors: files all found · name precision', (t) => `${pct(t.authors.foundOfStated)} (${t.authors.filesAllFound}/${t.authors.filesStating}) · ${pct(t.authors.precision)}`),
	].join('\n');
}

const people = (score: FileScore['fields']['authors']): string => (score.stated === 0 && score.given === 0 ? '' : `${score.found}/${score.stated}${score.given > score.correct ? ` +${score.given - score.correct}` : ''}`);

/** One row per file: content scores and each field's outcome, with what was predicted. */
export function filesTable(files: readonly FileScore[]): string {
	const lines = ['| file | F1 | P | R | title | date | publisher | authors |', '|---|---:|---:|---:|---|---|---|---|'];
	for (const file of files) {
		const { content, fields, predicted } = file;
		const date = `${fields.date}${predicted.date ? ` ${predicted.date}` : ''}`;
		const publisher = `${fields.publisher}${predicted.publisher ? ` ${predicted.publisher}` : ''}`;
		lines.push(
			file.refused !== undefined
				? `| ${file.file} | 0 | – | – | refused: ${cell(file.refused)} | | | |`
				: `| ${file.file} | ${num(content.f1)} | ${num(content.precision)} | ${num(content.recall)} | ${fields.title} | ${cell(date)} | ${cell(publisher)} | ${people(fields.authors)} |`,
		);
	}
	return lines.join('\n');
}

export const LEGEND =
	'Content: 4-token shingles, each Han/kana/Hangul character a token and other \\w+ runs whole (the benchmark\'s own \\w+ tokens make a whole Chinese clause one token; that score is given beside it). Title: exact, folded (equal after 繁→简 and width folding), wrong, missing. Date: right, partial (agrees at a lower precision), wrong (disagrees or more precise than the page states), missing, extra (the page states none), none. Publisher: right (also by an outlet alias), wrong, missing, extra, none. Authors: truth names found/stated, +N given names not in the truth.';
