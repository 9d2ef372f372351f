/**
 * The search box's behaviour, loaded when the reader first focuses a search box or
 * presses `/` or Ctrl/⌘+K. On the search page the results fill the page and `?q=` always
 * follows the query; elsewhere they open under the header box. Arrow keys move through
 * results, Enter opens one, Escape closes or clears. The results' styles
 * (src/styles/search-results.css) come with this code.
 */
import { createEngine, type Engine, type SearchOutcome } from '../../shared/search/engine.ts';
import { loadPagefind } from './pagefind-api.ts';
import { rankSubResults } from './rank-sub-results.ts';
import { resultItems, statusText } from './render.ts';
import { onTyped } from './typing.ts';
import { siteUrls } from '../../shared/urls.ts';
import type { QueryReading, SearchData, TraditionalTable } from '../../shared/search/types.ts';
import type { ReadingTable } from '../../shared/search/pinyin.ts';
import styles from '../../styles/search-results.css?inline';

// The results' styles come with the search code, as the cite popover's do (a constructed
// style sheet is not an inline style): pages that never search do not carry them.
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

// Vite writes the build's base path into the bundle.
const urls = siteUrls(import.meta.env.BASE_URL);

const DROPDOWN_LIMIT = 6;
const RELATED_LIMIT = 5;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(urls.page(path));
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

let engine: Engine | undefined;

export function getEngine(): Engine {
  engine ??= createEngine({
    data: () => fetchJson<SearchData>('search/data.json'),
    reading: () => fetchJson<QueryReading>('search/reading.json'),
    traditional: () => fetchJson<TraditionalTable>('search/t2s.json'),
    commonReadings: () => fetchJson<ReadingTable>('search/pinyin-common.json'),
    async related(query) {
      const pagefind = await loadPagefind(urls.page());
      const search = await pagefind.search(query);
      // Each result's data is a fragment download: five related pages are plenty.
      const data = await Promise.all((search?.results ?? []).slice(0, RELATED_LIMIT).map((result) => result.data()));
      return data.map((page) => {
        const [best] = rankSubResults(page, 1);
        return { url: best.url, title: page.meta.title ?? page.url, excerpt: best.excerpt };
      });
    },
  });
  return engine;
}

/** Arrow keys between the input and the result links; Escape hands back to `onEscape`. */
function keyboard(input: HTMLInputElement, list: HTMLElement, onEscape: () => void): void {
  const links = () => Array.from(list.querySelectorAll<HTMLAnchorElement>('a[data-result]'));
  const move = (from: Element | null, step: number) => {
    const all = links();
    const at = from === input ? -1 : all.indexOf(from as HTMLAnchorElement);
    const next = at + step;
    if (next < 0) input.focus();
    else all[Math.min(next, all.length - 1)]?.focus();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (links().length === 0) return;
      event.preventDefault();
      move(document.activeElement, event.key === 'ArrowDown' ? 1 : -1);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      onEscape();
    }
  };
  input.addEventListener('keydown', onKey);
  list.addEventListener('keydown', onKey);
}

interface View {
  status: HTMLElement;
  list: HTMLElement;
  limit?: number;
  /** Called with each finished search, or with null when search failed. */
  done?(outcome: SearchOutcome | null, query: string): void;
}

/** Runs the query in `input` whenever it changes; only the latest answer is shown. */
function live(input: HTMLInputElement, view: View): () => Promise<void> {
  let ticket = 0;
  const run = async () => {
    const mine = ++ticket;
    const query = input.value;
    if (query.trim()) view.status.textContent = '正在搜索……';
    try {
      const outcome = await getEngine().search(query);
      if (mine !== ticket) return;
      // A reader who has already arrowed into the list keeps their place when the answer
      // arrives: the new list takes focus at the same position, not the page's body.
      const links = () => [...view.list.querySelectorAll<HTMLAnchorElement>('a.result__link')];
      const focused = links().indexOf(document.activeElement as HTMLAnchorElement);
      view.list.replaceChildren(...resultItems(outcome, view.limit));
      // The search page names the report's own examples on its status line (search.astro).
      view.status.textContent = statusText(outcome, view.status.dataset.searchExamples);
      view.done?.(outcome, query);
      // After `done`, which shows the dropdown again if losing focus closed it.
      if (focused >= 0) (links()[focused] ?? input).focus();
    } catch (error) {
      if (mine !== ticket) return;
      view.list.replaceChildren();
      view.status.textContent = '搜索暂时不可用：检索数据未能加载。请稍后再试，或从目录逐节阅读。';
      view.done?.(null, query);
      console.error(error);
    }
  };
  onTyped(input, () => void run());
  return run;
}

/** The search page: results in the page, the URL in step with the query. */
export function attachSearchPage(
  form: HTMLFormElement,
  input: HTMLInputElement,
  status: HTMLElement,
  list: HTMLElement,
): void {
  const pageTitle = document.title;
  const run = live(input, {
    status,
    list,
    done(_outcome, query) {
      const url = new URL(location.href);
      if (query.trim()) url.searchParams.set('q', query);
      else url.searchParams.delete('q');
      history.replaceState(null, '', url);
      document.title = query.trim() ? `${query.trim()} - ${pageTitle}` : pageTitle;
      // In a library: the same query across every report (src/library/pages/search.astro).
      const widen = document.querySelector<HTMLAnchorElement>('[data-search-widen]');
      if (widen) widen.search = query.trim() ? `?q=${encodeURIComponent(query.trim())}` : '';
    },
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  keyboard(input, list, () => {
    if (document.activeElement === input) input.value = '';
    input.focus();
    if (!input.value) void run();
  });
  input.value = new URLSearchParams(location.search).get('q') ?? '';
  void run();
}

/** The header box on every other page: the best results open under it. */
export function attachDropdown(form: HTMLFormElement, input: HTMLInputElement): void {
  const panel = document.createElement('div');
  panel.className = 'search-dropdown';
  panel.hidden = true;
  const status = document.createElement('p');
  status.className = 'search-dropdown__status';
  status.setAttribute('role', 'status');
  const list = document.createElement('ol');
  list.className = 'results results--compact';
  const all = document.createElement('a');
  all.className = 'search-dropdown__all';
  panel.append(status, list, all);
  // In a library, the same query across every report (src/library/pages/search.astro).
  const library = form.dataset.librarySearch;
  const widen = document.createElement('a');
  widen.className = 'search-dropdown__all';
  if (library) panel.append(widen);
  form.append(panel);

  const close = () => {
    panel.hidden = true;
  };
  const run = live(input, {
    status,
    list,
    limit: DROPDOWN_LIMIT,
    done(_outcome, typed) {
      const query = typed.trim();
      panel.hidden = !query;
      all.href = urls.search(query);
      all.textContent = `在搜索页查看“${query}”的全部结果`;
      widen.href = `${library}?q=${encodeURIComponent(query)}`;
      widen.textContent = `在全部报告中搜索“${query}”`;
    },
  });
  keyboard(input, panel, () => {
    close();
    input.focus();
  });
  form.addEventListener('focusout', (event) => {
    if (!form.contains(event.relatedTarget as Node | null)) close();
  });
  input.addEventListener('focus', () => {
    if (input.value.trim()) void run();
  });
  if (input.value.trim()) void run();
}
