/**
 * Citing: a paragraph (from its ¶ sign), a section (引用本节) and a glossary entry (引用本条)
 * give their GB/T 7714 citation with today's date and copy it or the link; the popover
 * works from the keyboard, moves nothing, and without the Clipboard API selects the text;
 * without JavaScript the citation is in a disclosure and the ¶ signs are plain links.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { useSite } from '../support/browser-fixture.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';

const site = useSite();
const SITE = process.env.SITE_URL ?? DEFAULT_SITE_URL;
/** The reader's date, as the browser on this machine sees it. */
const today = () => new Date().toLocaleDateString('sv-SE');
const HEAD = '七里河区人民政府. 七里河区2021年政府工作报告';

const popover = (page: Page) => page.locator('.cite-popover');
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const focused = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

async function copyingPage(): Promise<Page> {
  const page = await site.newPage({ permissions: ['clipboard-read', 'clipboard-write'] });
  await page.addInitScript(() => {
    const w = window as unknown as { cspViolations: string[] };
    w.cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      w.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  return page;
}

const violations = (page: Page) =>
  page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

test('the ¶ sign of a paragraph opens its citation; 复制引用 and 复制链接 copy it with the anchor and today’s date', async () => {
  const page = await copyingPage();
  await page.goto('sections/achievements/');
  await page.hover('#p3');
  await page.click('#p3 > a.para-anchor');
  await popover(page).waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('dialog', { name: '引用第3段' }).count(), 1);
  const expected = `${HEAD}: “十三五”发展成就[EB/OL]. 2021: 第3段(2021-04-27)[${today()}]. ${SITE}/sections/achievements/#p3.`;
  assert.equal(await popover(page).locator('.cite__text').textContent(), expected);
  assert.equal(new URL(page.url()).hash, '', 'the page stays where it is');
  assert.equal(await page.locator('#p3.is-cited').count(), 1, 'the cited paragraph is marked');

  await page.getByRole('button', { name: '复制引用' }).click();
  await page.getByRole('status').filter({ hasText: '已复制引用' }).waitFor();
  assert.equal(await clipboard(page), expected);
  await page.getByRole('button', { name: '复制链接' }).click();
  await page.getByRole('status').filter({ hasText: '已复制链接' }).waitFor();
  assert.equal(await clipboard(page), `${SITE}/sections/achievements/#p3`);
  assert.deepEqual(await violations(page), [], 'no CSP violation (the popover styles itself without inline styles)');
  assert.notEqual(
    await popover(page).evaluate((el) => getComputedStyle(el).position),
    'static',
    'the popover is styled',
  );
});

test('引用本节 gives the section’s citation, 引用本条 the glossary entry’s', async () => {
  const page = await copyingPage();
  await page.goto('sections/goals/');
  await page.click('summary:has-text("引用本节")');
  await popover(page).waitFor({ state: 'visible' });
  assert.equal(
    await page.locator('details.cite').evaluate((el) => (el as HTMLDetailsElement).open),
    false,
    'the popover replaces the disclosure',
  );
  await page.getByRole('button', { name: '复制引用' }).click();
  await page.getByRole('status').filter({ hasText: '已复制' }).waitFor();
  assert.equal(
    await clipboard(page),
    `${HEAD}: “十四五”目标与2021年预期目标[EB/OL]. (2021-04-27)[${today()}]. ${SITE}/sections/goals/.`,
  );

  await page.goto('glossary/liuwen/');
  await page.click('summary:has-text("引用本条")');
  await popover(page).waitFor({ state: 'visible' });
  await page.getByRole('button', { name: '复制引用' }).click();
  await page.getByRole('status').filter({ hasText: '已复制' }).waitFor();
  assert.equal(
    await clipboard(page),
    `${HEAD}: 有关词语解释: 六稳[EB/OL]. (2021-04-27)[${today()}]. ${SITE}/glossary/liuwen/.`,
  );
  await page.getByRole('button', { name: '复制链接' }).click();
  await page.getByRole('status').filter({ hasText: '已复制链接' }).waitFor();
  assert.equal(await clipboard(page), `${SITE}/glossary/liuwen/`);
  assert.deepEqual(await violations(page), []);
});

test('from the keyboard: Enter opens, focus moves in, Escape closes and focus returns; Tab leaves it closed', async () => {
  const page = await site.newPage();
  await page.goto('sections/achievements/');
  const anchor = page.locator('#p3 > a.para-anchor');
  await anchor.focus();
  await page.keyboard.press('Enter');
  await popover(page).waitFor({ state: 'visible' });
  assert.equal(await focused(page), '复制引用');
  assert.equal(await anchor.getAttribute('aria-expanded'), 'true');
  await page.keyboard.press('Tab');
  assert.equal(await focused(page), '复制链接');
  await page.keyboard.press('Escape');
  await popover(page).waitFor({ state: 'detached' });
  assert.equal(await anchor.evaluate((el) => el === document.activeElement), true, 'focus is back on the ¶');
  assert.equal(await anchor.getAttribute('aria-expanded'), 'false');

  // Shift+Tab out of the first button closes it and lands on the ¶ again.
  await page.keyboard.press('Enter');
  await popover(page).waitFor({ state: 'visible' });
  await page.keyboard.press('Shift+Tab');
  await popover(page).waitFor({ state: 'detached' });
  assert.equal(await anchor.evaluate((el) => el === document.activeElement), true);

  // Tab past the last button closes it and goes on from the ¶ to what follows it.
  await page.keyboard.press('Enter');
  await popover(page).waitFor({ state: 'visible' });
  for (const label of ['复制链接', '关闭']) {
    await page.keyboard.press('Tab');
    assert.equal(await focused(page), label);
  }
  await page.keyboard.press('Tab');
  await popover(page).waitFor({ state: 'detached' });
  assert.equal(
    await page.evaluate(() => document.activeElement?.closest('p')?.id ?? document.activeElement?.tagName),
    'p4',
  );

  // The summary opens it with Enter too, and 关闭 closes it.
  const summary = page.locator('details.cite > summary');
  await summary.focus();
  await page.keyboard.press('Enter');
  await popover(page).waitFor({ state: 'visible' });
  assert.equal(await page.getByRole('dialog', { name: '引用本节' }).count(), 1);
  await page.getByRole('button', { name: '关闭' }).press('Enter');
  await popover(page).waitFor({ state: 'detached' });
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true);
});

test('a click outside closes the popover and focus returns; opening it moves nothing', async () => {
  const page = await site.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto('sections/achievements/');
  await page.locator('#p3').scrollIntoViewIfNeeded();
  const before = await page.locator('#p4').boundingBox();
  await page.click('#p3 > a.para-anchor');
  await popover(page).waitFor({ state: 'visible' });
  assert.deepEqual(await page.locator('#p4').boundingBox(), before, 'the text below did not move');
  const box = await popover(page).boundingBox();
  assert.ok(box && box.x >= 0 && box.x + box.width <= 390, 'the popover fits the phone screen');
  await page.click('h1');
  await popover(page).waitFor({ state: 'detached' });
  assert.equal(await page.locator('#p3 > a.para-anchor').evaluate((el) => el === document.activeElement), true);
  assert.equal(await page.locator('.is-cited').count(), 0);
});

test('the popover opens under what opened it, inside the window, and stays by it when the window is resized', async () => {
  const page = await site.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto('sections/achievements/');
  const anchor = page.locator('#p3 > a.para-anchor');
  await page.locator('#p3').evaluate((p) => p.scrollIntoView()); // room below it
  await page.locator('#p3').hover();
  await anchor.click();
  await popover(page).waitFor({ state: 'visible' });
  // Under the ¶ (above it when there is no room below), a little to its left, inside the window.
  const placed = async (width: number, height: number) => {
    const sign = (await anchor.boundingBox())!;
    const box = (await popover(page).boundingBox())!;
    assert.equal(box.width, Math.min(416, width - 2 * 8));
    assert.ok(
      Math.abs(box.x - Math.min(Math.max(8, sign.x - 32), width - box.width - 8)) < 1,
      `left: ${JSON.stringify({ sign, box })}`,
    );
    const below = sign.y + sign.height + 6;
    const above = sign.y - box.height - 6;
    const top = below + box.height > height - 8 && above > 8 ? above : below;
    assert.ok(Math.abs(box.y - top) < 1, `top: ${JSON.stringify({ sign, box })}`);
  };
  await placed(1280, 800);
  await page.setViewportSize({ width: 390, height: 800 });
  await page.waitForFunction(() => document.querySelector<HTMLElement>('.cite-popover')?.style.width === '374px');
  assert.equal(await popover(page).isVisible(), true, 'a resize does not close it');
  await placed(390, 800);
});

test('a ¶ clicked with a modifier stays a link', async () => {
  const page = await site.newPage();
  await page.goto('sections/achievements/');
  const [popup] = await Promise.all([
    page.context().waitForEvent('page'),
    page.click('#p3 > a.para-anchor', { modifiers: ['ControlOrMeta'] }),
  ]);
  await popup.waitForLoadState();
  assert.match(popup.url(), /\/sections\/achievements\/#p3$/);
  assert.equal(await popover(page).count(), 0);
});

test('without the Clipboard API the citation or the link is selected for the reader to copy', async () => {
  const page = await site.newPage();
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await page.goto('sections/achievements/');
  await page.click('#p3 > a.para-anchor');
  await popover(page).waitFor({ state: 'visible' });
  const text = await popover(page).locator('.cite__text').textContent();
  await page.getByRole('button', { name: '复制引用' }).click();
  await page.getByRole('status').filter({ hasText: '已选中引用' }).waitFor();
  assert.equal(await page.evaluate(() => getSelection()?.toString()), text);
  await page.getByRole('button', { name: '复制链接' }).click();
  await page.getByRole('status').filter({ hasText: '已选中链接' }).waitFor();
  assert.equal(await page.evaluate(() => getSelection()?.toString()), `${SITE}/sections/achievements/#p3`);
});

test('without JavaScript the citation is in a disclosure and the ¶ signs are plain links', async () => {
  const page = await site.newPage({ javaScriptEnabled: false });
  await page.goto('sections/achievements/');
  const text = page.locator('details.cite .cite__text');
  assert.equal(await text.isVisible(), false);
  await page.click('summary:has-text("引用本节")');
  assert.equal(
    await text.textContent(),
    `${HEAD}: “十三五”发展成就[EB/OL]. (2021-04-27)[引用日期]. ${SITE}/sections/achievements/.`,
  );
  assert.match((await page.locator('details.cite .cite__note').textContent()) ?? '', /“引用日期”处请填写查阅日期/);
  await page.click('#p3 > a.para-anchor');
  await page.waitForURL('**/sections/achievements/#p3');
  assert.equal(await page.locator('p:target').getAttribute('id'), 'p3');

  await page.goto('glossary/liuwen/');
  await page.click('summary:has-text("引用本条")');
  assert.match((await page.locator('details.cite .cite__text').textContent()) ?? '', /有关词语解释: 六稳\[EB\/OL\]/);
});
