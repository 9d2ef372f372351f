/**
 * A report with figures and without a glossary: the 主要指标 page shows the report's words
 * of its table as plain text, with no term links, no definitions and no term popover code.
 * One build of a copy of the project with content/glossary/ gone.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureProject } from '../../scripts/lib/fixture-project.ts';

test('without a glossary, the 主要指标 table links no term and carries no popover', async () => {
  const project = await fixtureProject();
  try {
    await rm(join(project.dir, 'content/glossary'), { recursive: true });
    // The glossary's addresses were never published for this report.
    await project.write('content/published.yaml', 'pages: []\nsections: []\nglossary: []\n');
    // Hand-written glossary links would name entries that no longer exist: keep their words.
    const sections = join(project.dir, 'content/sections');
    for (const name of await readdir(sections)) {
      await project.edit(`content/sections/${name}`, (text) => text.replace(/\[([^\]]*)\]\(glossary:[^)]*\)/g, '$1'));
    }

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
