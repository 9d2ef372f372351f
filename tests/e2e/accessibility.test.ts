/**
 * axe-core in Chromium on every page of the site, in the light and the dark scheme, plus
 * the states that scripts create: search results, the header dropdown, a term popover, the
 * cite popover.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';
import { builtPages } from '../support/dist.ts';
import { searchResults } from '../support/search-page.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite();
const paths = (await builtPages()).map(({ path }) => path.replace(/index\.html$/, '').replace(/^404\.html$/, 'no-such-page/'));

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/** Runs axe on the page as it is now; returns one line per violation and node. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() => (window as unknown as { axe: { run(): Promise<unknown> } }).axe.run())) as AxeResult;
  return result.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}`));
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violation on any of the ${paths.length} pages (${colorScheme})`, async (t) => {
    // axe is injected as an inline script, which the pages' CSP rightly forbids.
    const page = await site.newPage({ colorScheme, bypassCSP: true });
    const found: string[] = [];
    for (const path of paths) {
      await page.goto(path || './');
      for (const line of await violations(page)) found.push(`${path || '/'}: ${line}`);
    }
    t.diagnostic(`${paths.length} pages checked`);
    assert.deepEqual(found, []);
  });

  test(`axe finds no violation in search results, the dropdown, a term popover and the cite popover (${colorScheme})`, async () => {
    const page = await site.newPage({ colorScheme, bypassCSP: true });
    const found: string[] = [];
    await page.goto('search/?q=' + encodeURIComponent('六稳'));
    await searchResults(page);
    found.push(...(await violations(page)));
    await page.goto('search/?q=' + encodeURIComponent('扶贫 量子'));
    await searchResults(page);
    found.push(...(await violations(page)));
    await page.goto('sections/goals/');
    await page.fill('#site-search-input', '枫桥经验');
    await searchResults(page, '.site-header');
    found.push(...(await violations(page)));
    await page.goto('sections/goals/');
    await page.focus('a.term[data-term="liuwen"]');
    await page.locator('.term-popover').waitFor({ state: 'visible' });
    found.push(...(await violations(page)));
    // The cite popover of a paragraph and of a glossary entry, and the disclosure it
    // replaces (what a reader without JavaScript opens).
    await page.goto('sections/goals/');
    await page.focus('#p2 > a.para-anchor');
    await page.keyboard.press('Enter');
    await page.locator('.cite-popover').waitFor({ state: 'visible' });
    found.push(...(await violations(page)));
    await page.goto('glossary/liuwen/');
    await page.click('details.cite > summary');
    await page.locator('.cite-popover').waitFor({ state: 'visible' });
    found.push(...(await violations(page)));
    await page.locator('details.cite').evaluate((el) => ((el as HTMLDetailsElement).open = true));
    found.push(...(await violations(page)));
    assert.deepEqual(found, []);
  });
}

test('every page has one main landmark, a banner, a contentinfo and a working skip link', async () => {
  const page = await site.newPage();
  for (const path of paths) {
    await page.goto(path || './');
    assert.equal(await page.locator('main').count(), 1, path);
    assert.equal(await page.locator('body > header').count(), 1, path);
    assert.equal(await page.locator('body > footer').count(), 1, path);
  }
  await page.goto('sections/rural/');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.textContent), '跳到正文');
  assert.notEqual(await page.locator('.skip-link').evaluate((el) => el.getBoundingClientRect().top), -160, 'visible when focused');
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

for (const [width, label] of [[320, '320 px'], [390, '390 px'], [640, '200 % zoom of a 1280 px window']] as const) {
  test(`no page scrolls sideways at ${label}`, async () => {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      await page.goto(path || './');
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${path} overflows by ${overflow}px`);
    }
  });
}
