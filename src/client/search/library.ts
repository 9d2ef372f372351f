/**
 * The library's search page (src/library/pages/search.astro). Which reports to search: the
 * one or the government the reader chose, or else the reports whose pages hold the query's
 * words most often, as the library's Pagefind index counts them (its `report` filter), a
 * few at a time, so that a first query downloads the index's few chunks and a few reports'
 * search data, whatever the size of the library. Each report is then searched as its own
 * search page searches it (src/shared/search/engine.ts, on its search/data.json): exact,
 * glossary and near results, 今年 read against its year, a topic it never mentions empty.
 */
import { createEngine, type Engine, type SearchOutcome } from '../../shared/search/engine.ts';
import type { QueryReading, SearchData, TraditionalTable } from '../../shared/search/types.ts';
import type { ReadingTable } from '../../shared/search/pinyin.ts';
import { loadPagefind } from './pagefind-api.ts';
import { resultItems } from './render.ts';
import { onTyped } from './typing.ts';
import styles from '../../styles/search-results.css?inline';

const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

interface Entry {
  id: string;
  title: string;
  year: number;
  governmentId: string;
  government: string;
}

/** Reports searched at a time across the whole library, and results shown for each. */
export const REPORT_LIMIT = 3;
const PER_REPORT = 5;

const base = import.meta.env.BASE_URL;

async function fetchJson<T>(path: string): Promise<T> {
  const response = await fetch(`${base}${path}`);
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

const engines = new Map<string, Engine>();

/** Each report's own engine, on its own data, loaded on first use. */
function engineOf(id: string): Engine {
  let engine = engines.get(id);
  if (!engine) {
    engine = createEngine({
      data: () => fetchJson<SearchData>(`${id}/search/data.json`),
      reading: () => fetchJson<QueryReading>(`${id}/search/reading.json`),
      traditional: () => fetchJson<TraditionalTable>(`${id}/search/t2s.json`),
      commonReadings: () => fetchJson<ReadingTable>(`${id}/search/pinyin-common.json`),
      // Near results are ordered by the engine alone here: no report's own index is loaded.
      related: () => Promise.reject(new Error('no per-report index in the library search')),
    });
    engines.set(id, engine);
  }
  return engine;
}

type Counts = Record<string, number>;

let filtersLoaded: Promise<unknown> | undefined;

/** How many pages of each report Pagefind finds for `query` (its `report` filter's counts). */
async function reportCounts(query: string): Promise<Counts> {
  const pagefind = await loadPagefind(base);
  // A search counts its results by filter once the filters are loaded.
  filtersLoaded ??= pagefind.filters();
  await filtersLoaded;
  const search = await pagefind.search(query);
  return search?.filters?.report ?? {};
}

/**
 * The reports to search for `query` across the library, most pages matching first. A
 * question rarely has all its words on one page: when the whole query finds no report, each
 * of its words adds the reports that hold it (each word costs an index chunk, so only then).
 */
async function candidates(query: string, all: readonly Entry[]): Promise<{ ids: string[]; more: number }> {
  const counts: Counts = { ...(await reportCounts(query)) };
  if (!Object.values(counts).some((count) => count > 0)) {
    const words = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(query)]
      .filter((s) => s.isWordLike && s.segment.length > 1)
      .map((s) => s.segment);
    for (const word of new Set(words)) {
      for (const [id, count] of Object.entries(await reportCounts(word))) counts[id] = (counts[id] ?? 0) + count / 10;
    }
  }
  const known = new Set(all.map((entry) => entry.id));
  const ranked = Object.entries(counts)
    .filter(([id, count]) => known.has(id) && count > 0)
    .sort(([a, x], [b, y]) => y - x || b.localeCompare(a))
    .map(([id]) => id);
  return { ids: ranked.slice(0, REPORT_LIMIT), more: Math.max(0, ranked.length - REPORT_LIMIT) };
}

/** Whether a report is in the scope the reader chose: its id, its government's, or its year. */
const inside = (entry: Entry, scope: string) =>
  entry.id === scope || entry.governmentId === scope || String(entry.year) === scope;

const found = (outcome: SearchOutcome) => Boolean(outcome.answer || outcome.exact.length || outcome.near.length);

function group(entry: Entry, outcome: SearchOutcome, query: string): HTMLElement {
  const section = document.createElement('section');
  section.className = 'library-results__report';
  const heading = document.createElement('h2');
  const home = document.createElement('a');
  home.href = `${base}${entry.id}/`;
  home.textContent = `${entry.year}年 · ${entry.title}`;
  heading.append(home);
  const list = document.createElement('ol');
  list.className = 'results';
  list.append(...resultItems(outcome, PER_REPORT, 3));
  const all = document.createElement('a');
  all.className = 'library-results__all';
  all.href = `${base}${entry.id}/search/?q=${encodeURIComponent(query)}`;
  all.textContent = `在${entry.year}年报告中查看全部结果`;
  section.append(heading, list, all);
  return section;
}

export function attachLibrarySearch(root: HTMLElement): void {
  const all = JSON.parse(root.dataset.reports ?? '[]') as Entry[];
  const form = root.querySelector('form')!;
  const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const scope = form.querySelector<HTMLSelectElement>('select[name="report"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const groups = root.querySelector<HTMLElement>('[data-search-groups]')!;
  const pageTitle = document.title;
  let ticket = 0;

  const run = async () => {
    const mine = ++ticket;
    const query = input.value.trim();
    const chosen = scope.value;
    const url = new URL(location.href);
    url.search = '';
    if (query) url.searchParams.set('q', query);
    if (chosen) url.searchParams.set('report', chosen);
    history.replaceState(null, '', url);
    document.title = query ? `${query} - ${pageTitle}` : pageTitle;
    if (!query) {
      groups.replaceChildren();
      status.textContent = `输入词语或数字，在${all.length}篇报告中搜索。`;
      return;
    }
    status.textContent = '正在搜索……';
    try {
      // The scope: a report, a government's reports, a year's reports, or all of them; a
      // scope of more reports than are searched at a time is ranked by Pagefind's counts.
      const inScope = chosen ? all.filter((e) => inside(e, chosen)) : all;
      const picked =
        inScope.length <= REPORT_LIMIT ? { ids: inScope.map((e) => e.id), more: 0 } : await candidates(query, inScope);
      const entries = picked.ids.map((id) => all.find((entry) => entry.id === id)!);
      const outcomes = await Promise.all(entries.map((entry) => engineOf(entry.id).search(query)));
      if (mine !== ticket) return;
      const shown = entries
        .map((entry, i) => ({ entry, outcome: outcomes[i] }))
        .filter(({ outcome }) => found(outcome));
      groups.replaceChildren(...shown.map(({ entry, outcome }) => group(entry, outcome, query)));
      const where = chosen ? '所选范围' : '全部报告';
      status.textContent = shown.length
        ? `在${shown.length}篇报告中找到与“${query}”相关的内容${picked.more ? `（按相关程度列出前${picked.ids.length}篇，可在“范围”中选择其他报告）` : ''}。`
        : `${where}中都没有找到与“${query}”相关的内容。可以换一个词，或减少字数再试。`;
    } catch (error) {
      if (mine !== ticket) return;
      groups.replaceChildren();
      status.textContent = '搜索暂时不可用：检索数据未能加载。请稍后再试，或从报告库的目录阅读。';
      console.error(error);
    }
  };

  onTyped(input, () => void run());
  scope.addEventListener('change', () => void run());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    void run();
  });
  const params = new URLSearchParams(location.search);
  input.value = params.get('q') ?? '';
  const report = params.get('report') ?? '';
  if ([...scope.options].some((option) => option.value === report)) scope.value = report;
  input.focus();
  void run();
}
