import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';

const site = useSite();

/** Waits for the search page to settle and returns the result links, best first. */
async function results(page: Page): Promise<{ href: string; title: string }[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return /找到|没有找到|不可用/.test(status);
  });
  return page.$$eval('.result .result__link', (links) =>
    links.map((link) => ({ href: (link as HTMLAnchorElement).pathname, title: link.textContent ?? '' })),
  );
}

test('searching 六稳 from the header lands on the glossary entry, highlighted', async () => {
  const page = await site.newPage();
  await page.goto('sections/overview/');
  await page.fill('#site-search-input', '六稳');
  await page.press('#site-search-input', 'Enter');
  await page.waitForURL(/\/search\/\?q=%E5%85%AD%E7%A8%B3/);
  const found = await results(page);
  assert.equal(found[0].href, '/glossary/liuwen/');
  // The excerpt marks what matched.
  assert.ok((await page.locator('.result').first().locator('mark').count()) > 0);
  await page.locator('.result__link').first().click();
  await page.waitForURL('**/glossary/liuwen/**');
  assert.equal(await page.locator('h1').textContent(), '六稳');
  await page.waitForSelector('mark.pagefind-highlight');
});

test('searching 12355 in the search page leads to the paragraph that uses it', async () => {
  const page = await site.newPage();
  await page.goto('search/');
  await page.fill('#search-page-input', '12355');
  const found = await results(page);
  assert.deepEqual(found.slice(0, 3).map((r) => r.href).sort(), ['/glossary/12355/', '/sections/goals/', '/sections/overview/']);
  assert.equal(new URL(page.url()).searchParams.get('q'), '12355', 'the URL carries the query');
  await page.locator('.result__sub-link', { hasText: '发展思路' }).filter({ has: page.locator('mark') }).nth(1).click();
  await page.waitForURL(/\/sections\//);
  await page.waitForSelector('mark.pagefind-highlight');
  assert.equal(await page.locator('mark.pagefind-highlight').first().textContent(), '12355');
});

test('a result under a heading links to that heading', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('链长制'));
  await results(page);
  const href = await page.locator('.result__sub-link').first().getAttribute('href');
  assert.match(decodeURIComponent(href ?? ''), /\/sections\/projects\/\?highlight=.*#主动对接引进项目$/);
});

/** The reader's queries from the issue, with the pages that answer them. */
const QUERIES: [string, string[]][] = [
  ['六稳', ['/glossary/liuwen/']],
  ['12355', ['/glossary/12355/']],
  ['两不愁三保障', ['/glossary/liangbuchousanbaozhang/']],
  ['放管服', ['/glossary/fangguanfu/']],
  ['492.06', ['/sections/achievements/']],
  ['石佛沟', ['/sections/industry/', '/sections/work-2020/', '/sections/overview/']],
  ['百合', ['/sections/rural/', '/sections/achievements/']],
];

for (const [query, expected] of QUERIES) {
  test(`searching ${query} finds ${expected.join(' or ')} in the top three`, async () => {
    const page = await site.newPage();
    await page.goto('search/?q=' + encodeURIComponent(query));
    const top = (await results(page)).slice(0, 3).map((r) => r.href);
    assert.ok(top.some((href) => expected.includes(href)), `top three for ${query}: ${top.join(', ')}`);
  });
}

test('a query with no answer says so', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('量子计算机'));
  assert.deepEqual(await results(page), []);
  assert.match((await page.locator('[data-search-status]').textContent()) ?? '', /没有找到/);
});

test('the query is shown as text, never run as HTML', async () => {
  const page = await site.newPage();
  let dialog = false;
  page.on('dialog', (d) => {
    dialog = true;
    void d.dismiss();
  });
  const query = '<img src=x onerror=alert(1)>';
  await page.goto('search/?q=' + encodeURIComponent(query));
  await results(page);
  assert.equal(dialog, false);
  assert.equal(await page.locator('main img').count(), 0);
  assert.equal(await page.inputValue('#search-page-input'), query);
});
