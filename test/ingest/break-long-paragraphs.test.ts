import { describe, expect, it } from 'vitest';
import { breakAtSentences, breakLongParagraphs } from '../../src/ingest/stages/break-long-paragraphs.ts';
import { markGarbled, readableText } from '../../src/ingest/text/markers.ts';
import type { Block } from '../../src/ingest/types.ts';
import { linesDraft } from './helpers.ts';

/** Sentences of about 40 characters, all different. */
const sentence = (n: number) => `第${n}项工程由市建设局牵头实施，计划在年内完成主体结构并通过验收。`;
const run = (count: number, from = 1) => Array.from({ length: count }, (_, i) => sentence(from + i)).join('');
const withBlocks = (blocks: Block[]) => breakLongParagraphs({ ...linesDraft([]), blocks });

describe('break paragraphs the source left unbroken', () => {
	it('breaks an over-long paragraph at sentence ends into readable pieces, losing nothing, and flags it', () => {
		const text = run(40);
		const draft = withBlocks([{ type: 'paragraph', text }]);
		const pieces = draft.blocks.map((block) => block.text);
		expect(pieces.length).toBeGreaterThan(4);
		expect(pieces.join('')).toBe(text);
		for (const piece of pieces) {
			expect(piece).toMatch(/。$/u);
			expect(piece.length).toBeLessThan(400);
		}
		expect(draft.flags).toEqual([expect.objectContaining({ kind: 'metadata', note: expect.stringMatching(/^分段：.*并非原文分段$/u) })]);
	});

	it('a long paragraph among others is the source’s own, unless no layout would print it whole', () => {
		const own: Block[] = [{ type: 'paragraph', text: run(20) }, { type: 'paragraph', text: run(3, 30) }];
		expect(withBlocks(own).blocks).toEqual(own);
		const lost: Block[] = [{ type: 'paragraph', text: run(40) }, { type: 'paragraph', text: run(3, 50) }];
		expect(withBlocks(lost).blocks.length).toBeGreaterThan(5);
	});

	it('leaves paragraphs of ordinary length, and headings and captions, alone', () => {
		const blocks: Block[] = [
			{ type: 'paragraph', text: run(5) },
			{ type: 'heading', text: '项目进展' },
			{ type: 'caption', text: '图为施工现场', credit: undefined },
		];
		const draft = withBlocks(blocks);
		expect(draft.blocks).toEqual(blocks);
		expect(draft.flags).toEqual([]);
	});

	it('never breaks inside a quotation', () => {
		const quoted = `他说：“${run(8)}”`;
		expect(breakAtSentences(`${run(3)}${quoted}${run(3, 50)}`).some((piece) => piece.includes('“') !== piece.includes('”'))).toBe(false);
	});

	it('a quotation that never closes does not keep the rest of the text from being broken', () => {
		const pieces = breakAtSentences(`他说：“${run(10)}${run(30, 20)}`);
		expect(pieces.length).toBeGreaterThan(3);
	});

	it('never breaks inside a marked span, and does not leave a short last piece', () => {
		const text = `${run(10)}${markGarbled('乱码。乱码。')}${run(10, 20)}短句。`;
		const pieces = breakAtSentences(text);
		expect(pieces.join('')).toBe(text);
		for (const piece of pieces) expect(readableText(piece).length).toBeGreaterThanOrEqual(80);
		expect(pieces.filter((piece) => piece.includes('\uE010')).every((piece) => piece.includes('\uE011'))).toBe(true);
	});

	it('a long paragraph with no sentence end stays whole (there is nowhere certain to break)', () => {
		const text = '一'.repeat(900);
		expect(withBlocks([{ type: 'paragraph', text }]).blocks).toEqual([{ type: 'paragraph', text }]);
	});
});
