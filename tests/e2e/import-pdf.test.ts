/**
 * A report as a PDF (src/importer/pdf.ts), printed by Chromium from
 * tests/fixtures/documents/hebei-2026.print.html: the opening of the Hebei report on A5
 * pages, with a running head that repeats the title and a page number under each page. Read
 * back, it is the curated text of those paragraphs, once and in order: the furniture gone,
 * the lines the page width and the page breaks cut joined, nothing else joined or lost.
 * The three reports of tests/support/report-forms.ts, printed the same way, import as their
 * plain text does. A PDF without a text layer (a scan) says so.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { ImportError, readReportFile } from '../../src/importer/index.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { ROOT } from '../support/fixture.ts';
import { expectedText } from '../support/report-text.ts';
import { FORM_REPORTS, headLines, printablePage, reportLines } from '../support/report-forms.ts';

const PRINTED = join(ROOT, 'tests/fixtures/documents/hebei-2026.print.html');

let browser: Browser;
let dir: string;
before(async () => {
  browser = await launchChromium();
  dir = await mkdtemp(join(tmpdir(), 'report-pdf-'));
});
after(async () => {
  await browser.close();
  await rm(dir, { recursive: true, force: true });
});

/** The PDF Chromium prints of `url`, with the page size and margin boxes of its CSS. */
async function printed(url: string): Promise<Buffer> {
  const page = await browser.newPage();
  await page.goto(url);
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  await page.close();
  return pdf;
}

test('a printed report reads as its paragraphs, without running heads or page numbers', async () => {
  const file = join(dir, 'hebei-2026.pdf');
  await writeFile(file, await printed(pathToFileURL(PRINTED).href));
  const source = await readReportFile(file, 'hebei-2026.pdf');
  const lines = source.split('\n');
  // The head: the title once (the running head repeats it on every page), meeting, speaker.
  assert.deepEqual(lines.slice(0, 3), [
    '2026年河北省政府工作报告',
    '——2026年1月26日在河北省第十四届人民代表大会第四次会议上',
    '河北省人民政府省长 王正谱',
  ]);
  assert.ok(!lines.some((line) => /^— \d+ —$/.test(line)), 'no page number');
  // The body: the curated paragraphs the page holds, from 各位代表 to two after 二、.
  const curated = expectedText('hebei-2026.txt').body.map((p) => p.text);
  const held = curated.slice(0, curated.findIndex((p) => p.startsWith('二、')) + 3);
  assert.deepEqual(lines.slice(3), held);
  const manuscript = parseManuscript(source, {}, 'hebei-2026.pdf');
  assert.equal(manuscript.title, '2026年河北省政府工作报告');
  assert.equal(manuscript.speaker, '河北省人民政府省长 王正谱');
});

for (const name of FORM_REPORTS) {
  test(`${name} printed to PDF imports as the same report as its text`, async () => {
    const text = await readFile(join(ROOT, 'tests/fixtures/reports', name), 'utf8');
    const plain = parseManuscript(text, {}, name);
    const lines = reportLines(name, headLines(plain), plain.glossaryTitle ?? '有关词语解释');
    const page = await browser.newPage();
    await page.setContent(printablePage(lines, plain.title));
    const file = join(dir, name.replace(/\.txt$/, '.pdf'));
    await writeFile(file, await page.pdf({ preferCSSPageSize: true }));
    await page.close();
    const fromPdf = parseManuscript(await readReportFile(file, name), {}, name);
    for (const field of [
      'title',
      'government',
      'meeting',
      'speaker',
      'date',
      'parts',
      'sections',
      'glossary',
    ] as const) {
      // Where a paragraph starts on the page is not where it starts in the text: compare without line numbers.
      const withoutLines = (value: unknown) =>
        value === undefined ? value : JSON.parse(JSON.stringify(value, (key, v) => (key === 'line' ? undefined : v)));
      assert.deepEqual(withoutLines(fromPdf[field]), withoutLines(plain[field]), field);
    }
  });
}

test('a PDF without a text layer (a scan) says so, and what to do', async () => {
  const file = join(dir, 'scan.pdf');
  await writeFile(file, await printed('data:text/html,<div style="width:300px;height:400px;background:%23333"></div>'));
  await assert.rejects(readReportFile(file, 'scan.pdf'), (error: Error) => {
    assert.ok(error instanceof ImportError);
    assert.match(error.message, /^scan\.pdf: a PDF without a text layer \(a scan\): run it through OCR/);
    return true;
  });
});
