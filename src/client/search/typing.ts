/**
 * When a search box's query is ready to search. Searching takes a few milliseconds once the
 * data is in: the box waits only for the keystrokes of one burst (a pasted or autocompleted
 * query arrives as one input event). Letters still being turned into characters by an input
 * method are not the query yet; browsers fire the last input event before compositionend,
 * so that event searches.
 */
const TYPING_DELAY = 15;

export function onTyped(input: HTMLInputElement, search: () => void): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(search, TYPING_DELAY);
  };
  input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) schedule();
  });
  input.addEventListener('compositionend', schedule);
}
