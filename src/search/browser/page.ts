import type { Script } from '../../lib/script';
import {
	type Facets,
	type Hit,
	loadHits,
	type Order,
	PAGE_SIZE,
	queryFacets,
	runSearch,
	type SearchOutcome,
} from './client';
import { loadFilterIndexes, loadPagefind } from './pagefind';
import { excerpt, usesOperators } from '../shared/query';
import { dateRange, hasRange, readBound } from '../shared/range';
import { type Filter, FILTERS, publisherName, UNKNOWN, urlValue } from '../shared/filters';
import { formatDateTime } from '../../lib/dates';
import { resultHref, SEARCH_LABELS, type SearchLabels } from '../shared/ui';
import { switchEdition } from '../../lib/urls';

type Sort = '' | 'newest' | 'oldest';
interface State {
	q: string;
	publisher: string;
	year: string;
	tag: string;
	/** The date range's bounds, `YYYY` or `YYYY-MM` (see `range.ts`). */
	from: string;
	to: string;
	sort: Sort;
}
/** Whether a filter or the date range narrows the results. */
const isFiltered = (state: State) => FILTERS.some((f) => state[f]) || hasRange(dateRange(state.from, state.to));
/** Result records fetched at once when every result is wanted (see `resultPages`). */
const RECORD_BATCH = 50;
const ORDER: Record<Sort, Order> = { '': 'relevance', newest: 'newest', oldest: 'oldest' };

/**
 * <delta-search data-script="hans|hant" [data-page-size="10"]>: the search page. State lives in the
 * URL (`?q=…&publisher=…&year=…&tag=…&from=…&to=…&sort=…`), so every view
 * can be shared. The query's syntax (phrases, exclusions, OR) is read by
 * `parseQuery`; the date range's bounds are years or months.
 *
 * Pagefind finds exactly the articles containing the query from its index
 * alone (see `client.ts`), so the count, the filter counts and the order are
 * known before any article is downloaded; the articles themselves are fetched
 * one page at a time. The filters load Pagefind's filter indexes only when
 * the reader opens them (or the URL names a filter). `data-state="done"`
 * (with `data-query`, and the `delta-search:results` performance mark) says
 * the first page is shown; `data-facets="ready"` that the filters are filled in.
 */
export class DeltaSearch extends HTMLElement {
	#script: Script = 'hans';
	#t: SearchLabels = SEARCH_LABELS.hans;
	#outcome: SearchOutcome | undefined;
	#pageSize = PAGE_SIZE;
	#shown = 0;
	#dropped = 0;
	#seq = 0;

	get #form() {
		return this.querySelector('form')!;
	}
	#field(name: keyof State) {
		return this.#form.elements.namedItem(name) as HTMLInputElement | HTMLSelectElement;
	}
	get #list() {
		return this.querySelector('.search-results ol')!;
	}
	get #more() {
		return this.querySelector<HTMLButtonElement>('.search-more')!;
	}
	get #filters() {
		return this.querySelector<HTMLDetailsElement>('.search-filters')!;
	}

	connectedCallback() {
		this.#script = this.dataset.script === 'hant' ? 'hant' : 'hans';
		this.#pageSize = Number(this.dataset.pageSize) || PAGE_SIZE;
		this.#t = SEARCH_LABELS[this.#script];
		this.#form.addEventListener('submit', (event) => {
			event.preventDefault();
			this.#commit(true);
		});
		this.#form.addEventListener('change', (event) => {
			const target = event.target as HTMLInputElement | HTMLSelectElement;
			if (target.tagName === 'SELECT' || target.name === 'from' || target.name === 'to') this.#commit(false);
		});
		this.#more.addEventListener('click', () => void this.#showMore());
		this.#filters.addEventListener('toggle', () => {
			if (this.#filters.open && !this.dataset.facets && this.#outcome) void this.#facets(this.#seq, this.#readForm());
		});
		addEventListener('popstate', () => void this.#load());
		void this.#load(true);
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
		return {
			q: get('q'),
			publisher: get('publisher'),
			year: get('year'),
			tag: get('tag'),
			from: readBound(get('from')),
			to: readBound(get('to')),
			sort: get('sort') as Sort,
		};
	}

	/** The URL's state → form → results; on the first load, what the reader typed while the scripts loaded stays. */
	async #load(first = false) {
		const p = new URLSearchParams(location.search);
		const state: State = {
			q: p.get('q')?.trim() ?? '',
			publisher: p.get('publisher') ?? '',
			year: p.get('year') ?? '',
			tag: p.get('tag') ?? '',
			from: readBound(p.get('from') ?? ''),
			to: readBound(p.get('to') ?? ''),
			sort: (['newest', 'oldest'].includes(p.get('sort') ?? '') ? p.get('sort') : '') as Sort,
		};
		if (!first || !this.#field('q').value) this.#field('q').value = state.q;
		this.#field('sort').value = state.sort;
		this.#field('from').value = state.from;
		this.#field('to').value = state.to;
		if (isFiltered(state)) this.#filters.open = true;
		await this.#update(state);
	}

	async #update(state: State) {
		const seq = ++this.#seq;
		const status = this.querySelector('.search-status')!;
		this.#outcome = undefined;
		if (!state.q) {
			status.textContent = this.#t.prompt;
			this.#render(state, []);
			this.#done(state.q);
			return;
		}
		status.textContent = this.#t.loading;
		this.setAttribute('aria-busy', 'true');
		this.dataset.state = 'loading';
		delete this.dataset.facets;
		try {
			const api = await loadPagefind();
			const chosen = FILTERS.filter((f) => state[f]);
			// A chosen publisher is named by its Simplified spelling; Pagefind's value is in its filter index.
			const values = chosen.length ? await loadFilterIndexes(api) : {};
			const filters = Object.fromEntries(
				chosen.map((f) => [f, Object.keys(values[f] ?? {}).find((v) => urlValue(f, v) === state[f]) ?? state[f]]),
			);
			const outcome = await runSearch(api, state.q, { order: ORDER[state.sort], filters, range: dateRange(state.from, state.to) });
			const hits = await loadHits(outcome, 0, this.#pageSize);
			if (seq !== this.#seq) return;
			this.#outcome = outcome;
			this.#dropped = Math.min(this.#pageSize, outcome.results.length) - hits.length;
			this.#render(state, hits);
			this.removeAttribute('aria-busy');
			this.#done(state.q);
			if (this.#filters.open) await this.#facets(seq, state);
		} catch (error) {
			if (seq !== this.#seq) return;
			console.warn('search failed', error);
			status.textContent = this.#t.error;
			this.removeAttribute('aria-busy');
			this.dataset.state = 'error';
		}
	}

	/** Marks the results for the URL's state as shown (for tests, benchmarks and styling). */
	#done(q: string) {
		this.dataset.query = q;
		this.dataset.state = 'done';
		performance.mark('delta-search:results');
	}

	#render(state: State, hits: Hit[]) {
		const section = this.querySelector<HTMLElement>('.search-results')!;
		const controls = this.querySelector<HTMLElement>('.search-controls')!;
		const outcome = this.#outcome;
		this.#list.replaceChildren();
		this.#shown = 0;
		const filtered = isFiltered(state);
		controls.hidden = !outcome || (outcome.results.length === 0 && !filtered);
		section.hidden = hits.length === 0;
		this.#more.hidden = true;
		if (!outcome) return;
		const { typed } = outcome.query;
		const status = this.querySelector('.search-status')!;
		const total = outcome.results.length - this.#dropped;
		const operators = usesOperators(outcome.query);
		if (total > 0) status.textContent = operators ? this.#t.countMatching(total, typed) : this.#t.count(total, typed);
		else if (filtered) status.textContent = this.#t.filteredNone;
		else if (!outcome.query.groups.length) status.textContent = this.#t.nothingWanted;
		else status.textContent = operators ? this.#t.noneMatching(typed) : this.#t.none(typed);
		this.#append(hits);
	}

	#append(hits: Hit[]) {
		const outcome = this.#outcome!;
		const lang = this.#script === 'hant' ? 'zh-Hant' : 'zh-Hans';
		const { typed } = outcome.query;
		for (const hit of hits) {
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
				time.textContent = formatDateTime(hit.meta.date);
			} else meta.appendChild(document.createElement('span')).textContent = this.#t.dateUnknown;
			meta.appendChild(document.createElement('span')).textContent = hit.meta[`publisher_${this.#script}`] || this.#t.publisherUnknown;
			const p = article.appendChild(document.createElement('p'));
			p.className = 'excerpt';
			const text = hit.meta[`text_${this.#script}`];
			for (const part of excerpt(text, hit.folded, outcome.query.folded, 90, Number(hit.meta.body_at) || 0)) {
				p.append(part.mark ? Object.assign(document.createElement('mark'), { textContent: part.text }) : part.text);
			}
			this.#list.append(li);
		}
		this.#shown += this.#pageSize;
		const left = outcome.results.length - Math.min(this.#shown, outcome.results.length);
		this.#more.hidden = left === 0;
		this.#more.textContent = this.#t.more(Math.min(left, this.#pageSize), left);
	}

	/** The next page of results, appended; focus moves to the first new result. */
	async #showMore() {
		const outcome = this.#outcome;
		if (!outcome) return;
		const seq = this.#seq;
		const from = this.#shown;
		this.#more.disabled = true;
		this.setAttribute('aria-busy', 'true');
		try {
			const hits = await loadHits(outcome, from, from + this.#pageSize);
			if (seq !== this.#seq) return;
			this.#dropped += Math.min(this.#pageSize, outcome.results.length - from) - hits.length;
			const first = this.#list.children.length;
			this.#append(hits);
			this.#list.children[first]?.querySelector('a')?.focus();
		} finally {
			this.#more.disabled = false;
			this.removeAttribute('aria-busy');
		}
	}

	/**
	 * The article page of every result, in the order shown, not only the page
	 * shown: what the citation export (`<export-results>`) downloads. Each
	 * result's record is fetched and checked as the shown ones are
	 * (`loadHits`), a batch at a time so a large result set does not open
	 * thousands of requests at once.
	 */
	async resultPages(): Promise<string[]> {
		const outcome = this.#outcome;
		if (!outcome) return [];
		const pages: string[] = [];
		for (let from = 0; from < outcome.results.length; from += RECORD_BATCH) {
			const hits = await loadHits(outcome, from, from + RECORD_BATCH);
			pages.push(...hits.map((hit) => switchEdition(hit.url, this.#script)));
		}
		return pages;
	}

	/** Loads the filter indexes (once) and fills the filters for the results shown. */
	async #facets(seq: number, state: State) {
		const outcome = this.#outcome;
		if (!outcome) return;
		const api = await loadPagefind();
		await loadFilterIndexes(api);
		const facets = outcome.facets ?? (await queryFacets(api, outcome.query));
		if (seq === this.#seq) this.#renderFacets(state, facets);
	}

	/** Fills the filters with the values among the results (and their counts when exact). */
	#renderFacets(state: State, facets: Facets | undefined) {
		const label = (filter: Filter, value: string) => {
			if (filter === 'year') return value === UNKNOWN ? this.#t.dateUnknown : formatDateTime(value);
			if (filter === 'publisher') return value === UNKNOWN ? this.#t.publisherUnknown : publisherName(value, this.#script);
			return value;
		};
		for (const filter of FILTERS) {
			const counts = Object.entries(facets?.counts[filter] ?? {}).filter(([, n]) => n > 0);
			counts.sort(([a], [b]) =>
				filter === 'year' ? (a === UNKNOWN ? 1 : b === UNKNOWN ? -1 : b.localeCompare(a)) : label(filter, a).localeCompare(label(filter, b), 'zh'),
			);
			const select = this.#field(filter) as HTMLSelectElement;
			const options = counts.map(([value, n]) => new Option(facets?.exact ? `${label(filter, value)}（${n}）` : label(filter, value), urlValue(filter, value)));
			if (state[filter] && !options.some((o) => o.value === state[filter])) options.push(new Option(`${state[filter]}（0）`, state[filter]));
			select.replaceChildren(select.options[0]!, ...options);
			select.value = state[filter];
			if (filter === 'tag') this.querySelector<HTMLElement>('[data-tags]')!.hidden = options.length === 0;
		}
		this.dataset.facets = 'ready';
	}
}
