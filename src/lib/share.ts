import { apa7, type CitationSource, gbt7714 } from './citation';
import type { Edition } from './edition';
import { labelsFor } from './labels';
import { qrSvg } from './qr';

/** What a component that cites the page is given: the page's edition and the article's citation (`url` is its canonical URL, without a fragment). */
export interface CitingProps {
	edition: Edition;
	citation: CitationSource;
}

/** The share and cite section of an article page: its permalink's QR code, labelled for screen readers, and its references. */
export async function shareView({ edition, citation }: CitingProps) {
	const t = labelsFor(edition);
	const { url } = citation;
	return {
		url,
		qr: (await qrSvg(url)).replace('<svg ', `<svg role="img" aria-label="${t.qrLabel(url)}" class="qr-svg" `),
		refs: [
			{ id: 'gbt', name: t.citeGbt, html: gbt7714(citation).html },
			{ id: 'apa', name: t.citeApa, html: apa7(citation).html },
		],
	};
}
