/**
 * On every page: `/` or Ctrl/⌘+K puts the cursor in the search box, and the search code
 * and data are loaded only when the reader first focuses a box. Without JavaScript the
 * boxes are plain forms that open the search page.
 */
const pageBox = document.querySelector<HTMLInputElement>('[data-search-page] input[name="q"]');
const headerForm = document.querySelector<HTMLFormElement>('.site-header form.search-form');
const headerBox = headerForm?.querySelector<HTMLInputElement>('input[name="q"]');

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))
  );
}

document.addEventListener('keydown', (event) => {
  const slash = event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTyping(event.target);
  const commandK = (event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k';
  if (!slash && !commandK) return;
  const box = pageBox ?? headerBox;
  if (!box) return;
  event.preventDefault();
  box.focus();
  box.select();
});

if (headerForm && headerBox && !pageBox) {
  const start = () => {
    headerBox.removeEventListener('focus', start);
    void import('./search/ui.ts').then((ui) => {
      // Fetch the search data while the reader types; a failure is reported by the search itself.
      ui.getEngine()
        .search('')
        .catch(() => undefined);
      ui.attachDropdown(headerForm, headerBox);
    });
  };
  headerBox.addEventListener('focus', start);
  if (document.activeElement === headerBox) start();
}
