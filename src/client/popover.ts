/**
 * What the term popover (term-popover.ts) and the cite popover (cite.ts) share. A popover
 * is in the document only while it shows: adding and removing a fixed element moves
 * nothing else, whereas hiding it in place counts as a layout shift. It shows under what
 * opened it, and Escape, a press outside it and a resize of the window deal with it. Each
 * popover keeps what it shows for, fills its box and decides what opens it.
 *
 * The cite popover loads on first use, the term popover with the page; cite.ts imports
 * this module as `./popover.ts?copy` so that each gets its own copy: the term popover's
 * script stays small enough to be inlined in the page, and nothing extra loads on page view.
 */
const MARGIN = 8;
const GAP = 6;

/**
 * Places `popover` under `anchor` (above it when there is no room below), at most `width`
 * pixels wide and starting `indent` pixels left of it, inside the window; in page
 * coordinates: it scrolls with the text, so nothing ever moves on its own.
 */
export function place(popover: HTMLElement, anchor: Element, width: number, indent = 0): void {
  const rect = anchor.getBoundingClientRect();
  width = Math.min(width, window.innerWidth - 2 * MARGIN);
  popover.style.width = `${width}px`;
  const left = Math.min(Math.max(MARGIN, rect.left - indent), window.innerWidth - width - MARGIN);
  popover.style.left = `${left + window.scrollX}px`;
  const below = rect.bottom + GAP;
  const height = popover.offsetHeight;
  const top = below + height > window.innerHeight - MARGIN && rect.top - height - GAP > MARGIN ? rect.top - height - GAP : below;
  popover.style.top = `${top + window.scrollY}px`;
}

/**
 * Calls `close` on Escape while `popover` shows and on a `press` outside it (a press on
 * `ignore` is left to that element's own handlers), and `resize` when the window is
 * resized. `close` is told whether focus should go back to what opened the popover: after
 * Escape, and after a press outside that left the focus nowhere.
 */
export function dismiss(popover: HTMLElement, press: 'pointerdown' | 'click', ignore: string, close: (returnFocus: boolean) => void, resize: () => void): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popover.isConnected) close(true);
  });
  document.addEventListener(press, (event) => {
    const target = event.target as Node;
    if (popover.contains(target) || (target instanceof Element && target.closest(ignore))) return;
    const focused = document.activeElement;
    close(!focused || focused === document.body);
  });
  window.addEventListener('resize', resize);
}
