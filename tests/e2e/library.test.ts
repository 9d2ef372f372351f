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
import { COLOUR_RULES, themedPage, violations } from '../support/axe.ts';
import { watchViolations } from '../support/csp.ts';

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

test("the library's pages and a report's home among them: no axe violation in either scheme, nothing the CSP blocks, no sideways scrolling at 320 px", async () => {
  const page = await themedPage(site, { label: 'light', colorScheme: 'light', paths: [] });
  await page.setViewportSize({ width: 320, height: 700 });
  const blocked = await watchViolations(page);
  const found: string[] = [];
  for (const path of ['./', '404.html', 'guowuyuan/2021/', 'guowuyuan/2014/']) {
    await page.goto(path);
    for (const line of await violations(page)) found.push(`${path} (light): ${line}`);
    await page.emulateMedia({ colorScheme: 'dark' });
    for (const line of await violations(page, COLOUR_RULES)) found.push(`${path} (dark): ${line}`);
    await page.emulateMedia({ colorScheme: 'light' });
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth);
    if (wide) found.push(`${path}: scrolls sideways at 320 px`);
    for (const line of await blocked()) found.push(`${path}: CSP ${line}`);
  }
  assert.deepEqual(found, []);
});
