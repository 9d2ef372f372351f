import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';

const site = useSite();
const TERM = 'a.term[data-term="liuwen"]';

const popover = (page: Page) => page.locator('.term-popover');

async function popoverText(page: Page): Promise<string> {
  await popover(page).waitFor({ state: 'visible' });
  return (await popover(page).textContent()) ?? '';
}

test('hovering a term shows its definition; moving away closes it', async () => {
  const page = await site.newPage();
  await page.goto('sections/goals/');
  await page.waitForLoadState('networkidle');
  const requestsBefore = site.requests.length;
  await page.hover(TERM);
  assert.match(await popoverText(page), /六稳指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。/);
  assert.deepEqual(site.requests.slice(requestsBefore), [], 'the popover fetches nothing');
  await page.mouse.move(5, 5);
  await popover(page).waitFor({ state: 'hidden' });
});

test('keyboard focus shows the definition, Escape closes it, screen readers get it as a description', async () => {
  const page = await site.newPage();
  await page.goto('sections/goals/');
  await page.focus(TERM);
  assert.match(await popoverText(page), /稳就业/);
  await page.keyboard.press('Escape');
  await popover(page).waitFor({ state: 'hidden' });
  // The accessible description comes from the definition in the page (aria-describedby).
  const snapshot = await page.locator(TERM).evaluate((link) => {
    const id = link.getAttribute('aria-describedby')!;
    return document.getElementById(id)?.textContent?.trim();
  });
  assert.equal(snapshot, '指稳就业、稳金融、稳外贸、稳外资、稳投资、稳预期。');
});

test('on a touch screen the first tap shows the definition, the second follows the link', async () => {
  const page = await site.newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  await page.goto('sections/goals/');
  await page.locator(TERM).scrollIntoViewIfNeeded();
  await page.tap(TERM);
  assert.match(await popoverText(page), /稳就业/);
  assert.match(page.url(), /\/sections\/goals\/$/);
  const box = await popover(page).boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the popover fits the phone screen');
  await page.tap(TERM);
  await page.waitForURL('**/glossary/liuwen/');
});

test('a tap elsewhere closes the popover', async () => {
  const page = await site.newPage({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } });
  await page.goto('sections/goals/');
  await page.tap(TERM);
  await popoverText(page);
  await page.tap('h1');
  await popover(page).waitFor({ state: 'hidden' });
});

test('the popover opens by its term, inside the window, and a resize of the window closes it', async () => {
  const page = await site.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('sections/goals/');
  await page.focus(TERM);
  await popoverText(page);
  const term = (await page.locator(TERM).boundingBox())!;
  const box = (await popover(page).boundingBox())!;
  assert.equal(box.width, 352);
  assert.ok(
    Math.abs(box.x - Math.min(Math.max(8, term.x), 390 - 352 - 8)) < 1,
    'it starts at the term, inside the window',
  );
  // Under the term, or above it when there is no room below.
  const below = term.y + term.height + 6;
  const above = term.y - box.height - 6;
  assert.ok(Math.abs(box.y - (below + box.height > 844 - 8 && above > 8 ? above : below)) < 1, 'it sits by the term');
  await page.setViewportSize({ width: 800, height: 844 });
  await popover(page).waitFor({ state: 'detached' });
});

test('on the 主要指标 page a term in the table shows its definition too, and the figure beside it still leads back to the text', async () => {
  const page = await site.newPage();
  await page.goto('indicators/');
  const term = page.locator('.indicator-table a.term[data-term="liangqiangyidao"]');
  await term.hover();
  assert.match(await popoverText(page), /抢劫、抢夺、盗窃/);
  await page.mouse.move(5, 5);
  await popover(page).waitFor({ state: 'hidden' });
  await page.locator('#robbery-theft-cases-decline-2016-2020 a.indicator-table__back').click();
  await page.waitForURL('**/sections/achievements/#fig-robbery-theft-cases-decline-2016-2020');
});

test('without JavaScript a term is a plain link to its entry', async () => {
  const page = await site.newPage({ javaScriptEnabled: false });
  await page.goto('sections/goals/');
  assert.equal(await page.locator('[data-glossary-definitions]').isVisible(), false);
  await page.click(TERM);
  await page.waitForURL('**/glossary/liuwen/');
  await page.locator('.usage a', { hasText: '继续做好' }).click();
  await page.waitForURL('**/sections/goals/#p2');
  assert.equal(await page.locator('p:target').getAttribute('id'), 'p2');
});

test('an entry page lists where the report uses the term, and the links land on the paragraph', async () => {
  const page = await site.newPage();
  await page.goto('glossary/12355/');
  const items = page.locator('.usage li a');
  assert.equal(await items.count(), 2);
  await items.first().click();
  await page.waitForURL('**/sections/overview/#p1');
  const target = page.locator('p:target');
  assert.match((await target.textContent()) ?? '', /按照“12355”的发展思路/);
  assert.notEqual(
    await target.evaluate((el) => getComputedStyle(el).backgroundColor),
    'rgba(0, 0, 0, 0)',
    'the paragraph is highlighted',
  );
});

test('every paragraph has a copyable link sign', async () => {
  const page = await site.newPage();
  await page.goto('sections/achievements/');
  const anchor = page.locator('#p3 > a.para-anchor');
  assert.equal(await anchor.getAttribute('href'), '#p3');
  assert.equal(await anchor.evaluate((el) => getComputedStyle(el).opacity), '0');
  await page.hover('#p3');
  await page.waitForFunction(() => getComputedStyle(document.querySelector('#p3 > a.para-anchor')!).opacity === '1');
});
