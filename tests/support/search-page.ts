import type { Page } from 'playwright-core';

/** Waits until the search box has answered, then returns the result links, best first. */
export async function searchResults(
  page: Page,
  scope = '[data-search-page]',
): Promise<{ path: string; href: string; title: string }[]> {
  await page.waitForFunction((selector) => {
    const status =
      document.querySelector(`${selector} [data-search-status], ${selector} .search-dropdown__status`)?.textContent ??
      '';
    return status.length > 0 && !status.includes('正在搜索');
  }, scope);
  return page.$$eval(`${scope} .result .result__link`, (links) =>
    links.map((link) => ({
      path: (link as HTMLAnchorElement).pathname,
      href: link.getAttribute('href') ?? '',
      title: link.textContent ?? '',
    })),
  );
}

/**
 * One search page for a whole query set, each query typed into its box as a reader would:
 * the results of a query are read once the URL follows it. Loading the page once keeps a
 * set of many queries from paying for a page load each.
 */
export function queryTyper(newPage: () => Promise<Page>) {
  let page: Page | undefined;
  return async (query: string) => {
    if (!page) {
      page = await newPage();
      await page.goto('search/');
    }
    await page.fill('#search-page-input', query);
    await page.waitForFunction((q) => new URL(location.href).searchParams.get('q') === q, query);
    const found = await searchResults(page);
    const here = page.url();
    return found.map((r) => ({ ...r, hash: new URL(r.href, here).hash }));
  };
}
