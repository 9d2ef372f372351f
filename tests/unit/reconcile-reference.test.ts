/**
 * The 对账单 drafted from the national reports 2014–2019 and 2021–2022 against a reference read
 * by hand (tests/fixtures/reconcile/national.reference.yaml): GDP, jobs, unemployment, prices,
 * grain and energy, every pair of consecutive years. Precision (drafted pairs that are the
 * reference's) and recall (the reference's pairs drafted) must both reach 90 %, and the
 * verdicts must agree on every row paired as the reference pairs it. Every miss is printed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftedPairs, figureOf, figureText, REFERENCE } from '../support/reconcile-reference.ts';

const YEARS = [...new Set(REFERENCE.map((row) => row.year))].sort();
const INDICATORS = new Set(REFERENCE.map((row) => row.indicator));

test('the drafted 对账单 of the national reports against the reference', (t) => {
  let drafted = 0;
  let right = 0;
  let recalled = 0;
  const expected = REFERENCE.filter((row) => row.result !== null);
  const verdictMisses: string[] = [];
  for (const year of YEARS) {
    const pairs = draftedPairs(year);
    const rows = REFERENCE.filter((row) => row.year === year);
    // Precision: every drafted pair of a reference indicator with a result.
    for (const pair of pairs) {
      if (!pair.result || !pair.named || !INDICATORS.has(pair.named.id)) continue;
      drafted += 1;
      const row = rows.find((r) => r.indicator === pair.named!.id);
      const ok = row?.result !== null && row !== undefined && figureOf(row.result) === figureText(pair.result);
      if (ok) right += 1;
      else
        t.diagnostic(
          `${year} ${pair.named.id}: drafted ${figureText(pair.target)} → ${figureText(pair.result)} (${pair.result.indicator}); reference ${row ? `${row.target} → ${row.result}` : 'no target'}`,
        );
    }
    // Recall, and the verdicts of rows paired as the reference pairs them.
    for (const row of rows) {
      const mine = pairs.filter((pair) => pair.named?.id === row.indicator);
      const same = mine.find((pair) =>
        row.result === null ? !pair.result : pair.result && figureOf(row.result) === figureText(pair.result),
      );
      if (row.result !== null) {
        if (same) recalled += 1;
        else
          t.diagnostic(
            `${year} ${row.indicator}: not drafted: ${row.target} → ${row.result}${mine.length ? ` (drafted ${mine.map((p) => `${figureText(p.target)} → ${p.result ? figureText(p.result) : 'none'}`).join(', ')})` : ''}`,
          );
      }
      if (same && same.verdict !== row.verdict)
        verdictMisses.push(
          `${year} ${row.indicator}: drafted ${same.verdict} (${same.reason}), reference ${row.verdict}`,
        );
    }
  }
  t.diagnostic(
    `precision ${right}/${drafted} (${((100 * right) / drafted).toFixed(1)}%), recall ${recalled}/${expected.length} (${((100 * recalled) / expected.length).toFixed(1)}%)`,
  );
  assert.ok(REFERENCE.length >= 30);
  assert.ok(right / drafted >= 0.9, `precision ${right}/${drafted}`);
  assert.ok(recalled / expected.length >= 0.9, `recall ${recalled}/${expected.length}`);
  assert.deepEqual(verdictMisses, [], 'verdicts on the rows paired as the reference pairs them');
});
