/**
 * The everyday query set of the 七里河区 report (tests/fixtures/queries/everyday-queries.ts)
 * and the query sets of three real reports imported with no hand-made search data
 * (national-2021.ts, hebei-2026.ts, beijing-2026.ts there), each query typed into the
 * report's own search page as a reader types it. Per kind, an expected paragraph must be in
 * the top three for at least 90 % of the queries, and a topic the report never mentions must
 * find nothing at all. The per-kind rates are printed as diagnostics.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { useSite } from '../support/browser-fixture.ts';
import { queryTyper } from '../support/search-page.ts';
import { reportSiteDir } from '../support/report-sites.ts';
import { NATIONAL_2021_QUERIES } from '../fixtures/queries/national-2021.ts';
import { HEBEI_2026_QUERIES } from '../fixtures/queries/hebei-2026.ts';
import { BEIJING_2026_QUERIES } from '../fixtures/queries/beijing-2026.ts';
import { EVERYDAY_QUERIES } from '../fixtures/queries/everyday-queries.ts';
import { DIST } from '../support/dist.ts';

/** A result is expected when it is the paragraph named, or on the page named without an anchor. */
const isExpected = (result: { path: string; hash: string }, expect: string[]) =>
  expect.some((e) => (e.includes('#') ? e === result.path + decodeURIComponent(result.hash) : e === result.path));

function querySet(name: string, dir: string, queries: { query: string; expect: string[]; kind: string }[]): void {
  const site = useSite({ dir });
  const typeQuery = queryTyper(() => site.newPage());
  const tally = new Map<string, { hits: number; total: number; misses: string[] }>();
  for (const { query, expect, kind } of queries) {
    test(`${name} [${kind}] ${query}`, async () => {
      const found = await typeQuery(query);
      const counts = tally.get(kind) ?? { hits: 0, total: 0, misses: [] };
      tally.set(kind, counts);
      counts.total += 1;
      if (expect.length === 0) {
        assert.deepEqual(found, [], `${query} is not in the report: no result at all`);
        counts.hits += 1;
        return;
      }
      const top = found.slice(0, 3);
      if (top.some((r) => isExpected(r, expect))) counts.hits += 1;
      else counts.misses.push(`${query} (${top.map((r) => r.path + r.hash).join(', ') || 'nothing'})`);
    });
  }
  test(`${name}: top-3 at least 90 % in every kind`, (t) => {
    assert.equal(
      [...tally.values()].reduce((n, c) => n + c.total, 0),
      queries.length,
    );
    for (const [kind, c] of tally) {
      t.diagnostic(`${kind}: ${c.hits}/${c.total}${c.misses.length ? `; missed ${c.misses.join('; ')}` : ''}`);
      assert.ok(c.total >= 5, `${kind}: at least five queries`);
    }
    for (const [kind, c] of tally) assert.ok(c.hits / c.total >= 0.9, `${kind}: ${c.hits}/${c.total}`);
  });
}

const imported = (name: string) => join(reportSiteDir(name), 'dist');
querySet('qilihe', DIST, EVERYDAY_QUERIES);
querySet('national-2021', imported('national-2021'), NATIONAL_2021_QUERIES);
querySet('hebei-2026', imported('hebei-2026'), HEBEI_2026_QUERIES);
querySet('beijing-2026', imported('beijing-2026'), BEIJING_2026_QUERIES);
