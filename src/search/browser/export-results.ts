import { EXPORT_MEDIA_TYPES, type ExportFormat, joinExports } from '../../lib/citation-export';
import { citeFilePath } from '../../lib/urls';

/**
 * `<export-results>`: downloads the citations of the search results the
 * page shows, in BibTeX, RIS or CSL-JSON. Each result is an article page
 * with its citation files next to it (`/articles/<slug>/cite.bib`…); the
 * element fetches the chosen format for every result, in the order shown,
 * and joins them as the site joins a listing's (`joinExports`). It stays
 * hidden until there are results, and without JavaScript (search needs it).
 *
 * Attributes: `data-results`, a selector for the result links (inside the
 * nearest `delta-search`, or the document); `data-failed`, what to say when
 * a file cannot be fetched.
 */
export class ExportResults extends HTMLElement {
	#observer?: MutationObserver;

	connectedCallback() {
		const scope = this.closest('delta-search') ?? document;
		const status = this.querySelector<HTMLElement>('[role="status"]');
		const update = () => {
			this.hidden = this.#resultPaths(scope).length === 0;
		};
		this.#observer = new MutationObserver(update);
		this.#observer.observe(scope, { childList: true, subtree: true });
		update();
		for (const button of this.querySelectorAll<HTMLButtonElement>('button[data-format]')) {
			button.addEventListener('click', async () => {
				const format = button.dataset.format as ExportFormat;
				if (status) status.textContent = '';
				button.disabled = true;
				try {
					this.#download(format, await this.#fetchAll(format, this.#resultPaths(scope)));
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

	/** The article pages the results link to, in order, without the highlight query. */
	#resultPaths(scope: ParentNode): string[] {
		return [...scope.querySelectorAll<HTMLAnchorElement>(this.dataset.results ?? 'a')].map((a) => new URL(a.href).pathname);
	}

	async #fetchAll(format: ExportFormat, pages: readonly string[]): Promise<string> {
		const files = await Promise.all(
			pages.map(async (page) => {
				const response = await fetch(citeFilePath(page, format));
				if (!response.ok) throw new Error(`${response.status} ${response.url}`);
				return response.text();
			}),
		);
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
