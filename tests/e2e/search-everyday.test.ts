/**
 * Queries as people type them, through the search page of a site served without Pagefind's
 * index: near results must not depend on it. Here, what the page shows of them: how the
 * query was read, the words marked, the link to the paragraph, the header's dropdown, an
 * input method's composition, what loads when. The whole query sets are asked of the same
 * engine over the same built data in tests/site/search-query-sets.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { searchResults } from '../support/search-page.ts';

const site = useSite({ missing: ['pagefind/'] });
const status = '[data-search-status]';

async function search(query: string, scope?: string) {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent(query));
  const found = await searchResults(page, scope);
  return { page, found: found.map((r) => ({ ...r, hash: new URL(r.href, site.server.url).hash })) };
}

test('an abbreviation: near results under their label, how the query was read, the words marked, a link to the paragraph', async () => {
  const { page, found } = await search('社零');
  assert.match((await page.locator(status).textContent()) ?? '', /按“社会消费品零售[^”]*”查找/);
  assert.equal(await page.locator('.results__divider').textContent(), '相近结果');
  assert.ok(found.length >= 2);
  assert.deepEqual(
    found
      .slice(0, 2)
      .map((r) => r.path + r.hash)
      .sort(),
    ['/sections/achievements/#p3', '/sections/goals/#p2'],
  );
  assert.match(
    (await page.locator('.result--near .result__excerpt mark').first().textContent()) ?? '',
    /^社会消费品零售/,
  );
  await page.locator('.result--near .result__link').first().click();
  await page.waitForSelector('mark.search-highlight');
  assert.match((await page.locator('mark.search-highlight').first().textContent()) ?? '', /^社会消费品零售/);
  assert.ok(['p3', 'p2'].includes((await page.locator('p:target').getAttribute('id')) ?? ''));
});

test('a question: filler dropped, 今年 read as the report’s year', async () => {
  const { page, found } = await search('今年地区生产总值增长多少');
  assert.match((await page.locator(status).textContent()) ?? '', /按“2021年 /);
  assert.equal(found[0].path + found[0].hash, '/sections/goals/#p2');
});

test('a topic the report does not mention: no result, and a sentence that says so', async () => {
  const { page, found } = await search('高铁');
  assert.deepEqual(found, []);
  assert.match((await page.locator(status).textContent()) ?? '', /报告中没有提到“高铁”/);
});

test('the header dropdown answers the same way', async () => {
  const page = await site.newPage();
  await page.goto('sections/overview/');
  await page.fill('#site-search-input', '营商环竟');
  const found = await searchResults(page, '.site-header');
  assert.ok(
    ['/sections/achievements/', '/sections/challenges/', '/sections/goals/', '/sections/reform/'].includes(
      found[0].path,
    ),
  );
  assert.match((await page.locator('.search-dropdown__status').textContent()) ?? '', /营商环境/);
});

test('typing through an input method: the letters being composed are not searched, the characters chosen are', async () => {
  const page = await site.newPage();
  await page.goto('search/');
  await page.focus('#search-page-input');
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Input.imeSetComposition', { text: 'shel', selectionStart: 4, selectionEnd: 4 });
  await page.waitForTimeout(300);
  assert.equal(new URL(page.url()).searchParams.get('q'), null, 'no search for the letters in composition');
  await cdp.send('Input.insertText', { text: '社零' });
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '社零');
  const found = await searchResults(page);
  assert.ok(found.length > 0);
});

test('the readings of other common characters load only for a query that has one', async () => {
  const page = await site.newPage();
  const before = site.requests.length;
  const fetched = () => site.requests.slice(before).filter((url) => url.endsWith('pinyin-common.json')).length;
  await page.goto('search/?q=' + encodeURIComponent('社零'));
  await searchResults(page);
  await page.fill('#search-page-input', '乡村振新');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('乡村振兴'));
  assert.equal(fetched(), 0, '新 and every other character of 乡村振新 occur in the report');
  await page.fill('#search-page-input', '营商环竟');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('营商环境'));
  assert.equal(fetched(), 1, '竟 does not occur in the report');
});
