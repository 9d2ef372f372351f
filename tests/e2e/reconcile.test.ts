/**
 * The 对账单 in the browser, in the library of eight national reports
 * (tests/support/national-library.ts): no axe violation in either scheme, nothing the CSP
 * blocks, no sideways scrolling at 320 px (the table of years scrolls in its own region);
 * a target's link lands on its figure in the text, marked as the target of the address.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { NATIONAL_DIST } from '../support/national-library.ts';
import { pageProblems, themedPage } from '../support/axe.ts';
import { watchViolations } from '../support/csp.ts';

const site = useSite({ dir: NATIONAL_DIST });

test('the 对账单 pages: no axe violation in either scheme, nothing the CSP blocks, no sideways scrolling at 320 px', async () => {
  const page = await themedPage(site, { label: 'light', colorScheme: 'light', paths: [] });
  await page.setViewportSize({ width: 320, height: 700 });
  const blocked = await watchViolations(page);
  const found: string[] = [];
  for (const path of ['guowuyuan/2015/reconcile/', 'guowuyuan/2022/reconcile/']) {
    await page.goto(path);
    found.push(...(await pageProblems(page, path)));
    for (const line of await blocked()) found.push(`${path}: CSP ${line}`);
  }
  assert.deepEqual(found, []);
});

test('a result links to its figure in the next report, which the page marks as the address’s target', async () => {
  const page = await site.newPage();
  await page.goto('guowuyuan/2014/reconcile/');
  const result = page.locator('#targets ~ table tr', { hasText: '国内生产总值增速' }).first().locator('a').nth(1);
  const href = (await result.getAttribute('href'))!;
  await result.click();
  await page.waitForURL(`**${href}`);
  assert.equal(await page.locator(':target').count(), 1);
  assert.match((await page.locator(':target').textContent()) ?? '', /7\.4%/);
});
