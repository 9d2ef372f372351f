/**
 * The 对账单 in a library of eight years of the national report (tests/support/national-library.ts):
 * every report has the page and a place in its navigation; targets link to their figure in
 * the report, results to theirs in the next report, and both figures exist there; a report
 * whose next year is missing says its results are not yet published; the later report shows
 * which targets its figures answer; the years' table; the CSV.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';
import { NATIONAL_DIST, NATIONAL_YEARS, nationalPage } from '../support/national-library.ts';
import { elementsOf } from '../support/dist.ts';
import { RECONCILE_COLUMNS } from '../../src/shared/reconcile/csv.ts';

const tree = async (address: string): Promise<Root> => {
  const html = await nationalPage(address);
  assert.ok(html, `${address} is built`);
  return fromHtml(html);
};
/** The rows of the first table after the heading with this id. */
function tableRows(page: Root, headingId: string): Element[] {
  const all = elementsOf(page);
  const at = all.findIndex((el) => el.properties.id === headingId);
  const table = all.slice(at).find((el) => el.tagName === 'table');
  assert.ok(table, `a table after #${headingId}`);
  return elementsOf(table).filter((el) => el.tagName === 'tr' && elementsOf(el).some((c) => c.tagName === 'td'));
}
const linksIn = (el: Element) =>
  elementsOf(el)
    .filter((a) => a.tagName === 'a')
    .map((a) => String(a.properties.href));

/** Whether the address (`/guowuyuan/2015/sections/…/#fig-…`) names an element of a built page. */
async function lands(href: string): Promise<boolean> {
  const [path, id] = href.split('#');
  const page = await tree(path.replace(/^\//, ''));
  return elementsOf(page).some((el) => el.properties.id === id);
}

test('every report of the library has its 对账单, linked from its navigation', async () => {
  for (const year of NATIONAL_YEARS) {
    const home = await tree(`guowuyuan/${year}/`);
    assert.ok(
      elementsOf(home).some((el) => el.tagName === 'a' && el.properties.href === `/guowuyuan/${year}/reconcile/`),
      `${year}: the navigation links the 对账单`,
    );
    const page = await tree(`guowuyuan/${year}/reconcile/`);
    assert.match(toText(page), new RegExp(`本报告为${year}年设定的量化目标`));
  }
});

test('2014: the GDP target beside the 2015 report’s result, each linked to its figure, with the verdict and its reason', async () => {
  const page = await tree('guowuyuan/2014/reconcile/');
  const gdp = tableRows(page, 'targets').find((row) => toText(row).startsWith('国内生产总值增速'));
  assert.ok(gdp);
  const text = toText(gdp).replace(/\s+/g, '');
  assert.match(text, /7\.5%左右/);
  assert.match(text, /7\.4%/);
  assert.match(text, /基本完成实际7\.4%，比目标7\.5%低0\.1个百分点/);
  const [target, result] = linksIn(gdp);
  assert.match(target, /^\/guowuyuan\/2014\/sections\/[^/]+\/#fig-/);
  assert.match(result, /^\/guowuyuan\/2015\/sections\/[^/]+\/#fig-/);
  assert.ok(await lands(target), `${target} is a figure of the 2014 report`);
  assert.ok(await lands(result), `${result} is a figure of the 2015 report`);
  assert.match(toText(page), /尚未经编辑核对/, 'a draft says so');
});

test('a report whose next year is not in the library: every result is not yet published', async () => {
  for (const year of [2019, 2022]) {
    const rows = tableRows(await tree(`guowuyuan/${year}/reconcile/`), 'targets');
    assert.ok(rows.length > 0);
    for (const row of rows) assert.match(toText(row), /尚未发布.*未报告/s, `${year}: ${toText(row)}`);
  }
});

test('from the result’s side: the 2015 report lists the 2014 targets its figures answer, linking to them', async () => {
  const page = await tree('guowuyuan/2015/reconcile/');
  const rows = tableRows(page, 'answered');
  const gdp = rows.find((row) => toText(row).startsWith('国内生产总值增速'));
  assert.ok(gdp);
  const [target, result] = linksIn(gdp);
  assert.match(target, /^\/guowuyuan\/2014\//);
  assert.match(result, /^\/guowuyuan\/2015\//);
  assert.ok(await lands(target));
});

test('the years’ table: one row per indicator, a column per year of the library', async () => {
  const page = await tree('guowuyuan/2018/reconcile/');
  const all = elementsOf(page);
  const table = all.find(
    (el) => el.tagName === 'table' && String(el.properties.className ?? '').includes('reconcile-trend__table'),
  );
  assert.ok(table);
  const head = elementsOf(table)
    .filter((el) => el.tagName === 'th' && el.properties.scope === 'col')
    .map((el) => toText(el));
  assert.deepEqual(head, ['指标', ...NATIONAL_YEARS.map((y) => `${y}年`)]);
  const text = toText(table).replace(/\s+/g, '');
  assert.match(text, /城镇调查失业率/);
  assert.match(text, /城镇登记失业率/, 'two indicators, two rows');
});

test('the 对账单 as CSV: the page’s targets, each with the addresses of its figures', async () => {
  const csv = await readFile(join(NATIONAL_DIST, 'guowuyuan/2014/reconcile/reconcile.csv'), 'utf8');
  const [head, ...lines] = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(head, RECONCILE_COLUMNS.join(','));
  const page = await tree('guowuyuan/2014/reconcile/');
  const rows = [
    ...tableRows(page, 'targets'),
    ...(toText(page).includes('其他目标') ? tableRows(page, 'other-targets') : []),
  ];
  assert.equal(lines.length, rows.length);
  const gdp = lines.find((line) => line.startsWith('国内生产总值增速,'));
  assert.ok(gdp?.includes(',7.4%,2014,'), gdp);
});

test('on the later report’s 主要指标, a figure that answers last year’s target links to it', async () => {
  const page = await tree('guowuyuan/2015/indicators/');
  const rows = elementsOf(page).filter((el) => el.tagName === 'tr' && /回应2014年目标/.test(toText(el)));
  const gdp = rows.find((row) => /7\.4%/.test(toText(row)) && /7\.5%左右/.test(toText(row)));
  assert.ok(gdp, 'the 2015 report’s 7.4% answers the 2014 target of 7.5%左右');
  const target = linksIn(gdp).find((href) => href.startsWith('/guowuyuan/2014/'));
  assert.ok(target && (await lands(target)), `${target} is the target's figure`);
});
