/**
 * Printing: the one-page report prints on A4 with no navigation chrome, headings kept
 * with what follows, each part on a new page and the page's address written out. The PDF
 * comes from Chromium's own print path (page.pdf), as a reader's "Save as PDF" does.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { useSite } from '../support/browser-fixture.ts';
import { CONTENT } from '../support/dist.ts';
import { pdfTextOperators } from '../support/pdf-text.ts';

const site = useSite();

/** Page count and page sizes (in points) of a PDF Chromium wrote. */
function pdfPages(pdf: Buffer) {
  const text = pdf.toString('latin1');
  const pages = text.match(/\/Type\s*\/Page\b(?!s)/g)?.length ?? 0;
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)].map((m) => [
    Number(m[1]),
    Number(m[2]),
  ]);
  return { pages, boxes };
}

test('the one-page report prints on A4 pages', async () => {
  const page = await site.newPage();
  await page.goto('full/');
  const pdf = await page.pdf({ preferCSSPageSize: true });
  const { pages, boxes } = pdfPages(pdf);
  // About 40,000 characters of report and glossary: a title page and some fifteen pages of text.
  assert.ok(pages >= 12 && pages <= 30, `${pages} pages`);
  assert.ok(boxes.length >= pages);
  for (const [width, height] of boxes) {
    // A4 is 210 × 297 mm = 595.3 × 841.9 pt.
    assert.ok(Math.abs(width - 595.3) < 2 && Math.abs(height - 841.9) < 2, `page size ${width} × ${height}`);
  }
});

test('on paper there is no navigation, headings stay with their text, parts start new pages', async () => {
  const page = await site.newPage();
  await page.goto('full/');
  await page.emulateMedia({ media: 'print' });
  const hidden = await page.evaluate(() =>
    ['.site-header', '.site-footer', '.skip-link', '.para-anchor', '.search-form'].map((selector) => {
      const el = document.querySelector(selector);
      return [selector, el ? getComputedStyle(el).display : 'absent'];
    }),
  );
  assert.deepEqual(hidden, [
    ['.site-header', 'none'],
    ['.site-footer', 'none'],
    ['.skip-link', 'none'],
    ['.para-anchor', 'none'],
    ['.search-form', 'none'],
  ]);
  const style = (selector: string, property: string) =>
    page
      .locator(selector)
      .first()
      .evaluate((el, p) => getComputedStyle(el).getPropertyValue(p), property);
  assert.equal(await style('.full__section > h2', 'break-after'), 'avoid');
  assert.equal(await style('.full .prose h3', 'break-after'), 'avoid');
  assert.equal(await style('.full__section--part', 'break-before'), 'page');
  assert.equal(await style('.full__toc', 'break-after'), 'page');
  assert.equal(await style('.prose p', 'widows'), '2');
  // Printed in black on white whatever the screen's theme.
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  assert.equal(await style('body', 'color'), 'rgb(0, 0, 0)');
  assert.equal(await style('body', 'background-color'), 'rgb(255, 255, 255)');
});

test('a printed page says where it came from; on screen the address is not shown', async () => {
  const page = await site.newPage();
  await page.goto('sections/goals/');
  const address = page.locator('.print-address');
  assert.equal(await address.isVisible(), false);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await address.isVisible(), true);
  assert.match((await address.textContent()) ?? '', /^本页网址：https?:\/\/[^/]+\/sections\/goals\/$/);
  assert.equal(await page.locator('.reading__nav').isVisible(), false);
});

test('the running head is the title of the report, on every printed page but the first', async () => {
  const title: string = JSON.parse(readFileSync(join(CONTENT, 'report.json'), 'utf8'))[0].title;
  const page = await site.newPage();
  await page.goto('full/');
  // The print rules read the title from <html data-site-name> (a margin box shows attr()).
  assert.equal(await page.locator('html').getAttribute('data-site-name'), title);
  const withHead = pdfTextOperators(await page.pdf({ preferCSSPageSize: true }));
  await page.evaluate(() => document.documentElement.removeAttribute('data-site-name'));
  const withoutHead = pdfTextOperators(await page.pdf({ preferCSSPageSize: true }));
  assert.equal(withHead.length, withoutHead.length);
  assert.ok(withHead.length > 1, `${withHead.length} pages`);
  assert.equal(withHead[0], withoutHead[0], 'the title page has no running head');
  withHead
    .slice(1)
    .forEach((count, i) =>
      assert.ok(
        count > withoutHead[i + 1],
        `page ${i + 2}: ${count} pieces of text with the head, ${withoutHead[i + 1]} without`,
      ),
    );
});
