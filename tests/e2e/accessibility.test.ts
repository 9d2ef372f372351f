/**
 * axe-core in Chromium on every page of the site, in the light and the dark scheme, plus
 * the states that scripts create: search results, the header dropdown, a term popover, the
 * cite popover. A theme chosen against the system's (with the header's toggle) is checked
 * on one page of each kind.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';
import { builtPages } from '../support/dist.ts';
import { searchResults } from '../support/search-page.ts';
import { THEME_KEY, type Theme } from '../../src/shared/theme.ts';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const site = useSite();
const paths = (await builtPages()).map(({ path }) =>
  path.replace(/index\.html$/, '').replace(/^404\.html$/, 'no-such-page/'),
);

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[];
}

/**
 * Runs axe on the page as it is now; returns one line per violation and node. Only
 * violations are asked for: axe then skips listing every node that passes, which halves its
 * time and leaves the violations whole.
 */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = (await page.evaluate(() =>
    (window as unknown as { axe: { run(options: object): Promise<unknown> } }).axe.run({
      resultTypes: ['violations'],
    }),
  )) as AxeResult;
  return result.violations.flatMap((v) =>
    v.nodes.map((node) => `${v.id} (${v.impact}): ${v.help} at ${node.target.join(' ')}`),
  );
}

/** The system's colour scheme, and the theme the reader chose, if any. */
const themes: { label: string; colorScheme: Theme; choice?: Theme; paths: string[] }[] = [
  { label: 'light', colorScheme: 'light', paths },
  { label: 'dark', colorScheme: 'dark', paths },
  ...(['light', 'dark'] as const).map((choice) => ({
    label: `${choice} chosen on a ${choice === 'light' ? 'dark' : 'light'} system`,
    colorScheme: choice === 'light' ? ('dark' as const) : ('light' as const),
    choice,
    paths: ['', 'sections/goals/', 'glossary/', 'glossary/liuwen/', 'indicators/', 'full/', 'search/', 'no-such-page/'],
  })),
];

async function themedPage({ colorScheme, choice }: (typeof themes)[number]): Promise<Page> {
  // axe is injected as an inline script, which the pages' CSP rightly forbids.
  const page = await site.newPage({ colorScheme, bypassCSP: true });
  if (choice) await page.addInitScript(([key, value]) => localStorage.setItem(key, value), [THEME_KEY, choice]);
  return page;
}

async function checkTheme(page: Page, { choice }: (typeof themes)[number]): Promise<void> {
  assert.equal(await page.evaluate(() => document.documentElement.getAttribute('data-theme')), choice ?? null);
}

for (const theme of themes) {
  test(`axe finds no violation on ${theme.paths.length === paths.length ? 'any of the ' : ''}${theme.paths.length} pages (${theme.label})`, async (t) => {
    const page = await themedPage(theme);
    const found: string[] = [];
    for (const path of theme.paths) {
      await page.goto(path || './');
      await checkTheme(page, theme);
      for (const line of await violations(page)) found.push(`${path || '/'}: ${line}`);
    }
    t.diagnostic(`${theme.paths.length} pages checked`);
    assert.deepEqual(found, []);
  });

  test(`axe finds no violation in search results, the dropdown, a term popover and the cite popover (${theme.label})`, async () => {
    const page = await themedPage(theme);
    const found: string[] = [];
    await page.goto('search/?q=' + encodeURIComponent('六稳'));
    await checkTheme(page, theme);
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

for (const [width, label] of [
  [320, '320 px'],
  [390, '390 px'],
  [640, '200 % zoom of a 1280 px window'],
] as const) {
  test(`no page scrolls sideways at ${label}`, async () => {
    const page = await site.newPage({ viewport: { width, height: 800 } });
    for (const path of paths) {
      await page.goto(path || './');
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.equal(overflow, 0, `${path} overflows by ${overflow}px`);
    }
  });
}
