/**
 * The search page: runs the query from `?q=` on load, searches as the reader types, keeps
 * the URL in step with the query, and renders results with the section title, the
 * heading that matched and an excerpt. Results link to the heading; the target page
 * highlights the words (see highlight.ts).
 */
import { excerptNodes, tidyExcerpt } from './excerpt.ts';
import { loadPagefind, type PagefindResultData } from './pagefind-api.ts';
import { rankSubResults } from './rank-sub-results.ts';

const MAX_RESULTS = 10;
const MAX_SUB_RESULTS = 3;
const base = import.meta.env.BASE_URL;

const form = document.querySelector<HTMLFormElement>('[data-search-page] form')!;
const input = form.querySelector<HTMLInputElement>('input[name="q"]')!;
const status = document.querySelector<HTMLElement>('[data-search-status]')!;
const list = document.querySelector<HTMLOListElement>('[data-search-results]')!;
const pageTitle = document.title;

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = document.createElement('a');
  a.href = href;
  a.className = className;
  a.append(...children);
  return a;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, ...children: (Node | string)[]) {
  const el = document.createElement(tag);
  el.className = className;
  el.append(...children);
  return el;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const title = data.meta.title ?? data.url;
  const item = element('li', 'result');
  const subs = rankSubResults(data, MAX_SUB_RESULTS);
  item.append(element('h2', 'result__title', link(subs[0].url, 'result__link', title)));
  const subList = element('ul', 'result__subs');
  for (const sub of subs) {
    const heading = sub.title && sub.title !== title ? sub.title : '';
    const entry = element('li', 'result__sub');
    entry.append(
      link(sub.url, 'result__sub-link', heading ? element('span', 'result__heading', heading) : '', element('span', 'result__excerpt', ...excerptNodes(tidyExcerpt(sub.excerpt)))),
    );
    subList.append(entry);
  }
  item.append(subList);
  return item;
}

let latest = 0;

async function run(query: string): Promise<void> {
  const ticket = ++latest;
  const trimmed = query.trim();
  const url = new URL(location.href);
  if (trimmed) url.searchParams.set('q', trimmed);
  else url.searchParams.delete('q');
  history.replaceState(null, '', url);
  document.title = trimmed ? `${trimmed} - ${pageTitle}` : pageTitle;

  if (!trimmed) {
    list.replaceChildren();
    status.textContent = '输入词语或数字开始搜索，例如：六稳、12355、两不愁三保障、492.06。';
    return;
  }
  status.textContent = '正在搜索……';
  try {
    const pagefind = await loadPagefind(base);
    const search = await pagefind.search(trimmed);
    if (ticket !== latest) return;
    const hits = search?.results ?? [];
    const data = await Promise.all(hits.slice(0, MAX_RESULTS).map((hit) => hit.data()));
    if (ticket !== latest) return;
    list.replaceChildren(...data.map(renderResult));
    status.textContent =
      hits.length === 0
        ? `没有找到与“${trimmed}”相关的内容。可以换一个词，或减少字数再试。`
        : `找到 ${hits.length} 个与“${trimmed}”相关的页面${hits.length > MAX_RESULTS ? `，显示前 ${MAX_RESULTS} 个` : ''}。`;
  } catch (error) {
    if (ticket !== latest) return;
    list.replaceChildren();
    status.textContent = '搜索暂时不可用：检索索引未能加载。请稍后再试，或从目录中浏览。';
    console.error(error);
  }
}

let timer: ReturnType<typeof setTimeout> | undefined;
input.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => void run(input.value), 150);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  void run(input.value);
});

input.value = new URLSearchParams(location.search).get('q') ?? '';
input.focus();
void run(input.value);
