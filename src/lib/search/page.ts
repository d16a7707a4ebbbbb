import type { Script } from '../script';
import { type Hit, type PagefindApi, runSearch, type SearchOutcome } from './client';
import { excerpt } from './query';
import { formatDateValue, resultHref, SEARCH_LABELS, type SearchLabels } from './ui';

/** Pagefind's bundle, written by `src/integrations/search-index.ts`. A variable, so the bundler leaves it alone. */
const PAGEFIND_URL = '/pagefind/pagefind.js';
let pagefind: Promise<PagefindApi> | undefined;
const loadPagefind = () => (pagefind ??= import(/* @vite-ignore */ PAGEFIND_URL) as Promise<PagefindApi>);

type Sort = '' | 'newest' | 'oldest';
interface State {
	q: string;
	publisher: string;
	year: string;
	tag: string;
	sort: Sort;
}

const year = (hit: Hit) => hit.meta.date.slice(0, 4);
const tags = (hit: Hit) => hit.meta.tags.split(',').filter(Boolean);

/**
 * <delta-search data-script="hans|hant">: the search page. State lives in the
 * URL (`?q=…&publisher=…&year=…&tag=…&sort=…`), so every view can be shared.
 * Filters and sorting work on the verified results, so counts are exact.
 */
export class DeltaSearch extends HTMLElement {
	#script: Script = 'hans';
	#t: SearchLabels = SEARCH_LABELS.hans;
	#outcome: SearchOutcome | undefined;
	#searched = '';
	#seq = 0;

	get #form() {
		return this.querySelector('form')!;
	}
	#field(name: keyof State) {
		return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	}

	connectedCallback() {
		this.#script = this.dataset.script === 'hant' ? 'hant' : 'hans';
		this.#t = SEARCH_LABELS[this.#script];
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#commit(true);
		});
		this.#form.addEventListener('change', (event) => {
			if ((event.target as HTMLElement).tagName === 'SELECT') this.#commit(false);
		});
		addEventListener('popstate', () => void this.#load());
		void this.#load();
		void loadPagefind(); // warm up while the reader types
	}

	/** The form's state → URL → results. */
	#commit(push: boolean) {
		const state = this.#readForm();
		const url = new URL(location.href);
		url.search = '';
		for (const [k, v] of Object.entries(state)) if (v) url.searchParams.set(k, v);
		if (url.href !== location.href) history[push ? 'pushState' : 'replaceState'](null, '', url);
		void this.#update(state);
	}

	#readForm(): State {
		const get = (k: keyof State) => this.#field(k).value.trim();
		return { q: get('q'), publisher: get('publisher'), year: get('year'), tag: get('tag'), sort: get('sort') as Sort };
	}

	async #load() {
		const p = new URLSearchParams(location.search);
		const state: State = {
			q: p.get('q')?.trim() ?? '',
			publisher: p.get('publisher') ?? '',
			year: p.get('year') ?? '',
			tag: p.get('tag') ?? '',
			sort: (['newest', 'oldest'].includes(p.get('sort') ?? '') ? p.get('sort') : '') as Sort,
		};
		this.#field('q').value = state.q;
		this.#field('sort').value = state.sort;
		await this.#update(state);
	}

	async #update(state: State) {
		const status = this.querySelector('.search-status')!;
		if (!state.q) {
			this.#outcome = undefined;
			this.#searched = '';
			status.textContent = this.#t.prompt;
			this.#render(state);
			this.dataset.state = 'done';
			return;
		}
		if (state.q !== this.#searched) {
			const seq = ++this.#seq;
			status.textContent = this.#t.loading;
			this.setAttribute('aria-busy', 'true');
			this.dataset.state = 'loading';
			try {
				const outcome = await runSearch(await loadPagefind(), state.q);
				if (seq !== this.#seq) return;
				this.#outcome = outcome;
				this.#searched = state.q;
			} catch (error) {
				if (seq !== this.#seq) return;
				console.warn('search failed', error);
				status.textContent = this.#t.error;
				this.removeAttribute('aria-busy');
				this.dataset.state = 'error';
				return;
			}
			this.removeAttribute('aria-busy');
		}
		this.#render(state);
		// For tests and styling: `done` once the results for the URL's state are on the page.
		this.dataset.state = 'done';
	}

	#render(state: State) {
		const t = this.#t;
		const status = this.querySelector('.search-status')!;
		const section = this.querySelector<HTMLElement>('.search-results')!;
		const list = section.querySelector('ol')!;
		const controls = this.querySelector<HTMLElement>('.search-controls')!;
		const hits = this.#outcome?.hits ?? [];
		list.replaceChildren();
		controls.hidden = hits.length === 0;
		section.hidden = hits.length === 0;
		if (!this.#outcome) return;

		this.#facet('publisher', hits, (h) => [h.meta.publisher_hans], (key, h) => h?.meta[`publisher_${this.#script}`] || key, state.publisher);
		this.#facet('year', hits, (h) => (year(h) ? [year(h)] : []), (key) => `${key}年`, state.year);
		const tagSelect = this.#facet('tag', hits, tags, (key) => key, state.tag);
		this.querySelector<HTMLElement>('[data-tags]')!.hidden = tagSelect === 0;

		const shown = hits.filter(
			(h) =>
				(!state.publisher || h.meta.publisher_hans === state.publisher) &&
				(!state.year || year(h) === state.year) &&
				(!state.tag || tags(h).includes(state.tag)),
		);
		if (state.sort) {
			const dir = state.sort === 'newest' ? -1 : 1;
			// Unknown dates last either way; ties keep relevance order.
			shown.sort((a, b) => {
				if (!a.meta.date || !b.meta.date) return (a.meta.date ? 0 : 1) - (b.meta.date ? 0 : 1) || a.rank - b.rank;
				return (a.meta.date < b.meta.date ? -dir : a.meta.date > b.meta.date ? dir : 0) || a.rank - b.rank;
			});
		}

		const q = this.#outcome.query;
		const typed = q.terms.join(' ');
		if (hits.length === 0) status.textContent = t.none(typed);
		else if (shown.length === 0) status.textContent = t.filteredNone;
		else status.textContent = t.count(shown.length, typed);

		const lang = this.#script === 'hant' ? 'zh-Hant' : 'zh-Hans';
		for (const hit of shown) {
			const li = document.createElement('li');
			li.lang = lang;
			const article = li.appendChild(document.createElement('article'));
			const h2 = article.appendChild(document.createElement('h2'));
			const a = h2.appendChild(document.createElement('a'));
			a.href = resultHref(hit.url, this.#script, typed);
			a.textContent = hit.meta[`title_${this.#script}`];
			const meta = article.appendChild(document.createElement('p'));
			meta.className = 'meta';
			if (hit.meta.date) {
				const time = meta.appendChild(document.createElement('time'));
				time.dateTime = hit.meta.date;
				time.textContent = formatDateValue(hit.meta.date);
			} else meta.appendChild(document.createElement('span')).textContent = t.dateUnknown;
			meta.appendChild(document.createElement('span')).textContent =
				hit.meta[`publisher_${this.#script}`] || t.publisherUnknown;
			const p = article.appendChild(document.createElement('p'));
			p.className = 'excerpt';
			const text = hit.meta[`text_${this.#script}`];
			for (const part of excerpt(text, hit.folded, q.folded, 90, Number(hit.meta.body_at) || 0)) {
				p.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
			}
			list.append(li);
		}
		section.hidden = shown.length === 0;
	}

	/** Fills a filter's options from the verified results, with counts; returns how many values there are. */
	#facet(
		name: 'publisher' | 'year' | 'tag',
		hits: Hit[],
		keys: (h: Hit) => string[],
		label: (key: string, h?: Hit) => string,
		selected: string,
	): number {
		const counts = new Map<string, { n: number; hit: Hit }>();
		for (const h of hits) for (const k of keys(h)) counts.set(k, { n: (counts.get(k)?.n ?? 0) + 1, hit: h });
		const select = this.#field(name) as HTMLSelectElement;
		const all = select.options[0]!;
		const options = [...counts.entries()]
			.sort(([a], [b]) => (name === 'year' ? b.localeCompare(a) : a.localeCompare(b, 'zh')))
			.map(([key, { n, hit }]) => new Option(`${label(key, hit)}（${n}）`, key));
		if (selected && !counts.has(selected)) options.push(new Option(`${label(selected)}（0）`, selected));
		select.replaceChildren(all, ...options);
		select.value = selected;
		return counts.size;
	}
}
