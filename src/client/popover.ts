/**
 * What the term popover (term-popover.ts) and the cite popover (cite.ts) share. A popover
 * is in the document only while it shows: adding and removing a fixed element moves
 * nothing else, whereas hiding it in place counts as a layout shift. It shows under what
 * opened it, and Escape, a press outside it and a resize of the window deal with it. Each
 * popover keeps what it shows for, fills its box and decides what opens it.
 *
 * The term popover loads with the page, the cite popover on first use. Shared by both,
 * this module would become a chunk of its own, one more request on every section page;
 * so cite.ts imports it as `./popover.ts?copy` (popover-copy.d.ts), a copy of its own in
 * the cite chunk. The term popover's script then imports nothing and stays inlined in the
 * page.
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
  const top =
    below + height > window.innerHeight - MARGIN && rect.top - height - GAP > MARGIN ? rect.top - height - GAP : below;
  popover.style.top = `${top + window.scrollY}px`;
}

/**
 * Calls `close` on Escape while `popover` shows (with `true`) and on a `press` outside it
 * (with `false`; a press on what `ignore` picks out is left to its own handlers), and
 * `resize` when the window is resized. A popover that takes the focus gives it back to
 * what opened it after Escape, and after a press outside that left the focus nowhere.
 */
export function dismiss(
  popover: HTMLElement,
  press: 'pointerdown' | 'click',
  ignore: (target: EventTarget | null) => unknown,
  close: (byEscape: boolean) => void,
  resize: () => void,
): void {
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && popover.isConnected) close(true);
  });
  document.addEventListener(press, (event) => {
    if (!popover.contains(event.target as Node) && !ignore(event.target)) close(false);
  });
  window.addEventListener('resize', resize);
}
