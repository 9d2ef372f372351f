/**
 * axe-core in Chromium on every page of the site, in the light and the dark scheme; a theme
 * chosen against the system's (with the header's toggle) on one page of each kind. The same
 * walks check that no page, as it loads, makes its Content-Security-Policy block anything
 * (axe itself comes in as the browser's own script, which the policy does not govern). The
 * states that scripts create are accessibility-states.test.ts, landmarks and layout
 * accessibility-layout.test.ts (files of their own, so that the browser suite runs them side
 * by side).
 */
import { test } from 'node:test';
import type { Page } from 'playwright-core';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { checkTheme, sitePaths, themeCases, themedPage, violations } from '../support/axe.ts';
import { watchViolations } from '../support/csp.ts';

const site = useSite();
const paths = await sitePaths();

const [light, dark, ...chosen] = themeCases(paths);
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);

// The system's schemes on one load of each page: the dark scheme changes the colours only
// (tests/support/axe.ts, COLOUR_RULES), which the page applies as soon as the scheme changes.
test(`axe finds no violation in the light scheme and no ${dark.rules!.join(' or ')} violation in the dark, and the CSP blocks nothing, on any of the ${paths.length} pages`, async (t) => {
  const page = await themedPage(site, light);
  const blocked = await watchViolations(page);
  const found: string[] = [];
  for (const path of paths) {
    const at = path || '/';
    await page.goto(path || './');
    await checkTheme(page, light);
    for (const line of await violations(page)) found.push(`${at} (light): ${line}`);
    const lightBackground = await background(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    if ((await background(page)) === lightBackground) found.push(`${at}: the dark scheme did not apply`);
    for (const line of await violations(page, dark.rules)) found.push(`${at} (dark): ${line}`);
    await page.emulateMedia({ colorScheme: 'light' });
    for (const line of await blocked()) found.push(`${at}: CSP ${line}`);
  }
  t.diagnostic(`${paths.length} pages checked`);
  assert.deepEqual(found, []);
});

for (const theme of chosen) {
  test(`axe finds no violation, and the CSP blocks nothing, on ${theme.paths.length} pages (${theme.label})`, async (t) => {
    const page = await themedPage(site, theme);
    const blocked = await watchViolations(page);
    const found: string[] = [];
    for (const path of theme.paths) {
      await page.goto(path || './');
      await checkTheme(page, theme);
      for (const line of await violations(page, theme.rules)) found.push(`${path || '/'}: ${line}`);
      for (const line of await blocked()) found.push(`${path || '/'}: CSP ${line}`);
    }
    t.diagnostic(`${theme.paths.length} pages checked`);
    assert.deepEqual(found, []);
  });
}
