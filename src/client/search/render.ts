/**
 * Turns a search outcome into DOM: the glossary answer, the exact results (each linking to
 * its paragraph, with the match marked), near results under their own label (the words
 * of the text that matched marked), and one status sentence. Text
 * from the query or the page is always set as text, never parsed as HTML.
 */
import type { ExactHit } from '../../shared/search/exact-search.ts';
import type { NearHit } from '../../shared/search/near-search.ts';
import type { SearchOutcome } from '../../shared/search/engine.ts';

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

function link(href: string, className: string, ...children: (Node | string)[]): HTMLAnchorElement {
  const a = el('a', className, ...children);
  a.href = href;
  a.dataset.result = '';
  return a;
}

/** The result's address: the page, the words to mark there, and the paragraph or heading. */
export function resultUrl(url: string, anchor: string, phrases: string[]): string {
  const query = phrases.map((phrase) => `highlight=${encodeURIComponent(phrase)}`).join('&');
  return `${url}${query ? `?${query}` : ''}${anchor ? `#${anchor}` : ''}`;
}

const quote = (text: string) => `“${text}”`;

type Heading = 'h2' | 'h3';

/** `examples`: searches to suggest before the reader types, as the page lists them (`放管服、12345`). */
export function statusText(outcome: SearchOutcome, examples = ''): string {
  const { query, searched, conversion, parts, answer, exact, near, understood, missing } = outcome;
  if (parts.length === 0)
    return query.trim()
      ? '请输入要查找的词语或数字（只有标点无法搜索）。'
      : `输入词语或数字开始搜索${examples ? `，例如：${examples}` : ''}。`;
  const said: string[] = [];
  if (conversion === 'traditional') said.push(`已按简体${quote(searched)}搜索（输入的是繁体${quote(query.trim())}）。`);
  if (conversion === 'pinyin') said.push(`拼音${quote(query.trim())}对应词语${quote(searched)}。`);
  if (conversion === 'numbers') said.push(`数字按报告的写法${quote(searched)}查找。`);
  if (conversion === 'term') said.push(`问的是词语${quote(searched)}的含义。`);
  const nothing = exact.length === 0 && near.length === 0 && !answer;
  if (nothing && missing.length > 0 && missing.length === parts.length) {
    said.push(`报告中没有提到${missing.map((part) => quote(part.raw)).join('、')}，没有与之相关的内容。`);
    return said.join('');
  }
  if (missing.length > 0) said.push(`报告中没有${missing.map((part) => quote(part.raw)).join('、')}。`);
  const asked = parts.map((part) => quote(part.raw)).join('和');
  if (exact.length > 0) said.push(`${answer ? '除词语解释外，' : ''}有 ${exact.length} 个页面包含${asked}。`);
  else if (answer) said.push(`报告正文之外，只有词语解释用到${asked}。`);
  else if (near.length > 0)
    said.push(`没有页面原样包含${asked}。按${quote(understood.join(' '))}查找，以下是 ${near.length} 个相近结果。`);
  else said.push(`没有找到与${asked}相关的内容。可以换一个词，或减少字数再试。`);
  return said.join('');
}

function exactItem(hit: ExactHit, phrases: string[], level: Heading): HTMLLIElement {
  const href = resultUrl(hit.page.url, hit.passage.anchor, phrases);
  const where = hit.passage.heading && hit.passage.heading !== hit.page.title ? hit.passage.heading : '';
  return el(
    'li',
    'result',
    el(level, 'result__title', link(href, 'result__link', hit.page.title)),
    el(
      'p',
      'result__excerpt',
      ...(where ? [el('span', 'result__heading', where)] : []),
      hit.excerpt.before,
      el('mark', '', hit.excerpt.match),
      hit.excerpt.after,
    ),
    ...(hit.count > 1 ? [el('p', 'result__count', `本页共 ${hit.count} 处`)] : []),
  );
}

function nearItem(hit: NearHit, level: Heading): HTMLLIElement {
  const href = resultUrl(hit.page.url, hit.passage.anchor, hit.marked);
  const where =
    hit.passage.heading && hit.passage.heading !== hit.page.title && hit.passage.heading !== hit.passage.text
      ? hit.passage.heading
      : '';
  return el(
    'li',
    'result result--near',
    el(level, 'result__title', link(href, 'result__link', hit.page.title)),
    el(
      'p',
      'result__excerpt',
      ...(where ? [el('span', 'result__heading', where)] : []),
      ...hit.excerpt.map((piece) => (piece.mark ? el('mark', '', piece.text) : piece.text)),
    ),
  );
}

/** `level`: the results' heading level, h3 under a heading of their own (a report's, in the library's search). */
export function resultItems(outcome: SearchOutcome, limit = Infinity, level: 2 | 3 = 2): HTMLLIElement[] {
  const h: Heading = level === 2 ? 'h2' : 'h3';
  const phrases = outcome.parts.map((part) => part.raw);
  const items: HTMLLIElement[] = [];
  if (outcome.answer) {
    const entry = outcome.answer;
    items.push(
      el(
        'li',
        'result result--answer',
        el(h, 'result__title', link(entry.url, 'result__link', `词语解释：${entry.term}`)),
        el('p', 'result__definition', entry.definition),
      ),
    );
  }
  for (const entry of outcome.pinyinEntries) {
    items.push(
      el(
        'li',
        'result result--answer',
        el(h, 'result__title', link(entry.url, 'result__link', `词语解释：${entry.term}`)),
      ),
    );
  }
  for (const hit of outcome.exact) items.push(exactItem(hit, phrases, h));
  if (outcome.near.length > 0) {
    items.push(el('li', 'results__divider', '相近结果'));
    for (const hit of outcome.near) items.push(nearItem(hit, h));
  }
  return items.slice(0, limit);
}
