/**
 * A report with figures and without a glossary: the 主要指标 page shows the report's words
 * of its table as plain text, with no term links, no definitions and no term popover code.
 * The `no-glossary` variant of the report (tests/support/variant-sites.ts).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { variantSite } from '../support/variant-sites.ts';

test('without a glossary, the 主要指标 table links no term and carries no popover', async () => {
  const html = await (await variantSite('no-glossary')).page('indicators/index.html');
  assert.match(html, /“两抢一盗”案件发案率/, 'the words are there, as text');
  assert.doesNotMatch(html, /class="term"|data-term=|\/glossary\//, 'no term link');
  assert.doesNotMatch(html, /term-popover|data-glossary-definitions|id="def-/, 'no definitions or popover code');
});
