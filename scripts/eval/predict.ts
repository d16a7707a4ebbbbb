import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clean, taggerFor, type Tagger } from '../../src/ingest/pipeline.ts';
import { RejectedInput } from '../../src/ingest/types.ts';
import { loadTaxonomy } from '../../src/lib/taxonomy.ts';
import { readableText } from '../../src/ingest/text/markers.ts';
import type { FieldPrediction } from './fields.ts';

/** One extractor's answer for one file: the article body as plain text and its metadata, or a refusal. */
export type Prediction = ({ refused?: undefined; body: string } & FieldPrediction) | { refused: string };

/** Answers for the files an extractor was run on, keyed by the truth's `file`. */
export type Predictor = (file: string, bytes: Uint8Array) => Prediction | undefined;

/** The project's cleaner, as `npm run ingest` runs it: no override, the real taxonomy. */
export function cleanerPredictor(root: string): Predictor {
	const tagger: Tagger = taggerFor(loadTaxonomy(join(root, 'content', 'taxonomy.yaml')));
	return (file, bytes) => {
		try {
			const { metadata, plainText } = clean(bytes, file, {}, tagger);
			return {
				body: readableText(plainText),
				title: metadata.title,
				date: metadata.date.value,
				publisher: metadata.publisher,
				authors: metadata.authors.map((person) => person.name),
				editors: metadata.editors.map((person) => person.name),
			};
		} catch (error) {
			if (error instanceof RejectedInput) return { refused: error.message };
			throw error;
		}
	};
}

const GNE_RECORD = />{5,}([^>\n]+)>{5,}\n([\s\S]*?)\n<{5,}/gu;

/** A GNE date string at the precision it states: `2019-09-05 11:10` → 2019-09-05; `09月07日` (no year) → ''. */
export function gneDate(text: string): string {
	const match = /^(\d{4})(?:[-/年.](\d{1,2})(?:[-/月.](\d{1,2}))?)?/u.exec(text.trim());
	if (!match) return '';
	return [match[1], match[2], match[3]].filter(Boolean).map((part, index) => (index === 0 ? part : part!.padStart(2, '0'))).join('-');
}

/**
 * GeneralNewsExtractor's answers, as `gne-output.txt` records them: a
 * `>>>>tests/<site>/<name>.html>>>>` line, a JSON object (title, author,
 * publish_time, content), a `<<<<` line. Its `tests/` paths are the archive's
 * `pages/` paths. GNE names no publisher and gives one author string.
 */
export function parseGneOutput(text: string): Map<string, Prediction> {
	const answers = new Map<string, Prediction>();
	for (const [, path, json] of text.matchAll(GNE_RECORD)) {
		const answer = JSON.parse(json!) as { title?: string; author?: string; publish_time?: string; content?: string };
		answers.set(path!.trim().replace(/^tests\//u, 'pages/'), {
			body: answer.content ?? '',
			title: answer.title ?? '',
			date: gneDate(answer.publish_time ?? ''),
			publisher: '',
			authors: answer.author?.trim() ? [answer.author.trim()] : [],
			editors: [],
		});
	}
	return answers;
}

export const gnePredictor = (path: string): Predictor => {
	const answers = parseGneOutput(readFileSync(path, 'utf8'));
	return (file) => answers.get(file);
};
