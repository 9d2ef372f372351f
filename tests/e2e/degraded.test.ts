/** The site served badly: without its search data and Pagefind index. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';

const site = useSite({ missing: ['pagefind/', 'search/data.json', 'search/t2s.json'] });

test('without the search data the search page says search is unavailable', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('六稳'));
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('不可用'));
});

test('without the search data the header box says so, and reading is unaffected', async () => {
  const page = await site.newPage();
  await page.goto('sections/overview/');
  await page.fill('#site-search-input', '六稳');
  await page.waitForFunction(() => document.querySelector('.search-dropdown__status')?.textContent?.includes('不可用'));
  const dropdownHidden = await page.locator('.search-dropdown').isHidden();
  assert.equal(dropdownHidden, false, 'the message is visible');
  assert.match((await page.locator('.prose').textContent()) ?? '', /7433名贫困人口全部脱贫/);
});
