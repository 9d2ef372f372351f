/**
 * On a page opened from a search result (`?highlight=…`), marks the searched words in
 * the text. Pagefind's highlighter is loaded only then; its inline <style> is disabled
 * because the Content-Security-Policy forbids it (the site's CSS styles the marks).
 */
if (new URLSearchParams(location.search).has('highlight')) {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  import(/* @vite-ignore */ url)
    .then(({ default: PagefindHighlight }) => {
      new PagefindHighlight({ highlightParam: 'highlight', addStyles: false });
    })
    .catch((error: unknown) => console.error('highlight unavailable', error));
}
