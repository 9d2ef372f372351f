/** The site deployed under a sub-path (/report/) reads, links and searches the same. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { SUBPATH } from '../support/dist.ts';
import { searchResults } from '../support/search-page.ts';

const site = useSite(SUBPATH);

test('under /report/ a reader goes from the home page to a section and searches', async () => {
  const page = await site.newPage();
  await page.goto('./');
  assert.match(page.url(), /\/report\/$/);
  await page.locator('.home__toc a', { hasText: '困难和挑战' }).click();
  await page.waitForURL('**/report/sections/challenges/');
  await page.fill('#site-search-input', '六稳');
  await page.press('#site-search-input', 'Enter');
  await page.waitForURL('**/report/search/?q=*');
  const found = await searchResults(page);
  assert.equal(found[0].path, '/report/glossary/liuwen/');
  await page.locator('.result__link').nth(1).click();
  await page.waitForURL('**/report/sections/work-2020/**');
  await page.waitForSelector('mark.search-highlight');
});

test('under /report/ the term popover and near results, ordered with Pagefind, work', async () => {
  const page = await site.newPage();
  await page.goto('sections/goals/');
  await page.hover('a.term[data-term="liuwen"]');
  await page.locator('.term-popover').waitFor({ state: 'visible' });
  await page.goto('search/?q=' + encodeURIComponent('社零 增长'));
  const found = await searchResults(page);
  assert.ok((await page.locator('.result--near').count()) > 0);
  assert.ok(found.every((r) => r.path.startsWith('/report/sections/')));
  assert.ok(
    site.requests.some((url) => url.includes('/report/pagefind/')),
    'Pagefind loads from /report/pagefind/',
  );
  const foreign = site.requests.filter((url) => !url.startsWith(`${site.server.origin}/report/`));
  assert.deepEqual(foreign, []);
});

test('under /report/ a paragraph citation gives the address under /report/', async () => {
  const page = await site.newPage();
  await page.goto('sections/challenges/');
  await page.click('#p1 > a.para-anchor');
  const text = (await page.locator('.cite-popover .cite__text').textContent()) ?? '';
  assert.match(
    text,
    /困难和挑战\[EB\/OL\]\. 2021: 第1段\(2021-04-27\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/[^/]+\/report\/sections\/challenges\/#p1\.$/,
  );
});
