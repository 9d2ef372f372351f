/**
 * The library in the browser (tests/support/library-site.ts): an address the 七里河区 report
 * published at the root, when it was the site's only report, still works as it did; its
 * search finds in that report and leads to the report's address now.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { searchResults } from '../support/search-page.ts';
import { LIBRARY_DIST } from '../support/library-site.ts';

const site = useSite({ dir: LIBRARY_DIST });

test('a search at the root address of the first report finds in it, and its results lead to the report now', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('六稳'));
  const found = await searchResults(page);
  assert.ok(found.length > 0, 'results');
  for (const { path } of found)
    assert.ok(path.startsWith('/qilihequ/2021/'), `a result leads to the report's address now: ${path}`);
  assert.ok(
    site.requests.every((url) => url.startsWith(site.server.url)),
    'no other host',
  );
});

test("a paragraph's link published at the root lands on its paragraph; a government's address on its latest report", async () => {
  const page = await site.newPage();
  await page.goto('sections/achievements/#p2');
  assert.equal(await page.locator('#p2').count(), 1);
  await page.goto('guowuyuan/#contents');
  await page.waitForURL('**/guowuyuan/2021/#contents');
  assert.equal(await page.locator('#contents').count(), 1);
});
