/**
 * The library in the browser (tests/support/library-site.ts): an address the 七里河区 report
 * published at the root, when it was the site's only report, still works as it did; the
 * root's search/ searches the whole library, by report, narrowed as the reader asks.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import type { Page } from 'playwright-core';
import { LIBRARY_DIST } from '../support/library-site.ts';
import { pageProblems, themedPage } from '../support/axe.ts';
import { watchViolations } from '../support/csp.ts';

const site = useSite({ dir: LIBRARY_DIST });

/** The report groups of the library's search page: each report's heading, and its results' paths. */
async function libraryResults(page: Page): Promise<{ report: string; href: string; paths: string[] }[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.length > 0 && !status.includes('正在搜索');
  });
  return page.$$eval('.library-results__report', (groups) =>
    groups.map((group) => ({
      report: group.querySelector('h2')?.textContent ?? '',
      href: group.querySelector('h2 a')?.getAttribute('href') ?? '',
      paths: [...group.querySelectorAll<HTMLAnchorElement>('.result__link')].map((link) => link.pathname),
    })),
  );
}

const searchFor = (query: string, report = '') =>
  `search/?q=${encodeURIComponent(query)}${report ? `&report=${encodeURIComponent(report)}` : ''}`;

test("the root's search/ address searches the library now: 六稳 is found in the 七里河区 report among the others, each group naming its report and year", async () => {
  const page = await site.newPage();
  await page.goto(searchFor('六稳'));
  const groups = await libraryResults(page);
  const qilihe = groups.find((group) => group.href === '/qilihequ/2021/');
  assert.ok(qilihe, groups.map((g) => g.report).join(' | '));
  assert.match(qilihe.report, /^2021年 · 七里河区2021年政府工作报告$/);
  for (const group of groups) {
    assert.ok(group.paths.length > 0, `${group.report}: results`);
    for (const path of group.paths) assert.ok(path.startsWith(group.href), `${group.report}: ${path} is in its report`);
  }
  assert.ok(
    site.requests.every((url) => url.startsWith(site.server.url)),
    'no other host',
  );
});

test('a term in several reports: exact results from each; narrowing to a report or a year keeps the choice in the URL, and the URL restores it', async () => {
  const page = await site.newPage();
  await page.goto(searchFor('国内生产总值'));
  const groups = await libraryResults(page);
  assert.deepEqual(groups.map((g) => g.href).sort(), ['/guowuyuan/2014/', '/guowuyuan/2021/']);
  assert.equal(await page.locator('.results__divider').count(), 0, 'verbatim results, none near');
  await page.selectOption('select[name="report"]', 'guowuyuan/2014');
  await page.waitForURL(/report=guowuyuan%2F2014/);
  assert.deepEqual(
    (await libraryResults(page)).map((g) => g.href),
    ['/guowuyuan/2014/'],
  );
  // The address restores the search: query, scope and results.
  const shared = await site.newPage();
  await shared.goto(page.url());
  assert.equal(await shared.inputValue('input[name="q"]'), '国内生产总值');
  assert.equal(await shared.inputValue('select[name="report"]'), 'guowuyuan/2014');
  assert.deepEqual(
    (await libraryResults(shared)).map((g) => g.href),
    ['/guowuyuan/2014/'],
  );
  // A year: every government's report of that year.
  await shared.goto(searchFor('六稳', '2021'));
  assert.deepEqual((await libraryResults(shared)).map((g) => g.href).sort(), ['/guowuyuan/2021/', '/qilihequ/2021/']);
  await shared.goto(searchFor('六稳', '2014'));
  assert.deepEqual(await libraryResults(shared), [], '六稳 is not in the 2014 report');
});

test("a question: near results in each report, 今年 read against that report's year; a topic no report mentions finds nothing", async () => {
  const page = await site.newPage();
  await page.goto(searchFor('今年经济增长的预期目标是多少', 'guowuyuan'));
  const [latest, earlier] = await libraryResults(page);
  assert.equal(latest?.href, '/guowuyuan/2021/');
  assert.equal(earlier?.href, '/guowuyuan/2014/');
  const text2014 = await page.locator('.library-results__report').nth(1).textContent();
  assert.match(text2014 ?? '', /7\.5%/, 'the 2014 report: its target for 2014');
  await page.goto(searchFor('动物园门票多少钱'));
  assert.deepEqual(await libraryResults(page), []);
  assert.match((await page.locator('[data-search-status]').textContent()) ?? '', /都没有找到/);
});

test("a report's search page and its header box widen to the library with the same query", async () => {
  const box = await site.newPage();
  await box.goto('guowuyuan/2021/');
  await box.fill('#site-search-input', '六稳');
  const widen = box.locator('.search-dropdown__all', { hasText: '在全部报告中搜索' });
  await widen.waitFor();
  assert.equal(await widen.getAttribute('href'), '/search/?q=%E5%85%AD%E7%A8%B3');
  const page = await site.newPage();
  await page.goto('guowuyuan/2021/search/?q=' + encodeURIComponent('六稳'));
  // The link carries the query once the page's search has read it.
  await page.locator('[data-search-widen][href*="?q="]').click();
  await page.waitForURL(/\/search\/\?q=%E5%85%AD%E7%A8%B3$/);
  assert.ok((await libraryResults(page)).length >= 2);
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
  for (const path of [
    './',
    '404.html',
    'guowuyuan/2021/',
    'guowuyuan/2014/',
    searchFor('今年经济增长的预期目标是多少'),
  ]) {
    await page.goto(path);
    if (path.startsWith('search/')) await libraryResults(page);
    found.push(...(await pageProblems(page, path)));
    for (const line of await blocked()) found.push(`${path}: CSP ${line}`);
  }
  assert.deepEqual(found, []);
});
