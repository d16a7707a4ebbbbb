import { EXPORT_MEDIA_TYPES, type ExportFormat, joinExports } from '../../lib/citation-export';
import { citeFilePath } from '../../lib/urls';
import type { DeltaSearch } from './page';

/** Citation files fetched at once. */
const FETCH_BATCH = 20;

/**
 * `<export-results>`, inside `<delta-search>`: downloads the citations of
 * every result of the search, not only the page shown, in BibTeX, RIS or
 * CSL-JSON. Each result is an article page with its citation files next to
 * it (`/articles/<slug>/cite.bib`…); the element asks the search for every
 * result's page (`DeltaSearch.resultPages`), fetches the chosen format for
 * each, in the results' order, and joins them as the site joins a listing's
 * (`joinExports`). It is hidden while no result is shown, and without
 * JavaScript (search needs it).
 *
 * Attributes: `data-results`, a selector for the shown result links (they
 * say whether there is anything to export); `data-failed`, what to say when
 * a file cannot be fetched.
 */
export class ExportResults extends HTMLElement {
	#observer?: MutationObserver;

	connectedCallback() {
		const search = this.closest<DeltaSearch>('delta-search');
		if (!search) throw new Error('<export-results> belongs inside <delta-search>');
		const status = this.querySelector<HTMLElement>('[role="status"]');
		const update = () => {
			this.hidden = !search.querySelector(this.dataset.results ?? 'a');
		};
		this.#observer = new MutationObserver(update);
		this.#observer.observe(search, { childList: true, subtree: true });
		update();
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
			button.addEventListener('click', async () => {
				const format = button.dataset.format as ExportFormat;
				if (status) status.textContent = '';
				button.disabled = true;
				try {
					this.#download(format, await this.#fetchAll(format, await search.resultPages()));
				} catch {
					if (status) status.textContent = this.dataset.failed ?? '';
				} finally {
					button.disabled = false;
				}
			});
		}
	}

	disconnectedCallback() {
		this.#observer?.disconnect();
	}

	async #fetchAll(format: ExportFormat, pages: readonly string[]): Promise<string> {
		const files: string[] = [];
		for (let from = 0; from < pages.length; from += FETCH_BATCH) {
			const batch = pages.slice(from, from + FETCH_BATCH).map(async (page) => {
				const response = await fetch(citeFilePath(page, format));
				if (!response.ok) throw new Error(`${response.status} ${response.url}`);
				return response.text();
			});
			files.push(...(await Promise.all(batch)));
		}
		return joinExports(format, files);
	}

	#download(format: ExportFormat, text: string) {
		const url = URL.createObjectURL(new Blob([text], { type: EXPORT_MEDIA_TYPES[format] }));
		const link = Object.assign(document.createElement('a'), { href: url, download: `search-results.${format}` });
		link.click();
		// The download has started from the click; the object URL is no longer needed.
		setTimeout(() => URL.revokeObjectURL(url), 0);
	}
}
