/**
 * Hands a click on a ¶ sign or on “引用本节/引用本条” to the cite script, which loads only
 * then (src/client/cite.ts). If it never loads, the ¶ signs stay plain links and the
 * citation shows in its disclosure, as without JavaScript.
 */
document.addEventListener('click', (event) => {
  const target =
    event.target instanceof Element ? event.target.closest<HTMLElement>('a.para-anchor, .cite > summary') : null;
  // With a modifier (new tab, new window) a ¶ stays a link.
  if (!target || event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  void import('./cite.ts').then((cite) => cite.activate(target));
});
