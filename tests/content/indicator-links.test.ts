/**
 * Figures survive editing: a figure of content/reports/qilihequ/2021/indicators.yaml is found by its quote wherever
 * it now stands in its section (the `edited` variant of tests/support/variant-sites.ts, with
 * the 主要指标 page);
 * a reworded sentence stops its section with the closest text now (in process, through the
 * Markdown pipeline).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Element, Root } from 'hast';
import { FIXTURE, FIXTURE_REPORT_DIR } from '../support/fixture.ts';
import { INSERTED, variantSite } from '../support/variant-sites.ts';
import { loadIndicators } from '../../src/node/content/load-indicators.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { renderMarkdown } from '../support/markdown.ts';

const { indicators, lines } = loadIndicators(join(FIXTURE_REPORT_DIR, 'indicators.yaml'));
const achievements = indicators.filter((indicator) => indicator.source.section === 'achievements');

/** Each element's id mapped to the id of the paragraph (`p3`) that holds it. */
function paragraphsOf(tree: Root | Element, inside?: string, found = new Map<string, string | undefined>()) {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    const id = typeof child.properties.id === 'string' ? child.properties.id : undefined;
    if (id) found.set(id, inside);
    paragraphsOf(child, child.tagName === 'p' && id ? id : inside, found);
  }
  return found;
}

/** The paragraphs of a section file (blocks of text between blank lines, after the frontmatter), without whitespace. */
function paragraphsOfSource(text: string): string[] {
  const body = text.replace(/^---\n[^]*?\n---\n/, '');
  return body
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block && !/^([#>|<{-]|import |export )/.test(block))
    .map((block) => block.replace(/\s+/g, ''));
}

test('a paragraph inserted at the top of a section and a line break inside a sentence with a figure: the site builds, every figure linked in its paragraph, whose anchor did not move', async () => {
  const site = await variantSite('edited');
  const before = paragraphsOfSource(await readFile(join(FIXTURE_REPORT_DIR, 'sections/02-achievements.mdx'), 'utf8'));
  const html = await site.page('indicators/index.html');
  const sectionHtml = await site.page('sections/achievements/index.html');
  const section = paragraphsOf(fromHtml(sectionHtml));
  const rows = paragraphsOf(fromHtml(html));
  const problems: string[] = [];
  for (const indicator of achievements) {
    // The row links to the figure in the text…
    if (!rows.has(indicator.id)) problems.push(`${indicator.id}: no row on the 主要指标 page`);
    // …in the paragraph it was in: one further down the page, under the same anchor.
    const was = before.findIndex((text) => text.includes(indicator.source.quote)) + 1;
    const paragraph = section.get(`fig-${indicator.id}`);
    if (was === 0 || paragraph !== `p${was}`) problems.push(`${indicator.id}: in ${paragraph}, was p${was}`);
  }
  assert.deepEqual(problems, []);
  // The row shows the sentence with the line break joined; its figure links back to the text.
  assert.match(html, /2020年达到<a class="indicator-table__back" href="\/report\/sections\/achievements\/#fig-gdp-2020"><strong>492\.06亿元<\/strong><\/a>/);
  // The new paragraph, first on the page, takes the next anchor never used in the section.
  assert.ok(sectionHtml.includes(`<p id="p${before.length + 1}">${INSERTED}`), 'the inserted paragraph');
  assert.equal(sectionHtml.match(/<p id="p\d+"/)?.[0], `<p id="p${before.length + 1}"`);
});

// In process: the message is made by remark-indicator-links while the section renders; that it
// reaches the command line is shown for this kind of error by tests/content/bad-content.test.ts.
test('rewording two sentences with figures stops the section with one error listing both, each with the closest text now', async () => {
  const model = loadReport(FIXTURE);
  const section = model.sections.find((s) => s.slug === 'achievements')!;
  const reworded = section.body
    .replace('2020年达到492.06亿元', '2020年实现492.06亿元')
    .replace('人均GDP超过1.29万美元', '人均GDP已超过1.29万美元');
  await assert.rejects(
    renderMarkdown(reworded, { path: section.path, mdx: true, content: { sections: model.sections, indicators: model.indicators } }),
    (error: Error) => {
      const message = error.message.split('\n');
      assert.match(message[0], new RegExp(`^content/reports/qilihequ/2021/indicators\\.yaml:${lines['gdp-2020']}: indicator "gdp-2020": field "source\\.quote": “2020年达到492\\.06亿元” is no longer in section "achievements"; the closest text now, in p1, is “2020年实现492\\.06亿元”\\. If the sentence was reworded, copy its new wording into the quote`));
      assert.match(message[1], new RegExp(`^content/reports/qilihequ/2021/indicators\\.yaml:${lines['gdp-per-capita-2020']}: indicator "gdp-per-capita-2020": field "source\\.quote": “人均GDP超过1\\.29万美元” is no longer in section "achievements"; the closest text now, in p1, is “人均GDP已超过1\\.29万美元”`));
      // One error: no other entry is named.
      assert.equal(message.length, 2, error.message);
      return true;
    },
  );
});
