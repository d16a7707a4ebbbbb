/**
 * Paragraph permalinks: every paragraph of an article body gets a stable id,
 * `p-1`, `p-2`… in document order, and ends with a `¶` link to itself (shown
 * on hover and focus), so a reader can cite one paragraph.
 *
 * Works on the rendered body HTML, where the ingest's paragraphs are the bare
 * `<p>` elements outside captions (`<figure>`). Both editions get the same ids,
 * because converting the script never adds or drops a paragraph.
 */
export const paragraphId = (n: number) => `p-${n}`;

export function anchorParagraphs(html: string): string {
	let n = 0;
	let inFigure = 0;
	let open = false;
	return html.replace(/<(\/?)(p|figure)\b([^>]*)>/gu, (tag, close: string, name: string, attrs: string) => {
		if (name === 'figure') {
			inFigure += close ? -1 : 1;
			return tag;
		}
		if (inFigure > 0) return tag;
		if (!close) {
			if (attrs.trim()) return tag;
			open = true;
			return `<p id="${paragraphId(++n)}">`;
		}
		if (!open) return tag;
		open = false;
		// 第N段 reads the same in both scripts.
		return ` <a class="para-link" href="#${paragraphId(n)}" aria-label="第${n}段">¶</a></p>`;
	});
}
