/**
 * The query sets of tests/fixtures/queries/, asked of the site's own search engine over the
 * data files the build wrote (tests/support/built-search.ts), as the search page asks it when
 * Pagefind's index is missing: the results a reader gets are the engine's, in the order the
 * page lists them (src/client/search/render.ts, resultItems). Per kind, an expected paragraph
 * must be in the top three for at least 90 % of the everyday queries; a topic the report does
 * not mention must find nothing at all. How the page shows and marks them, and the set with
 * Pagefind, are the browser's (tests/e2e/search.test.ts, search-everyday.test.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DIST } from '../support/dist.ts';
import { builtSearch } from '../support/built-search.ts';
import { SEARCH_QUERIES } from '../fixtures/queries/search-queries.ts';
import { EVERYDAY_QUERIES, isExpected, type EverydayKind } from '../fixtures/queries/everyday-queries.ts';

const engine = builtSearch(DIST);

/** The links of the results list, in its order: the glossary answers, exact results, near results. */
async function results(query: string): Promise<{ path: string; hash: string }[]> {
  const outcome = await engine.search(query);
  const at = (url: string, anchor = '') => ({ path: url, hash: anchor ? `#${anchor}` : '' });
  return [
    ...(outcome.answer ? [at(outcome.answer.url)] : []),
    ...outcome.pinyinEntries.map((entry) => at(entry.url)),
    ...outcome.exact.map((hit) => at(hit.page.url, hit.passage.anchor)),
    ...outcome.near.map((hit) => at(hit.page.url, hit.passage.anchor)),
  ];
}

const tally = new Map<EverydayKind, { top1: number; top3: number; total: number; misses: string[] }>();
for (const { query, expect, kind } of EVERYDAY_QUERIES) {
  test(`everyday query [${kind}] ${query}`, async (t) => {
    const found = await results(query);
    const counts = tally.get(kind) ?? { top1: 0, top3: 0, total: 0, misses: [] };
    tally.set(kind, counts);
    counts.total += 1;
    const top = found.slice(0, 3);
    const hit = expect.length === 0 ? found.length === 0 : top.some((r) => isExpected(r, expect));
    if (expect.length === 0) assert.deepEqual(found, [], `${query} is not in the report: no result at all`);
    if (hit) counts.top3 += 1;
    if (expect.length === 0 ? hit : isExpected(found[0], expect)) counts.top1 += 1;
    if (!hit) {
      counts.misses.push(query);
      t.diagnostic(
        `missed: top three ${top.map((r) => r.path + r.hash).join(', ')}; expected one of ${expect.join(', ')}`,
      );
    }
  });
}

test('everyday query set: top-3 at least 90 % in every kind', (t) => {
  assert.ok(EVERYDAY_QUERIES.length >= 80);
  assert.ok(EVERYDAY_QUERIES.filter((q) => q.kind === 'absent').length >= 10);
  for (const [kind, c] of tally)
    t.diagnostic(
      `${kind}: top-1 ${c.top1}/${c.total}, top-3 ${c.top3}/${c.total}${c.misses.length ? ` (missed: ${c.misses.join('、')})` : ''}`,
    );
  for (const [kind, c] of tally) assert.ok(c.top3 / c.total >= 0.9, `${kind}: ${c.top3}/${c.total}`);
  assert.equal(
    [...tally.values()].reduce((n, c) => n + c.total, 0),
    EVERYDAY_QUERIES.length,
  );
});

test('without Pagefind, the set of exact queries still passes', async () => {
  for (const { query, expect } of SEARCH_QUERIES) {
    const top = (await results(query)).slice(0, 3).map((r) => r.path);
    if (expect.length === 0) assert.deepEqual(top, [], query);
    else
      assert.ok(
        top.some((path) => expect.includes(path)),
        `${query}: ${top.join(', ')}`,
      );
  }
});
