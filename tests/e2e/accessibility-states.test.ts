/**
 * axe-core in Chromium on the states that scripts create: search results, the header
 * dropdown, a term popover, the cite popover, in each colour scheme and theme.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { searchResults } from '../support/search-page.ts';
import { checkTheme, themeCases, themedPage, violations as axeViolations } from '../support/axe.ts';

const site = useSite();

// The system's light and dark schemes on each state made once (the scheme changes the
// colours as soon as it changes); a theme chosen against the system's on states of its own.
const [light, , ...chosen] = themeCases([]);
for (const theme of [light, ...chosen]) {
  const label = theme === light ? 'the light and the dark scheme' : theme.label;
  test(`axe finds no violation in search results, the dropdown, a term popover and the cite popover (${label})`, async () => {
    const page = await themedPage(site, theme);
    const found: string[] = [];
    const violations = async (): Promise<string[]> => {
      if (theme !== light) return axeViolations(page);
      const inLight = (await axeViolations(page)).map((line) => `light: ${line}`);
      await page.emulateMedia({ colorScheme: 'dark' });
      const inDark = (await axeViolations(page)).map((line) => `dark: ${line}`);
      await page.emulateMedia({ colorScheme: 'light' });
      return [...inLight, ...inDark];
    };
    await page.goto('search/?q=' + encodeURIComponent('六稳'));
    await checkTheme(page, theme);
    await searchResults(page);
    found.push(...(await violations()));
    await page.goto('search/?q=' + encodeURIComponent('扶贫 量子'));
    await searchResults(page);
    found.push(...(await violations()));
    await page.goto('sections/goals/');
    await page.fill('#site-search-input', '枫桥经验');
    await searchResults(page, '.site-header');
    found.push(...(await violations()));
    await page.goto('sections/goals/');
    await page.focus('a.term[data-term="liuwen"]');
    await page.locator('.term-popover').waitFor({ state: 'visible' });
    found.push(...(await violations()));
    // The cite popover of a paragraph and of a glossary entry, and the disclosure it
    // replaces (what a reader without JavaScript opens).
    await page.goto('sections/goals/');
    await page.focus('#p2 > a.para-anchor');
    await page.keyboard.press('Enter');
    await page.locator('.cite-popover').waitFor({ state: 'visible' });
    found.push(...(await violations()));
    await page.goto('glossary/liuwen/');
    await page.click('details.cite > summary');
    await page.locator('.cite-popover').waitFor({ state: 'visible' });
    found.push(...(await violations()));
    await page.locator('details.cite').evaluate((el) => ((el as HTMLDetailsElement).open = true));
    found.push(...(await violations()));
    assert.deepEqual(found, []);
  });
}
