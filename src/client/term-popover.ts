/**
 * Shows a glossary term's definition next to the term: on hover, on keyboard focus, and on
 * a first tap (a second tap follows the link). Escape, moving away or tapping elsewhere
 * closes it. The definitions are already in the page (see GlossaryDefinitions.astro), so
 * nothing is fetched. Screen readers get the definition through the link's
 * aria-describedby; the popover is its visual twin and hidden from them.
 */
import { dismiss, place } from './popover.ts';

const SHOW_DELAY = 120;
const HIDE_DELAY = 200;

const popover = document.createElement('div');
popover.className = 'term-popover';
popover.setAttribute('aria-hidden', 'true');

let current: HTMLAnchorElement | null = null;
let timer: ReturnType<typeof setTimeout> | undefined;
let lastPointer = '';

function termOf(target: EventTarget | null): HTMLAnchorElement | null {
  return target instanceof Element ? target.closest<HTMLAnchorElement>('a.term[data-term]') : null;
}

function show(link: HTMLAnchorElement, touch: boolean): void {
  clearTimeout(timer);
  const definition = document.getElementById(`def-${link.dataset.term}`);
  if (!definition) return;
  const title = document.createElement('strong');
  title.className = 'term-popover__term';
  title.textContent = definition.dataset.termName ?? link.textContent;
  const body = document.createElement('div');
  body.className = 'term-popover__body';
  body.append(...Array.from(definition.childNodes, (node) => node.cloneNode(true)));
  const hint = document.createElement('p');
  hint.className = 'term-popover__hint';
  hint.textContent = touch ? '再点一次，查看词条页面' : '点击查看词条页面';
  popover.replaceChildren(title, body, hint);
  document.body.append(popover);
  current = link;
  place(popover, link, 352);
}

function hide(): void {
  clearTimeout(timer);
  popover.remove();
  current = null;
}

function later(action: () => void, delay: number): void {
  clearTimeout(timer);
  timer = setTimeout(action, delay);
}

// Escape, a press anywhere but on a term or the popover, and a resize close it.
dismiss(popover, 'pointerdown', termOf, hide, hide);

document.addEventListener('pointerdown', (event) => {
  lastPointer = event.pointerType;
});

document.addEventListener('pointerover', (event) => {
  if (event.pointerType !== 'mouse') return;
  const link = termOf(event.target);
  if (link && link !== current) later(() => show(link, false), SHOW_DELAY);
  else if (link || popover.contains(event.target as Node)) clearTimeout(timer);
});

document.addEventListener('pointerout', (event) => {
  if (event.pointerType !== 'mouse') return;
  const to = event.relatedTarget as Node | null;
  const leaving = termOf(event.target) || popover.contains(event.target as Node);
  if (leaving && !(to && (popover.contains(to) || termOf(to)))) later(hide, HIDE_DELAY);
});

document.addEventListener('focusin', (event) => {
  const link = termOf(event.target);
  if (link && lastPointer !== 'touch') show(link, false);
});

document.addEventListener('focusout', (event) => {
  if (termOf(event.target) && lastPointer !== 'touch') hide();
});

document.addEventListener('click', (event) => {
  const link = termOf(event.target);
  if (!link || lastPointer !== 'touch') return;
  if (current === link && popover.isConnected) return; // second tap: follow the link
  event.preventDefault();
  show(link, true);
});

document.addEventListener('keydown', (event) => {
  if (event.key === 'Tab') lastPointer = 'keyboard';
});
