/**
 * Queries as people type them (tests/fixtures/queries/everyday-queries.ts), through the search page of a
 * site served without Pagefind's index: near results must not depend on it. Per kind, an
 * expected paragraph must be in the top three for at least 90 % of the queries; a topic
 * the report does not mention must find nothing at all.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { queryTyper, searchResults } from '../support/search-page.ts';
import { SEARCH_QUERIES } from '../fixtures/queries/search-queries.ts';
import { EVERYDAY_QUERIES, isExpected, type EverydayKind } from '../fixtures/queries/everyday-queries.ts';

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

// One search page for the whole set, the query typed into its box as a reader would.
const typeQuery = queryTyper(() => site.newPage());

const tally = new Map<EverydayKind, { top1: number; top3: number; total: number; misses: string[] }>();
for (const { query, expect, kind } of EVERYDAY_QUERIES) {
  test(`everyday query [${kind}] ${query}`, async (t) => {
    const found = await typeQuery(query);
    const counts = tally.get(kind) ?? { top1: 0, top3: 0, total: 0, misses: [] };
    tally.set(kind, counts);
    counts.total += 1;
    const top = found.slice(0, 3);
    const hit = expect.length === 0 ? found.length === 0 : top.some((r) => isExpected(r, expect));
    if (expect.length === 0)
      assert.deepEqual(
        found.map((r) => r.path),
        [],
        `${query} is not in the report: no result at all`,
      );
    if (hit) counts.top3 += 1;
    if (expect.length === 0 ? hit : isExpected(found[0], expect)) counts.top1 += 1;
    if (!hit) {
      counts.misses.push(query);
      t.diagnostic(
        `missed: top three ${top.map((r) => r.path + r.hash).join(', ')}; expected one of ${expect.join(', ')}`,
      );
    }
  });
}

test('everyday query set: top-3 at least 90 % in every kind', (t) => {
  assert.ok(EVERYDAY_QUERIES.length >= 80);
  assert.ok(EVERYDAY_QUERIES.filter((q) => q.kind === 'absent').length >= 10);
  const lines = [...tally].map(
    ([kind, c]) =>
      `${kind}: top-1 ${c.top1}/${c.total}, top-3 ${c.top3}/${c.total}${c.misses.length ? ` (missed: ${c.misses.join('、')})` : ''}`,
  );
  for (const line of lines) t.diagnostic(line);
  for (const [kind, c] of tally) assert.ok(c.top3 / c.total >= 0.9, `${kind}: ${c.top3}/${c.total}`);
  assert.equal(
    [...tally.values()].reduce((n, c) => n + c.total, 0),
    EVERYDAY_QUERIES.length,
  );
});

test('without Pagefind, the set of exact queries still passes', async () => {
  for (const { query, expect } of SEARCH_QUERIES) {
    const found = await typeQuery(query);
    const top = found.slice(0, 3).map((r) => r.path);
    if (expect.length === 0) assert.deepEqual(top, [], query);
    else
      assert.ok(
        top.some((path) => expect.includes(path)),
        `${query}: ${top.join(', ')}`,
      );
  }
});
