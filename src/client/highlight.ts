/**
 * On a page opened from a search result (`?highlight=…`), marks the searched words in the
 * report text. The marking code is loaded only then.
 */
const phrases = new URLSearchParams(location.search).getAll('highlight');
const body = document.querySelector('[data-pagefind-body]');
if (phrases.length > 0 && body) {
  void import('../shared/search/mark-text.ts').then(({ markText }) => markText(body, phrases));
}
