/**
 * Published links that outlive edits, in the browser: the `edited` variant of the report
 * (tests/support/variant-sites.ts, under /report/), where a paragraph was inserted at the
 * top of a section, the section `goals` was renamed `targets`, and a glossary entry moved.
 * A paragraph's published link still lands on its paragraph.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { useSite } from '../support/browser-fixture.ts';
import { FIXTURE_REPORT_DIR } from '../support/fixture.ts';
import { variantSiteDir } from '../support/variant-sites.ts';

const site = useSite({ dir: join(variantSiteDir('edited'), 'dist'), base: '/report/' });
/** The paragraphs each section published, as the fixture records them: `p2 <hash> <opening>`. */
const published = parse(await readFile(join(FIXTURE_REPORT_DIR, 'published.yaml'), 'utf8')) as {
  paragraphs: Record<string, string[]>;
};
const opening = (address: string, anchor: string) =>
  published.paragraphs[address].find((line) => line.startsWith(`${anchor} `))!.split(' ')[2];

for (const javaScriptEnabled of [true, false]) {
  test(`a link to a paragraph of a renamed section lands on the same paragraph at its old address (${javaScriptEnabled ? 'with' : 'without'} JavaScript)`, async () => {
    const page = await site.newPage({ javaScriptEnabled });
    await page.goto('sections/goals/#p2');
    assert.match(page.url(), /\/report\/sections\/goals\/#p2$/);
    const text = (await page.locator('#p2').textContent()) ?? '';
    assert.ok(text.replace(/\s+/g, '').startsWith(opening('sections/goals/', 'p2')), text);
    // The page says where the section is now.
    await page.locator('.moved-notice a').click();
    await page.waitForURL('**/report/sections/targets/');
  });
}

test('another moved address leads on, with its fragment', async () => {
  const page = await site.newPage();
  await page.goto('glossary/liuwen-old/#main');
  await page.waitForURL('**/report/glossary/liuwen/#main');
});

test('a link to a paragraph lands on it after a paragraph was inserted above it', async () => {
  const page = await site.newPage();
  await page.goto('sections/achievements/#p3');
  const text = (await page.locator('#p3').textContent()) ?? '';
  assert.ok(text.replace(/\s+/g, '').startsWith(opening('sections/achievements/', 'p3')), text);
  // The inserted paragraph comes first on the page, under a new anchor.
  assert.notEqual(await page.locator('main p[id]').first().getAttribute('id'), 'p1');
});
