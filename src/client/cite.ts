/**
 * The cite popover, loaded on the first click on a ¶ sign or on “引用本节/引用本条” (see
 * cite-loader.ts). It shows the citation of the paragraph, section or entry with today's
 * date, “复制引用”, “复制链接” and “关闭”, and says “已复制” when done. Focus moves to its
 * first button; Escape, “关闭”, a click outside or tabbing out of it close it, and focus
 * goes back to what opened it. Like the term popover it is in the page only while it shows,
 * placed in page coordinates: nothing else moves.
 *
 * Copying uses the Clipboard API; where there is none (a page served over plain http from
 * another host), the text is selected for the reader to copy, and the status says so.
 */
import { citation, citedUrl } from '../shared/citation.ts';
import { isoDay } from '../shared/dates.ts';
import { dismiss, place } from './popover.ts?copy';
import styles from '../styles/cite.css?inline';

const WIDTH = 416;
const INDENT = 32;

// The popover's styles come with it (a constructed style sheet is not an inline style).
const sheet = new CSSStyleSheet();
sheet.replaceSync(styles);
document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];

function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  className: string,
  text = '',
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  el.className = className;
  el.textContent = text;
  return el;
}

function button(label: string, action: () => void): HTMLButtonElement {
  const el = element('button', '', label);
  el.type = 'button';
  el.addEventListener('click', action);
  return el;
}

const popover = element('div', 'cite-popover');
popover.setAttribute('role', 'dialog');
popover.setAttribute('aria-labelledby', 'cite-popover-title');
const title = element('p', 'cite-popover__title');
title.id = 'cite-popover-title';
const text = element('p', 'cite__text');
const status = element('span', 'cite__status');
status.setAttribute('role', 'status');
const actions = element('div', 'cite__actions');
actions.append(
  button('复制引用', () => void copy(false)),
  button('复制链接', () => void copy(true)),
  button('关闭', () => hide(true)),
  status,
);
popover.append(title, text, actions);

/** What opened the popover: a ¶ sign or the summary of the page's citation. */
let opener: HTMLElement | null = null;
let link = '';

/** Called by cite-loader.ts for a click on a ¶ sign or on a citation's summary. */
export function activate(target: HTMLElement): void {
  if (target === opener) hide(true);
  else show(target);
}

function show(target: HTMLElement): void {
  const details = document.querySelector<HTMLElement>('details.cite');
  const own = details?.querySelector('[data-cite-text]');
  const date = details?.querySelector('[data-cite-date]');
  // The section and the work it is part of (src/components/Cite.astro).
  const { citeUrl, citeTitle, citePublished, citeAuthor, citeWork } = details?.dataset ?? {};
  const paragraph = target.closest<HTMLElement>('p[id]');
  // Its number on the page: its anchor stays with it through edits and need not be.
  const number = paragraph?.parentElement
    ? [...paragraph.parentElement.querySelectorAll(':scope > p[id]')].indexOf(paragraph) + 1
    : NaN;
  const anchor = target instanceof HTMLAnchorElement ? target : null;
  const citable = number > 0 && citeTitle && citePublished && citeAuthor && citeWork;
  if (!own || !date || !citeUrl || (anchor && !citable)) {
    if (anchor) location.href = anchor.href; // nothing to cite with here: the ¶ is a link
    return;
  }
  const today = isoDay(new Date());
  hide(false);
  if (anchor && paragraph && citeTitle && citePublished && citeAuthor && citeWork) {
    // Its place in the report's numbering (第二部分（三）第2段), from remark-paragraph-anchors.
    const place = paragraph.dataset.place;
    const cited = {
      kind: 'paragraph',
      title: citeTitle,
      url: citeUrl,
      anchor: paragraph.id,
      paragraph: number,
      place,
    } as const;
    title.textContent = `引用${place ?? `第${cited.paragraph}段`}`;
    text.textContent = citation(cited, {
      author: citeAuthor,
      title: citeWork,
      published: citePublished,
      accessed: today,
    });
    link = citedUrl(cited);
    paragraph.classList.add('is-cited');
  } else {
    // The page's own citation is in the page already, with a place for the date.
    date.textContent = today;
    title.textContent = target.textContent;
    text.textContent = own.textContent;
    link = citeUrl;
  }
  status.textContent = '';
  document.body.append(popover);
  opener = target;
  // A <summary> states its own <details>' state (closed here: the popover replaces it).
  if (target.tagName !== 'SUMMARY') target.setAttribute('aria-expanded', 'true');
  place(popover, target, WIDTH, INDENT);
  popover.querySelector('button')?.focus();
}

function hide(returnFocus: boolean): void {
  if (!opener) return;
  const target = opener;
  opener = null;
  popover.remove();
  if (target.tagName !== 'SUMMARY') target.setAttribute('aria-expanded', 'false');
  target.closest('p')?.classList.remove('is-cited');
  if (returnFocus) target.focus({ preventScroll: true });
}

async function copy(onlyLink: boolean): Promise<void> {
  const value = onlyLink ? link : (text.textContent ?? '');
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(value);
    status.textContent = onlyLink ? '已复制链接' : '已复制引用';
  } catch {
    select(value);
    status.textContent = `已选中${onlyLink ? '链接' : '引用'}，请按 Ctrl+C 复制`;
  }
}

/** Selects `value` in the citation (all of it, or the address at its end). */
function select(value: string): void {
  const node = text.firstChild as Text | null;
  if (!node) return;
  const range = document.createRange();
  const at = node.data.lastIndexOf(value);
  range.setStart(node, Math.max(at, 0));
  range.setEnd(node, at >= 0 ? at + value.length : node.length);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

// Escape and a click outside close the popover; focus goes back to the opener unless the
// click took it. Clicks on a ¶ sign or a citation's summary are cite-loader.ts's. A resize
// places it again.
dismiss(
  popover,
  'click',
  (target) => target instanceof Element && target.closest('a.para-anchor, .cite > summary'),
  (byEscape) => hide(byEscape || document.activeElement === document.body || document.activeElement === null),
  () => {
    if (opener) place(popover, opener, WIDTH, INDENT);
  },
);

// Tabbing out of the popover closes it.
document.addEventListener('keydown', (event) => {
  if (!opener || event.key !== 'Tab' || !popover.contains(document.activeElement)) return;
  const buttons = popover.querySelectorAll('button');
  if (event.shiftKey && document.activeElement === buttons[0]) {
    event.preventDefault();
    hide(true);
  } else if (!event.shiftKey && document.activeElement === buttons[buttons.length - 1]) {
    hide(true); // focus is back on the opener: the Tab goes on from there
  }
});
