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
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { checkTheme, sitePaths, themeCases, themedPage, violations } from '../support/axe.ts';
import { watchViolations } from '../support/csp.ts';

const site = useSite();
const paths = await sitePaths();

for (const theme of themeCases(paths)) {
  const what = theme.rules ? `no ${theme.rules.join(' or ')} violation` : 'no violation';
  test(`axe finds ${what}, and the CSP blocks nothing, on ${theme.paths.length === paths.length ? 'any of the ' : ''}${theme.paths.length} pages (${theme.label})`, async (t) => {
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
