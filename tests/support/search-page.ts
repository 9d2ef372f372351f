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
