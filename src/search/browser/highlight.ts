/**
 * Highlights search terms on an article opened from a search result
 * (`?hl=terms`), in either script: text nodes are folded like the index
 * (same length), so a match in the fold marks the same characters on the page.
 * The folding code loads only when there is something to highlight.
 */
export async function highlightFromUrl(root: ParentNode | null = document.querySelector('main')): Promise<number> {
	const hl = new URLSearchParams(location.search).get('hl');
	if (!hl || !root) return 0;
	const [{ parseQuery, matchRanges }, { fold }] = await Promise.all([import('../shared/query'), import('../../lib/fold')]);
	const { folded } = parseQuery(hl);
	if (!folded.length) return 0;

	const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
		acceptNode: (node) =>
			node.parentElement?.closest('script, style, mark.search-hit, [role="note"]')
				? NodeFilter.FILTER_REJECT
				: NodeFilter.FILTER_ACCEPT,
	});
	const nodes: Text[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);

	let count = 0;
	for (const node of nodes) {
		const text = node.data;
		const ranges = matchRanges(fold(text), folded);
		if (!ranges.length) continue;
		const frag = document.createDocumentFragment();
		let at = 0;
		for (const [a, b] of ranges) {
			frag.append(text.slice(at, a));
			const mark = document.createElement('mark');
			mark.className = 'search-hit';
			mark.textContent = text.slice(a, b);
			frag.append(mark);
			at = b;
			count++;
		}
		frag.append(text.slice(at));
		node.replaceWith(frag);
	}
	document.querySelector('mark.search-hit')?.scrollIntoView({ block: 'center' });
	return count;
}
