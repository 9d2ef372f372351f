import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';

const site = useSite();

test('a reader goes from the home page to a section and on with next and previous', async () => {
  const page = await site.newPage();
  await page.goto('./');
  assert.equal(await page.locator('h1').textContent(), '聚焦“六大板块”七里河区凝心聚力为打造现代化中心城区努力奋斗');
  await page.locator('.home__toc a', { hasText: '“十三五”发展成就' }).click();
  await page.waitForURL('**/sections/achievements/');
  assert.equal(await page.locator('.section-nav a[aria-current="page"]').textContent(), '“十三五”发展成就');
  const bold = page.locator('.prose strong').first();
  assert.equal(await bold.textContent(), '综合实力在应对挑战中跨上新台阶。');
  assert.equal(await bold.evaluate((el) => getComputedStyle(el).fontWeight), '700');

  await page.locator('a[rel="next"]').click();
  await page.waitForURL('**/sections/work-2020/');
  assert.equal(await page.locator('h1').textContent(), '2020年工作回顾');
  await page.locator('a[rel="prev"]').click();
  await page.waitForURL('**/sections/achievements/');

  // The last section leads to the glossary.
  await page.goto('sections/government/');
  await page.locator('a[rel="next"]').click();
  await page.waitForURL('**/glossary/');
  assert.equal(await page.locator('.glossary-list dt').count(), 20);
});

test('the page contents link to the sub-area headings', async () => {
  const page = await site.newPage();
  await page.goto('sections/projects/');
  await page.locator('.page-toc a', { hasText: '主动对接引进项目' }).click();
  assert.equal(decodeURIComponent(new URL(page.url()).hash), '#主动对接引进项目');
  assert.equal(await page.locator('h2:target').textContent(), '主动对接引进项目');
});

test('a section reads and navigates with JavaScript disabled', async () => {
  const page = await site.newPage({ javaScriptEnabled: false });
  await page.goto('sections/rural/');
  assert.match((await page.locator('.prose').textContent()) ?? '', /巩固拓展脱贫成果/);
  assert.equal(await page.locator('.page-toc li').count(), 4);
  await page.locator('a[rel="next"]').click();
  await page.waitForURL('**/sections/urban/');
  // The header search is a plain form: it reaches the search page without script.
  await page.fill('#site-search-input', '六稳');
  await page.press('#site-search-input', 'Enter');
  await page.waitForURL(/\/search\/\?q=/);
  assert.match((await page.locator('[data-search-status]').textContent()) ?? '', /JavaScript/);
});

// Every page at 320, 390, 640 (200 % zoom) and 1440 px: tests/e2e/accessibility-layout.test.ts.

test('an unknown address shows the 404 page with a way back', async () => {
  const page = await site.newPage();
  const response = await page.goto('sections/nope/');
  assert.equal(response?.status(), 404);
  assert.equal(await page.locator('h1').textContent(), '页面不存在');
  assert.equal(await page.locator('main a[href="/"]').count(), 1);
});

test('no page requests anything from another host', () => {
  const origin = site.server.origin;
  assert.ok(site.requests.length > 10);
  const foreign = site.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'));
  assert.deepEqual(foreign, []);
});
