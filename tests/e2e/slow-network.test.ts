/**
 * A reader on a slow connection from a cold cache: the text is painted without waiting
 * for any script, and nothing moves when a popover or the search results arrive.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';
import { searchResults } from '../support/search-page.ts';

const site = useSite();

/** A slow 3G-like link: 400 ms round trip, 50 KB/s down. */
async function throttle(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: 400,
    downloadThroughput: 50 * 1024,
    uploadThroughput: 20 * 1024,
  });
}

test('the text is painted even if no script ever arrives', async () => {
  const page = await site.newPage();
  await throttle(page);
  // Scripts hang forever: reading must not depend on them.
  await page.route('**/*.js', () => undefined);
  await page.goto('sections/rural/', { waitUntil: 'commit' });
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
  const box = await page.locator('#p1').boundingBox();
  assert.ok(box && box.height > 20, 'the first paragraph is laid out');
  assert.match((await page.locator('#p1').textContent()) ?? '', /坚持把解决好“三农”问题作为重中之重/);
});

test('no layout shift while the page loads, a popover opens or search results arrive', async () => {
  const page = await site.newPage({ viewport: { width: 390, height: 844 } });
  await throttle(page);
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto('sections/goals/');
  await page.waitForLoadState('networkidle');
  await page.hover('a.term[data-term="liuwen"]');
  await page.locator('.term-popover').waitFor({ state: 'visible' });
  await page.mouse.move(1, 1);
  await page.click('#p2 > a.para-anchor'); // the cite popover, loaded now
  await page.locator('.cite-popover').waitFor({ state: 'visible' });
  await page.keyboard.press('Escape');
  await page.fill('#site-search-input', '六稳');
  await searchResults(page, '.site-header');
  const shift = await page.evaluate(() => (window as unknown as { shift: number }).shift);
  assert.ok(shift < 0.01, `cumulative layout shift ${shift}`);
});
