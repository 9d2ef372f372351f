/**
 * What every page owes a reader with a keyboard or a narrow screen: a working skip link,
 * visible focus, and no page that scrolls sideways at 320 px, 390 px, 200 % zoom or 1440 px. The
 * landmarks (one main, a banner, a footer) are checked on every built page in
 * tests/site/pages.test.ts.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { sitePaths } from '../support/axe.ts';

const site = useSite();
const paths = await sitePaths();

// Every page's landmarks are read from the built HTML (tests/site/pages.test.ts): the pages'
// scripts add none.
test('the skip link is the first stop of the keyboard, shows when focused and leads to the main text', async () => {
  const page = await site.newPage();
  await page.goto('sections/rural/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文');
  assert.notEqual(
    await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top),
    -160,
    'visible when focused',
  );
  await page.keyboard.press('Enter');
  assert.match(page.url(), /#main$/);
});

test('keyboard focus is always visible', async () => {
  const page = await site.newPage();
  await page.goto('sections/goals/');
  for (let i = 0; i < 25; i += 1) {
    await page.keyboard.press('Tab');
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const style = getComputedStyle(el);
      return { tag: el.tagName, style: style.outlineStyle, width: parseFloat(style.outlineWidth) };
    });
    assert.ok(outline.style !== 'none' && outline.width >= 2, `focus on ${outline.tag} has no visible outline`);
  }
});

/** Phone widths, 200 % zoom of a 1280 px window, and a wide desktop. */
const WIDTHS = [
  [320, '320 px'],
  [390, '390 px'],
  [640, '200 % zoom of a 1280 px window'],
  [1440, '1440 px'],
] as const;

test(`no page scrolls sideways at ${WIDTHS.map(([, label]) => label).join(', ')}`, async () => {
  const page = await site.newPage({ viewport: { width: WIDTHS[0][0], height: 800 } });
  const problems: string[] = [];
  for (const path of paths) {
    await page.goto(path || './');
    // Each width on the loaded page: the layout is the CSS's, which a resize applies as a load does.
    for (const [width, label] of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      if (overflow !== 0) problems.push(`${path || '/'} overflows by ${overflow}px at ${label}`);
    }
    await page.setViewportSize({ width: WIDTHS[0][0], height: 800 });
  }
  assert.deepEqual(problems, []);
});
