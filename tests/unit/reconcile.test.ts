/**
 * The 对账单's rules on small inputs (src/shared/reconcile/): which indicator a name names,
 * units converted, each verdict as the page defines it, a target paired with the next
 * report's result by indicator and year, an editor's pair first; and the editor's file
 * checked against the figures it names.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { indicatorNamed } from '../../src/shared/reconcile/names.ts';
import { convert } from '../../src/shared/reconcile/units.ts';
import { judge } from '../../src/shared/reconcile/verdict.ts';
import { pairTargets } from '../../src/shared/reconcile/pair.ts';
import { reconcileCsv, RECONCILE_COLUMNS } from '../../src/shared/reconcile/csv.ts';
import { loadIndicatorNames } from '../../src/node/content/load-indicator-names.ts';
import { loadReconcile } from '../../src/node/content/load-reconcile.ts';
import type { Indicator } from '../../src/schemas/indicators.ts';
import { ROOT } from '../support/fixture.ts';

const names = loadIndicatorNames(ROOT);
const named = (name: string) => indicatorNamed(name, names)?.id;

test('an indicator by any of its names, where it is measured aside; a part of it or a neighbour is another', () => {
  assert.equal(named('国内生产总值增速'), 'gdp');
  assert.equal(named('全省生产总值增速'), 'gdp');
  assert.equal(named('经济增长预期'), undefined, 'words after the name make another thing');
  assert.equal(named('单位国内生产总值能耗降幅'), 'energy-intensity', 'the longest name wins');
  assert.equal(named('能源消耗强度要降幅'), 'energy-intensity');
  assert.equal(named('城镇调查失业率'), 'unemployment-surveyed');
  assert.equal(named('城镇登记失业率'), 'unemployment-registered');
  assert.equal(named('居民人均可支配收入增速'), 'disposable-income');
  assert.equal(named('农村居民人均可支配收入增速'), undefined, 'a part is not the whole');
  assert.equal(named('财政性教育经费占国内生产总值比例'), undefined);
});

test('units of one kind convert; others do not', () => {
  assert.equal(convert(6.07, '亿吨', '万亿斤'), 1.214);
  assert.equal(convert(1322, '万人', '人'), 13220000);
  assert.equal(convert(5, '%', '亿元'), undefined);
  assert.equal(convert(3, '个', '个'), 3);
});

test('verdicts: points, floors, ceilings, prices, ranges, decreases, tolerance, conversions', () => {
  const v = (target: Parameters<typeof judge>[0], result: Parameters<typeof judge>[1], price = false) =>
    judge(target, result, price).verdict;
  assert.equal(v({ value: 7.5, unit: '%', qualifier: '左右' }, { value: 7.4, unit: '%' }), '基本完成');
  assert.equal(v({ value: 7.5, unit: '%', qualifier: '左右' }, { value: 6.9, unit: '%' }), '未完成');
  assert.equal(v({ value: 6.5, unit: '%', qualifier: '左右' }, { value: 6.9, unit: '%' }), '完成');
  assert.equal(v({ value: 1000, unit: '万人', qualifier: '以上' }, { value: 1322, unit: '万人' }), '完成');
  assert.equal(
    v({ value: 1000, unit: '万人', qualifier: '以上' }, { value: 960, unit: '万人' }),
    '基本完成',
    '5% short',
  );
  assert.equal(v({ value: 1000, unit: '万人', qualifier: '以上' }, { value: 940, unit: '万人' }), '未完成');
  assert.equal(v({ value: 4.5, unit: '%', qualifier: '以内' }, { value: 4.02, unit: '%' }), '完成');
  assert.equal(v({ value: 4.5, unit: '%', qualifier: '以内' }, { value: 4.9, unit: '%' }), '基本完成');
  assert.equal(
    v({ value: 3, unit: '%', qualifier: '左右', change: 'rise' }, { value: 2, unit: '%' }, true),
    '完成',
    'a price’s 左右 is a ceiling',
  );
  assert.equal(
    v({ value: 3, unit: '%', qualifier: '左右', change: 'rise' }, { value: 3.6, unit: '%' }, true),
    '未完成',
  );
  assert.equal(v({ value: 6.5, upper: 7, unit: '%' }, { value: 6.7, unit: '%' }), '完成');
  assert.equal(v({ value: 6.5, upper: 7, unit: '%' }, { value: 6.2, unit: '%' }), '基本完成');
  assert.equal(
    v({ value: 3.9, unit: '%', qualifier: '以上', change: 'fall' }, { value: 4.8, unit: '%', change: 'fall' }),
    '完成',
  );
  assert.equal(
    v({ value: 3.9, unit: '%', qualifier: '以上', change: 'fall' }, { value: 0.5, unit: '%', change: 'rise' }),
    '未完成',
    'it rose',
  );
  assert.equal(v({ value: 5.5, unit: '%' }, undefined), '未报告');
  assert.equal(v({ value: 5.5, unit: '%' }, { value: 3, unit: '亿元' }), '无法比较');
  const grain = judge({ value: 1.2, unit: '万亿斤', qualifier: '以上' }, { value: 6.07, unit: '亿吨' });
  assert.deepEqual([grain.verdict, grain.conversion], ['完成', '6.07亿吨 = 1.214万亿斤']);
  assert.match(judge({ value: 7.5, unit: '%', qualifier: '左右' }, { value: 7.4, unit: '%' }).reason, /低0\.1个百分点/);
});

const figure = (id: string, fields: Partial<Indicator>): Indicator => ({
  id,
  indicator: '国内生产总值增速',
  value: 1,
  unit: '%',
  period: '2014',
  kind: 'achieved',
  source: { section: 's', quote: 'q' },
  ...fields,
});

test('pairing: by indicator and year, a change with a change, a five-year figure as 无法比较, an editor’s pair first', () => {
  const targets = {
    id: 'guowuyuan/2014',
    year: 2014,
    indicators: [
      figure('t-gdp', { kind: 'target', value: 7.5, qualifier: '左右', change: 'rise' }),
      figure('t-jobs', { kind: 'target', indicator: '城镇新增就业', value: 1000, unit: '万人', qualifier: '以上' }),
      figure('t-cpi', { kind: 'target', indicator: '居民消费价格涨幅', value: 3.5, qualifier: '左右', change: 'rise' }),
      figure('t-plan', { kind: 'target', period: '2011—2015', value: 7 }),
    ],
  };
  const results = {
    id: 'guowuyuan/2015',
    year: 2015,
    indicators: [
      figure('r-level', { indicator: '国内生产总值', value: 63.6, unit: '万亿元' }),
      figure('r-gdp', { kind: 'growth', value: 7.4, change: 'rise' }),
      figure('r-jobs-5', { indicator: '城镇新增就业', value: 6400, unit: '万人', period: '2010—2014' }),
      figure('r-cpi', { kind: 'growth', indicator: '居民消费价格涨幅', value: 2, change: 'rise' }),
      figure('r-unemployment', { indicator: '城镇调查失业率', value: 5.1 }),
    ],
  };
  const pairs = pairTargets(targets, results, names);
  assert.deepEqual(
    pairs.map((p) => [p.target.id, p.result?.id, p.verdict]),
    [
      ['t-gdp', 'r-gdp', '基本完成'],
      ['t-jobs', 'r-jobs-5', '无法比较'],
      ['t-cpi', 'r-cpi', '完成'],
    ],
    'the plan’s target is not the year’s; 63.6万亿元 is a level, not the growth',
  );
  const edited = pairTargets(targets, results, names, [{ target: 't-cpi', result: null }]);
  assert.deepEqual([edited[2].result, edited[2].verdict, edited[2].edited], [undefined, '未报告', true]);
  assert.equal(pairTargets(targets, undefined, names)[0].verdict, '未报告');
});

test('the 对账单 as CSV: a row per target, addresses made absolute', () => {
  const csv = reconcileCsv(
    [
      {
        label: '国内生产总值增速',
        target: { indicator: '国内生产总值增速', figure: '7.5%左右', url: '/guowuyuan/2014/sections/a/#fig-t' },
        result: { figure: '7.4%', period: '2014', url: '/guowuyuan/2015/sections/b/#fig-r' },
        verdict: '基本完成',
        reason: '实际7.4%，比目标7.5%低0.1个百分点，在容差之内（容差±0.5个百分点）。',
        edited: false,
      },
    ],
    'https://example.org',
  );
  const [head, row] = csv.slice(1).trimEnd().split('\r\n');
  assert.equal(head, RECONCILE_COLUMNS.join(','));
  assert.ok(
    row.endsWith(
      ',https://example.org/guowuyuan/2014/sections/a/#fig-t,https://example.org/guowuyuan/2015/sections/b/#fig-r',
    ),
    row,
  );
});

test("an editor's pair that names no figure stops the build, naming the file, the pair and the field", () => {
  const root = mkdtempSync(join(tmpdir(), 'reconcile-'));
  try {
    mkdirSync(join(root, 'content/reports/guowuyuan/2014'), { recursive: true });
    writeFileSync(
      join(root, 'content/reports/guowuyuan/2014/reconcile.yaml'),
      'pairs:\n  - target: no-such\n    result: null\n',
    );
    const report = { id: 'guowuyuan/2014', year: 2014, indicators: [figure('t-gdp', { kind: 'target', value: 7.5 })] };
    assert.throws(
      () => loadReconcile(root, report, [], '/'),
      /content\/reports\/guowuyuan\/2014\/reconcile\.yaml: pair 1: field "target": "no-such" is no target of this report's indicators\.yaml/,
    );
    writeFileSync(
      join(root, 'content/reports/guowuyuan/2014/reconcile.yaml'),
      'pairs:\n  - target: t-gdp\n    result: r-gdp\n',
    );
    assert.throws(
      () => loadReconcile(root, report, [], '/'),
      /pair 1: field "result": the next year's report is not in the library/,
    );
    writeFileSync(
      join(root, 'content/reports/guowuyuan/2014/reconcile.yaml'),
      'confirmed: true\npairs:\n  - target: t-gdp\n    result: null\n',
    );
    const model = loadReconcile(root, report, [], '/');
    assert.deepEqual([model.draft, model.rows[0].verdict, model.rows[0].edited], [false, '未报告', true]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
