/**
 * Light and dark: the page follows the system until the reader chooses with the header's
 * toggle; the choice is kept across reloads and pages, and the first paint already has it
 * (no flash of the other theme). Without JavaScript there is no toggle and the system's
 * theme applies. Nothing of it violates the Content-Security-Policy.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';
import { watchViolations } from '../support/csp.ts';
import { THEME_KEY } from '../../src/shared/theme.ts';

const site = useSite();

/** body's background (--paper) in each theme, as getComputedStyle reports it. */
const PAPER = { light: 'rgb(251, 250, 247)', dark: 'rgb(23, 22, 20)' };

interface Shown {
  /** <html data-theme>: the reader's choice, if any. */
  choice: string | null;
  background: string;
  colorScheme: string;
}

const shown = (page: Page): Promise<Shown> =>
  page.evaluate(() => ({
    choice: document.documentElement.getAttribute('data-theme'),
    background: getComputedStyle(document.body).backgroundColor,
    colorScheme: getComputedStyle(document.documentElement).colorScheme,
  }));

const stored = (page: Page) => page.evaluate((key) => localStorage.getItem(key), THEME_KEY);
const toggle = (page: Page) => page.getByRole('button', { name: '深色模式' });

for (const system of ['light', 'dark'] as const) {
  test(`without a choice the page follows the system (${system})`, async () => {
    const page = await site.newPage({ colorScheme: system });
    await page.goto('sections/goals/');
    assert.deepEqual(await shown(page), { choice: null, background: PAPER[system], colorScheme: 'light dark' });
    assert.equal(await toggle(page).getAttribute('aria-pressed'), String(system === 'dark'));
    assert.equal(await stored(page), null);
  });
}

test('the toggle switches the theme, and switching back to the system theme forgets the choice', async () => {
  const page = await site.newPage({ colorScheme: 'light' });
  await page.goto('sections/goals/');
  const button = toggle(page);
  assert.ok(await button.isVisible());
  await button.click();
  assert.deepEqual(await shown(page), { choice: 'dark', background: PAPER.dark, colorScheme: 'dark' });
  assert.equal(await button.getAttribute('aria-pressed'), 'true');
  assert.equal(await stored(page), 'dark');
  // Form controls follow: the search box is drawn in the dark scheme.
  assert.equal(await page.locator('#site-search-input').evaluate((el) => getComputedStyle(el).colorScheme), 'dark');

  await button.click();
  assert.deepEqual(await shown(page), { choice: null, background: PAPER.light, colorScheme: 'light dark' });
  assert.equal(await button.getAttribute('aria-pressed'), 'false');
  assert.equal(await stored(page), null);
});

test('the toggle works from the keyboard, with visible focus', async () => {
  const page = await site.newPage({ colorScheme: 'dark' });
  await page.goto('./');
  for (let i = 0; i < 10 && !(await toggle(page).evaluate((el) => el === document.activeElement)); i += 1)
    await page.keyboard.press('Tab');
  assert.equal(
    await toggle(page).evaluate((el) => el.matches(':focus-visible') && getComputedStyle(el).outlineStyle),
    'solid',
  );
  await page.keyboard.press('Enter');
  assert.deepEqual(await shown(page), { choice: 'light', background: PAPER.light, colorScheme: 'light' });
  await page.keyboard.press('Space');
  assert.equal((await shown(page)).choice, null);
});

test('the choice is kept on reload and on the next page', async () => {
  const page = await site.newPage({ colorScheme: 'dark' });
  await page.goto('sections/goals/');
  await toggle(page).click();
  assert.equal((await shown(page)).background, PAPER.light);
  await page.reload();
  assert.deepEqual(await shown(page), { choice: 'light', background: PAPER.light, colorScheme: 'light' });
  assert.equal(await toggle(page).getAttribute('aria-pressed'), 'false');
  await page.locator('a[rel="next"]').click();
  await page.waitForURL('**/sections/projects/');
  assert.deepEqual(await shown(page), { choice: 'light', background: PAPER.light, colorScheme: 'light' });
  await page.goto('glossary/liuwen/');
  assert.equal((await shown(page)).background, PAPER.light);
});

for (const [system, choice] of [
  ['light', 'dark'],
  ['dark', 'light'],
] as const) {
  test(`the first paint already has the stored theme (${choice} on a ${system} system), before any module script`, async () => {
    const page = await site.newPage({ colorScheme: system });
    await page.goto('search/');
    await page.evaluate(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, choice]);
    // Module scripts never arrive: only the inline script in <head> can set the theme.
    await page.route('**/*.js', () => undefined);
    // Recorded at the first animation frame (before the first paint) and once painted.
    await page.addInitScript(() => {
      const w = window as unknown as { seen: Record<string, string | null> };
      w.seen = {};
      const record = (when: string) => {
        w.seen[`${when} theme`] = document.documentElement.getAttribute('data-theme');
        w.seen[`${when} scheme`] = getComputedStyle(document.documentElement).colorScheme;
        w.seen[`${when} background`] = document.body ? getComputedStyle(document.body).backgroundColor : null;
      };
      requestAnimationFrame(() => record('first frame'));
      new PerformanceObserver(() => record('painted')).observe({ type: 'paint', buffered: true });
    });
    await page.goto('sections/rural/', { waitUntil: 'commit' });
    await page.waitForFunction(() => 'painted theme' in (window as unknown as { seen: object }).seen);
    const seen = await page.evaluate(() => (window as unknown as { seen: Record<string, string | null> }).seen);
    assert.equal(seen['first frame theme'], choice);
    assert.equal(seen['first frame scheme'], choice);
    if (seen['first frame background'] !== null) assert.equal(seen['first frame background'], PAPER[choice]);
    assert.equal(seen['painted theme'], choice);
    assert.equal(seen['painted background'], PAPER[choice]);
  });
}

for (const system of ['light', 'dark'] as const) {
  test(`without JavaScript there is no toggle and the system theme applies (${system})`, async () => {
    const page = await site.newPage({ colorScheme: system, javaScriptEnabled: false });
    await page.goto('sections/goals/');
    assert.deepEqual(await shown(page), { choice: null, background: PAPER[system], colorScheme: 'light dark' });
    assert.equal(await page.locator('.theme-toggle').isVisible(), false);
    assert.equal(await toggle(page).count(), 0, 'not in the accessibility tree either');
  });
}

test('with storage blocked the toggle still switches the page, and nothing fails', async () => {
  const page = await site.newPage({ colorScheme: 'light' });
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('The operation is insecure.', 'SecurityError');
      },
    });
  });
  await page.goto('sections/goals/');
  assert.equal((await shown(page)).background, PAPER.light);
  await toggle(page).click();
  assert.equal((await shown(page)).background, PAPER.dark);
});

test('loading, switching and reloading cause no CSP violation', async () => {
  const page = await site.newPage({ colorScheme: 'light' });
  const violations = await watchViolations(page);
  const found: string[] = [];
  for (const path of ['./', 'sections/goals/', 'glossary/', 'search/?q=六稳', 'no-such-page/']) {
    await page.goto(path);
    await toggle(page).click();
    await page.reload();
    // Alternately dark (stored) and the system's (forgotten): the inline script applied it.
    assert.equal((await shown(page)).choice, await stored(page), path);
    found.push(...(await violations()).map((v) => `${path}: ${v}`));
  }
  assert.deepEqual(found, []);
});

test('a choice stored under an earlier key applies, and the next choice replaces it', async () => {
  const page = await site.newPage({ colorScheme: 'light' });
  await page.goto('sections/goals/');
  await page.evaluate(() => localStorage.setItem('old-site-report-theme', 'dark'));
  await page.reload();
  assert.equal((await shown(page)).choice, 'dark', 'the earlier choice still holds');
  await toggle(page).click();
  assert.deepEqual(
    await page.evaluate(() => [localStorage.getItem('old-site-report-theme'), document.documentElement.dataset.theme]),
    [null, undefined],
    'back to the system theme: the earlier key is gone, so the choice does not come back',
  );
  assert.equal(await stored(page), null);
});
