/**
 * 主要指标: every figure in content/reports/qilihequ/2021/indicators.yaml is in the report as written, in the
 * paragraph that holds its quote; the figure in the text and its row on the 主要指标 page link
 * to each other; the charts say in words what they draw; glossary terms in the table's
 * words link to their entries, never inside another link.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { builtPages, CONTENT, DIST, elementsOf, hasClass } from '../support/dist.ts';
import { CSV_COLUMNS } from '../../src/shared/indicators/csv.ts';
import { FIXTURE } from '../support/fixture.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { createMatcher } from '../../src/shared/glossary-matcher.ts';
import { figureText, loadIndicators } from '../../src/node/content/load-indicators.ts';
import { normalizePunctuation } from '../../src/importer/punctuation.ts';

const { indicators, charts } = loadIndicators(join(CONTENT, 'indicators.yaml'));
const manuscript = normalizePunctuation(await readFile(join(CONTENT, 'manuscript/report.txt'), 'utf8'));
const htmlOf = new Map((await builtPages()).map(({ path, html }) => [path, html]));
const pages = new Map([...htmlOf].map(([path, html]) => [path, fromHtml(html)]));
const { glossary } = loadReport(FIXTURE);
const matchTerms = createMatcher(glossary.map((entry) => ({ id: entry.id, forms: [entry.term, ...entry.aliases] })));

/** Text without spaces and line breaks, as quotes are matched. */
const squeeze = (text: string) => text.replace(/\s+/g, '');
const byId = (tree: Root, id: string) => elementsOf(tree).find((el) => el.properties.id === id);
/** The element with this id and its ancestors, innermost first. */
function withAncestors(tree: Root | Element, id: string, path: Element[] = []): Element[] | undefined {
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (child.properties.id === id) return [child, ...path];
    const found = withAncestors(child, id, [child, ...path]);
    if (found) return found;
  }
  return undefined;
}

test('the data covers the report: results, growth and targets from every section with figures', () => {
  assert.ok(indicators.length >= 130, `${indicators.length} indicators`);
  const kinds = new Set(indicators.map((indicator) => indicator.kind));
  assert.deepEqual([...kinds].sort(), ['achieved', 'growth', 'target']);
  for (const figure of [
    '492.06亿元',
    '1.29万美元',
    '38550元',
    '21941元',
    '7433名',
    '250天',
    '321天',
    '26.72%',
    '660亿元',
    '27.22%',
    '6.3%',
    '84%',
  ]) {
    assert.ok(
      indicators.some((indicator) => figureText(indicator) === figure),
      `${figure} is not in the data`,
    );
  }
});

test('every figure occurs verbatim in the report text, inside its quote', () => {
  const problems = indicators.flatMap((indicator) => {
    const figure = figureText(indicator);
    const { quote } = indicator.source;
    return [
      ...(manuscript.includes(figure) ? [] : [`${indicator.id}: “${figure}” is not in the manuscript`]),
      ...(manuscript.includes(quote) ? [] : [`${indicator.id}: quote “${quote}” is not in the manuscript`]),
      ...(quote.includes(figure) ? [] : [`${indicator.id}: quote “${quote}” does not hold “${figure}”`]),
    ];
  });
  assert.deepEqual(problems, []);
});

test('in the text, each figure is a link to its row, inside the paragraph that holds its quote', () => {
  const problems: string[] = [];
  for (const indicator of indicators) {
    const page = pages.get(`sections/${indicator.source.section}/index.html`)!;
    const found = withAncestors(page, `fig-${indicator.id}`);
    if (!found) {
      problems.push(`${indicator.id}: no #fig-${indicator.id} on ${indicator.source.section}`);
      continue;
    }
    const [link, ...ancestors] = found;
    if (toText(link) !== figureText(indicator)) problems.push(`${indicator.id}: link text “${toText(link)}”`);
    if (link.properties.href !== `/indicators/#${indicator.id}`)
      problems.push(`${indicator.id}: href ${String(link.properties.href)}`);
    // The paragraph is where the quote stands now (a quote may run on from the paragraph before).
    const paragraph = ancestors.find((el) => el.tagName === 'p');
    const number = Number(String(paragraph?.properties.id).replace(/^p/, ''));
    // Each paragraph's text without its ¶ link.
    const around = [number - 1, number]
      .map((n) => (n > 0 ? squeeze(toText(byId(page, `p${n}`)!)).replace(/¶$/, '') : ''))
      .join('');
    if (!paragraph || !around.includes(squeeze(indicator.source.quote)))
      problems.push(`${indicator.id}: in ${String(paragraph?.properties.id)}, which does not hold its quote`);
  }
  assert.deepEqual(problems, []);
});

test('on the 主要指标 page, each figure has one row that links back to the figure in the text', () => {
  const page = pages.get('indicators/index.html')!;
  const rows = elementsOf(page).filter((el) => el.tagName === 'tr' && typeof el.properties.id === 'string');
  assert.deepEqual(rows.map((row) => row.properties.id).sort(), indicators.map((indicator) => indicator.id).sort());
  for (const indicator of indicators) {
    const row = byId(page, indicator.id)!;
    const text = toText(row);
    assert.ok(text.includes(indicator.indicator) && text.includes(figureText(indicator)), `${indicator.id}: ${text}`);
    // One link back, on the figure; any other link is a glossary term's (tested below).
    const back = elementsOf(row).filter((el) => el.tagName === 'a' && !hasClass('term')(el));
    assert.deepEqual(
      back.map((el) => el.properties.href),
      [`/sections/${indicator.source.section}/#fig-${indicator.id}`],
    );
    assert.equal(toText(back[0]), figureText(indicator), `${indicator.id}: the link back is the figure`);
  }
});

test("on the 主要指标 page, glossary terms in the report's words link to their entries, as in the text", () => {
  const html = (pages.get('indicators/index.html') ?? assert.fail('no 主要指标 page')) as Root;
  const all = elementsOf(html);
  const terms = all.filter((el) => el.tagName === 'a' && hasClass('term')(el));
  const ids = terms.map((el) => String(el.properties.dataTerm));
  assert.ok(ids.includes('liangqiangyidao'), `linked: ${ids.join(', ')}`);
  const forms = new Map(glossary.map((entry) => [entry.id, [entry.term, ...entry.aliases]]));
  for (const term of terms) {
    const id = String(term.properties.dataTerm);
    assert.equal(term.properties.href, `/glossary/${id}/`, id);
    assert.ok(forms.get(id)?.includes(toText(term)), `${id}: “${toText(term)}” is not one of its forms`);
    // The popover reads the definition the page carries, as on a section page.
    assert.deepEqual(term.properties.ariaDescribedBy, [`def-${id}`]);
    assert.ok(byId(html, `def-${id}`), `${id}: no definition in the page`);
  }
  // Only the table links terms: the charts' SVG text stays plain.
  for (const svg of all.filter((el) => el.tagName === 'svg'))
    assert.ok(!elementsOf(svg).some((el) => el.tagName === 'a'), 'a link in a chart');
  // Every entry the table's words use is linked in each table (the first mention of it there).
  for (const table of all.filter((el) => el.tagName === 'table')) {
    const words = elementsOf(table)
      .filter((el) => (el.tagName === 'th' && el.properties.scope === 'row') || hasClass('indicator-table__quote')(el))
      .map((el) => toText(el))
      .join('\n');
    const used = [...new Set(matchTerms(words).map((found) => found.id))].sort();
    const linked = elementsOf(table)
      .filter((el) => el.tagName === 'a' && hasClass('term')(el))
      .map((el) => String(el.properties.dataTerm));
    assert.deepEqual([...linked].sort(), used, 'each used entry linked once per table');
  }
  // The term popover's script comes with the definitions, as on a section page: the same one.
  const popoverScript = (path: string) =>
    [...(htmlOf.get(path) ?? '').matchAll(/<script\b[^>]*>[\s\S]*?<\/script>/g)]
      .map((m) => m[0])
      .find((tag) => tag.includes('term-popover'));
  assert.ok(popoverScript('sections/goals/index.html'), 'no term popover script on a section page');
  assert.equal(popoverScript('indicators/index.html'), popoverScript('sections/goals/index.html'));
});

test('no page has a link inside a link', () => {
  // Read from the HTML as written: a parser would close the outer link and hide the nesting.
  for (const [path, html] of htmlOf) {
    let depth = 0;
    for (const [tag] of html.replace(/<(script|style)\b[\s\S]*?<\/\1>/g, '').matchAll(/<\/?a\b[^>]*>/g)) {
      depth += tag.startsWith('</') ? -1 : 1;
      assert.ok(depth <= 1, `${path}: ${tag} inside another link`);
    }
    assert.equal(depth, 0, path);
  }
});

test('every chart is an SVG image with a title and a description naming each figure it draws', () => {
  const page = pages.get('indicators/index.html')!;
  const svgs = elementsOf(page).filter((el) => el.tagName === 'svg');
  assert.equal(svgs.length, charts.length);
  for (const chart of charts) {
    const figure = byId(page, `chart-${chart.id}`)!;
    const svg = elementsOf(figure).find((el) => el.tagName === 'svg')!;
    assert.equal(svg.properties.role, 'img');
    const title = byId(page, String(svg.properties.ariaLabelledBy))!;
    assert.equal(toText(title), chart.title);
    const desc = toText(byId(page, String(svg.properties.ariaDescribedBy))!);
    const ids = chart.items ?? chart.rows!.flatMap((row) => row.items);
    for (const id of ids) {
      const indicator = indicators.find((candidate) => candidate.id === id)!;
      assert.ok(desc.includes(figureText(indicator)), `${chart.id}: the description lacks ${figureText(indicator)}`);
    }
    // The bars are to scale: the longest bar of a group is the largest figure.
    const widths = elementsOf(svg)
      .filter((el) => el.tagName === 'rect')
      .map((el) => parseFloat(String(el.properties.width)));
    assert.equal(widths.length, ids.length);
    assert.ok(widths.every((width) => width > 0 && width <= 100));
  }
});

test('the 主要指标 table as CSV: one row per figure, each with the address of the figure in its paragraph', async () => {
  const csv = await readFile(join(DIST, 'indicators/indicators.csv'), 'utf8');
  assert.ok(csv.startsWith('\uFEFF'), 'a byte-order mark, for spreadsheet programs');
  const lines = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(lines[0], CSV_COLUMNS.join(','));
  assert.equal(lines.length - 1, indicators.length);
  for (const [i, line] of lines.slice(1).entries()) {
    const indicator = indicators[i];
    assert.ok(line.startsWith(`${indicator.id},`), line);
    // The address is the last field: never quoted (no comma in it), so the line ends with it.
    assert.equal(CSV_COLUMNS.at(-1), '地址');
    const url = new URL(line.slice(line.lastIndexOf(',') + 1));
    const page = pages.get(`${url.pathname.replace(/^\//, '')}index.html`);
    assert.ok(page, `${url.pathname} is a page of the site`);
    assert.ok(byId(page, url.hash.slice(1)), `${url.hash} is on ${url.pathname}`);
  }
  const link = elementsOf(pages.get('indicators/index.html')!).find(
    (el) => el.tagName === 'a' && String(el.properties.href).endsWith('indicators/indicators.csv'),
  );
  assert.ok(link?.properties.download, 'the page offers the table as a download');
});
