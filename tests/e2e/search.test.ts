import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { queryTyper, searchResults } from '../support/search-page.ts';
import { SEARCH_QUERIES } from '../fixtures/queries/search-queries.ts';

const site = useSite();
const status = '[data-search-status]';

test('searching 六稳 from the header: the glossary answer first, then the paragraphs, highlighted on arrival', async () => {
  const page = await site.newPage();
  await page.goto('sections/overview/');
  await page.fill('#site-search-input', '六稳');
  await page.press('#site-search-input', 'Enter');
  await page.waitForURL(/\/search\/\?q=%E5%85%AD%E7%A8%B3/);
  const found = await searchResults(page);
  assert.equal(found[0].path, '/glossary/liuwen/');
  assert.match((await page.locator('.result--answer').textContent()) ?? '', /指稳就业、稳金融/);
  assert.equal(decodeURIComponent(found[1].href), '/sections/work-2020/?highlight=六稳#p1');
  await page.locator('.result__link').nth(1).click();
  await page.waitForURL('**/sections/work-2020/**#p1');
  await page.waitForSelector('mark.search-highlight');
  assert.deepEqual(await page.locator('mark.search-highlight').allTextContents(), ['六稳']);
  assert.equal(await page.locator('p:target').getAttribute('id'), 'p1');
});

test('the highlight marks the whole phrase, across a glossary link inside it', async () => {
  const page = await site.newPage();
  await page.goto(`sections/goals/?highlight=${encodeURIComponent('继续做好“六稳”工作')}#p2`);
  await page.waitForSelector('mark.search-highlight');
  assert.equal((await page.locator('mark.search-highlight').allTextContents()).join(''), '继续做好“六稳”工作');
});

test('results link straight to the paragraph and show the whole phrase marked', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('两不愁三保障'));
  const found = await searchResults(page);
  assert.deepEqual(found.map((r) => decodeURIComponent(r.href)).slice(1), [
    '/sections/achievements/?highlight=两不愁三保障#p4',
    '/sections/rural/?highlight=两不愁三保障#p2',
  ]);
  assert.deepEqual(await page.locator('.result__excerpt mark').allTextContents(), ['两不愁三保障', '两不愁三保障']);
});

test('a phrase that occurs verbatim hides pages that only have its pieces', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('六保'));
  const found = await searchResults(page);
  assert.deepEqual(
    found.map((r) => r.path),
    ['/glossary/liubao/', '/sections/work-2020/', '/sections/goals/'],
  );
  assert.equal(await page.locator('.result--related').count(), 0);
});

test('a piece that matches nothing is named, not dropped', async () => {
  const page = await site.newPage();
  await page.goto('search/?q=' + encodeURIComponent('六 zzzz'));
  await searchResults(page);
  assert.match((await page.locator(status).textContent()) ?? '', /报告中没有“zzzz”/);
  assert.equal(await page.locator('.result:not(.result--related)').count(), 0, 'no page is presented as a match');
});

test('the URL follows the query as it is typed', async () => {
  const page = await site.newPage();
  await page.goto('search/');
  await page.locator('#search-page-input').pressSequentially('链长制', { delay: 30 });
  await searchResults(page);
  await page.waitForFunction(() => new URL(location.href).searchParams.get('q') === '链长制');
  const found = await searchResults(page);
  assert.equal(decodeURIComponent(found[0].href), '/sections/projects/?highlight=链长制#p3');
});

test('/ and Ctrl+K focus the search box; arrows move through results; Enter opens one; Escape closes', async () => {
  const page = await site.newPage();
  await page.goto('sections/rural/');
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-input');
  await page.locator('body').click({ position: { x: 5, y: 300 } });
  await page.keyboard.press('Control+k');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-input');
  await page.keyboard.type('枫桥经验');
  const found = await searchResults(page, '.site-header');
  assert.equal(found[0].path, '/sections/welfare/');
  assert.equal(await page.locator('.search-dropdown').isVisible(), true);
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'result__link');
  await page.keyboard.press('ArrowUp');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'site-search-input');
  await page.keyboard.press('Escape');
  await page.locator('.search-dropdown').waitFor({ state: 'hidden' });
  await page.keyboard.type('了');
  await page.keyboard.press('Backspace');
  await page.waitForFunction(() => {
    const panel = document.querySelector<HTMLElement>('.search-dropdown');
    return (
      panel &&
      !panel.hidden &&
      panel.querySelector('.result__link')?.getAttribute('href')?.startsWith('/sections/welfare/')
    );
  });
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/sections/welfare/**');
  await page.waitForSelector('mark.search-highlight');
});

test('an answer that arrives after the reader arrowed into the results keeps their place', async () => {
  const page = await site.newPage();
  await page.goto('sections/rural/');
  await page.locator('#site-search-input').fill('枫桥经验');
  await searchResults(page, '.site-header');
  await page.keyboard.press('ArrowDown');
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'result__link');
  // The same query answered again while the reader is in the list, as a late answer is.
  await page.evaluate(() => {
    document.querySelector('.search-dropdown a.result__link')?.setAttribute('data-old', '');
    document.getElementById('site-search-input')?.dispatchEvent(new Event('input'));
  });
  await page.waitForFunction(
    () => !document.querySelector('[data-old]') && document.querySelector('.search-dropdown a.result__link'),
  );
  assert.equal(await page.evaluate(() => document.activeElement?.className), 'result__link');
  await page.keyboard.press('Enter');
  await page.waitForURL('**/sections/welfare/**');
});

test('the search data loads only when the reader reaches for the search box', async () => {
  const page = await site.newPage();
  const before = site.requests.length;
  await page.goto('sections/urban/');
  await page.waitForLoadState('networkidle');
  const loaded = () => site.requests.slice(before).filter((url) => /\/search\/data\.json|\/pagefind\//.test(url));
  assert.deepEqual(loaded(), []);
  await page.focus('#site-search-input');
  await page.waitForResponse((response) => response.url().endsWith('/search/data.json'));
  assert.ok(loaded().some((url) => url.endsWith('/search/data.json')));
  assert.ok(!loaded().some((url) => url.includes('/pagefind/')), 'Pagefind is loaded only to order near results');
});

test('the traditional table is fetched only for a query that needs it', async () => {
  const page = await site.newPage();
  const before = site.requests.length;
  await page.goto('search/?q=' + encodeURIComponent('六稳'));
  await searchResults(page);
  assert.ok(!site.requests.slice(before).some((url) => url.endsWith('t2s.json')));
  await page.fill('#search-page-input', '六穩');
  await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('繁体'));
  assert.ok(site.requests.slice(before).some((url) => url.endsWith('t2s.json')));
});

test('the query is always text: markup, a 2000-character query and punctuation only', async () => {
  const page = await site.newPage();
  let dialogs = 0;
  page.on('dialog', (dialog) => {
    dialogs += 1;
    void dialog.dismiss();
  });
  const queries = [
    '<img src=x onerror=alert(1)>',
    '"><script>alert(1)</script>',
    '六稳工作'.repeat(500),
    '，。、“”！？',
  ];
  for (const query of queries) {
    // Through the URL where it fits, through the box for the long one (URLs have limits).
    if (query.length < 200) await page.goto('search/?q=' + encodeURIComponent(query));
    else
      await page.locator('#search-page-input').evaluate((input: HTMLInputElement, value) => {
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      }, query);
    await searchResults(page);
    assert.equal(await page.inputValue('#search-page-input'), query);
    assert.equal(
      await page.locator('main img, main script').count(),
      0,
      `${query.slice(0, 20)}: markup from the query in the page`,
    );
  }
  assert.equal(dialogs, 0);
  assert.match((await page.locator(status).textContent()) ?? '', /只有标点无法搜索/);
});

test('the search page works on a phone', async () => {
  const page = await site.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  await page.goto('search/?q=' + encodeURIComponent('liuwen'));
  const found = await searchResults(page);
  assert.equal(found[0].path, '/glossary/liuwen/');
  assert.equal(
    await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    0,
  );
});

// One search page for the whole set, each query typed into its box (loading search/?q= is
// tested above).
const typeQuery = queryTyper(() => site.newPage());
const tally = { top1: 0, top3: 0, total: 0 };
for (const { query, expect, kind } of SEARCH_QUERIES) {
  test(`query set [${kind}] ${query}`, async () => {
    const top = (await typeQuery(query)).slice(0, 3).map((r) => r.path);
    tally.total += 1;
    if (expect.length === 0) {
      assert.deepEqual(top, [], `${query} should find nothing`);
      tally.top1 += 1;
      tally.top3 += 1;
      return;
    }
    if (expect.includes(top[0])) tally.top1 += 1;
    if (top.some((path) => expect.includes(path))) tally.top3 += 1;
    assert.ok(
      top.some((path) => expect.includes(path)),
      `top three for ${query}: ${top.join(', ')}; expected one of ${expect.join(', ')}`,
    );
  });
}

test('query set hit rates', (t) => {
  assert.equal(tally.total, SEARCH_QUERIES.length);
  assert.ok(SEARCH_QUERIES.length >= 40);
  t.diagnostic(`top-1 ${tally.top1}/${tally.total}, top-3 ${tally.top3}/${tally.total}`);
});

test('searching sends nothing to another host', () => {
  const foreign = site.requests.filter((url) => !url.startsWith(site.server.origin) && !url.startsWith('data:'));
  assert.ok(site.requests.length > 50);
  assert.deepEqual(foreign, []);
});

test('a first search costs under 150 KB compressed, and so does Pagefind when it orders near results; later ones fetch only index data', async (t) => {
  const { brotliCompressSync, constants } = await import('node:zlib');
  const brotli = (data: Buffer) =>
    brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  const page = await site.newPage();
  await page.goto('sections/urban/');
  await page.waitForLoadState('networkidle');
  let pending: Promise<{ url: string; bytes: number }>[] = [];
  page.on('response', (response) => {
    pending.push(
      response.body().then(
        (body) => ({ url: response.url(), bytes: brotli(body) }),
        () => ({ url: response.url(), bytes: 0 }),
      ),
    );
  });
  const cost = async (query: string) => {
    await page.fill('#site-search-input', query);
    await page.waitForFunction(
      (q) => document.querySelector('.search-dropdown__status')?.textContent?.includes(q.split(' ')[0]),
      query,
    );
    await page.waitForLoadState('networkidle');
    const taken = await Promise.all(pending);
    pending = [];
    t.diagnostic(`${query}: ${taken.length} requests, ${taken.reduce((sum, f) => sum + f.bytes, 0)} bytes (brotli)`);
    return taken;
  };

  const first = await cost('六稳');
  const total = first.reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(!first.some((f) => f.url.includes('/pagefind/')), 'an exact match needs no Pagefind');
  assert.ok(total < 150 * 1024, `${total} bytes`);

  // A query with several near results asks Pagefind to order them: its runtime, wasm,
  // index chunks and fragments stay within the same budget (they come on top of the search
  // data already loaded); after that, new queries fetch only index data.
  const fallback = await cost('社零 增长');
  const fallbackTotal = fallback.reduce((sum, f) => sum + f.bytes, 0);
  assert.ok(fallback.some((f) => f.url.includes('/pagefind/')));
  assert.ok(fallbackTotal < 150 * 1024, `${fallbackTotal} bytes for Pagefind`);
  const again = (await cost('固投 增长')).map((f) => new URL(f.url).pathname);
  assert.deepEqual(
    again.filter((path) => !/\/pagefind\/(index|fragment)\//.test(path)),
    [],
    'only index chunks and fragments',
  );
});
