/**
 * Byte budgets that are deterministic, so they can be asserted (times are printed by
 * `npm run bench`). The numbers and the checks are in tests/support/budgets.ts, shared with
 * the sites built from other reports.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, DIST } from '../support/dist.ts';
import { pagefindProblems, renderBlockingProblems, sectionCosts, webFonts } from '../support/budgets.ts';

const pages = await builtPages();

test('a section costs at most twice its own compressed text plus 7 KB before interaction', async (t) => {
  const costs = await sectionCosts(DIST, pages);
  for (const { path, total, budget } of costs) t.diagnostic(`${path}: ${total} of ${budget} bytes`);
  assert.ok(costs.length >= 12, `only ${costs.length} section pages weighed`);
  assert.deepEqual(
    costs
      .filter(({ total, budget }) => total > budget)
      .map(({ path, total, budget }) => `${path}: ${total} bytes > ${budget}`),
    [],
  );
});

test('nothing blocks rendering but one stylesheet, and there are no web fonts', async () => {
  assert.deepEqual(renderBlockingProblems(pages), []);
  assert.deepEqual(await webFonts(DIST), []);
});

test('Pagefind ships only what the site loads', async () => {
  assert.deepEqual(await pagefindProblems(DIST), []);
});
