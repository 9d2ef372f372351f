/**
 * A report with figures and without a glossary: the 主要指标 page shows the report's words
 * of its table as plain text, with no term links, no definitions and no term popover code.
 * One build of a copy of the project with content/glossary/ gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureReportProject } from '../support/fixture.ts';
import { removeGlossary } from '../support/without-glossary.ts';

test('without a glossary, the 主要指标 table links no term and carries no popover', async () => {
  const project = await fixtureReportProject();
  try {
    await removeGlossary(project);

    const { code, output } = await project.node('scripts/build.ts');
    assert.equal(code, 0, output.slice(-3000));

    const html = await readFile(join(project.dir, 'dist/indicators/index.html'), 'utf8');
    assert.match(html, /“两抢一盗”案件发案率/, 'the words are there, as text');
    assert.doesNotMatch(html, /class="term"|data-term=|\/glossary\//, 'no term link');
    assert.doesNotMatch(html, /term-popover|data-glossary-definitions|id="def-/, 'no definitions or popover code');
  } finally {
    await project.remove();
  }
});
