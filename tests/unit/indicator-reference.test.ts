/**
 * The importer's figure draft against figures read by hand (tests/fixtures/indicators/): on
 * three real reports (two read whole, four pages of a third), at least 90 % of the drafted
 * rows must carry a name a reader would write, the right period and the right kind. The
 * rates by report and by fault, and every row that disagrees, are printed as diagnostics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { draftAgainstReference, type Fault } from '../support/figure-reference.ts';

const REPORTS = ['hebei-2026', 'national-2021', 'tianjin-2026'];

let drafted = 0;
let agreed = 0;
for (const name of REPORTS) {
  test(`${name}: the draft's figures agree with the reference`, (t) => {
    const { rows, missing } = draftAgainstReference(name);
    const agree = rows.filter((row) => row.faults.length === 0).length;
    drafted += rows.length;
    agreed += agree;
    const by = (fault: Fault) => rows.filter((row) => row.faults.includes(fault)).length;
    t.diagnostic(
      `${agree}/${rows.length} drafted rows agree (${((100 * agree) / rows.length).toFixed(1)}%); faults: name ${by('name')}, period ${by('period')}, kind ${by('kind')}, not a figure ${by('not a figure')}; figures of the reference not drafted: ${missing.length}`,
    );
    for (const row of rows.filter((r) => r.faults.length > 0))
      t.diagnostic(
        `${row.key}: ${row.faults.join(', ')}: drafted ${row.drafted.indicator} · ${row.drafted.period} · ${row.drafted.kind}${row.reference ? `; reference ${row.reference.indicator.join(' / ')} · ${row.reference.period} · ${row.reference.kind}` : ''}`,
      );
    for (const row of missing) t.diagnostic(`not drafted: ${row.at} ${row.figure} (${row.indicator[0]})`);
    assert.ok(rows.length >= 20, 'the pages read hold many figures');
    assert.ok(agree / rows.length >= 0.9, `${agree}/${rows.length}`);
  });
}

test('together: at least 100 drafted rows read by hand, at least 90 % agreeing', () => {
  assert.ok(drafted >= 100, `${drafted} rows`);
  assert.ok(agreed / drafted >= 0.9, `${agreed}/${drafted}`);
});
