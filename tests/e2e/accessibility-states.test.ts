/**
 * axe-core in Chromium on the states that scripts create: search results, the header
 * dropdown, a term popover, the cite popover, in each colour scheme and theme.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { useSite } from '../support/browser-fixture.ts';
import { searchResults } from '../support/search-page.ts';
import { checkTheme, themeCases, themedPage, violations } from '../support/axe.ts';

const site = useSite();

for (const theme of themeCases([])) {
  test(`axe finds no violation in search results, the dropdown, a term popover and the cite popover (${theme.label})`, async () => {
    const page = await themedPage(site, theme);
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
