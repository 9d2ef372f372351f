/**
 * A clean build is quiet: progress and real problems only, short enough to read, so that a
 * warning about the editor's content stands out.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fixtureReportProject } from '../support/fixture.ts';

test('a clean build prints at most 30 lines, no warnings, and the SITE_URL note once', async () => {
  const project = await fixtureReportProject();
  try {
    const { code, output } = await project.node('scripts/build.ts');
    assert.equal(code, 0, output.slice(-2000));
    const lines = output.trimEnd().split('\n');
    assert.ok(lines.length <= 30, `${lines.length} lines:\n${output}`);
    assert.doesNotMatch(output, /WARN|MODULE_LEVEL_DIRECTIVE/);
    assert.equal(output.match(/SITE_URL is not set/g)?.length, 1, output);
    assert.match(lines.at(-2) ?? '', /^Built dist\/ \(\d+ files\)\.$/);
  } finally {
    await project.remove();
  }
});
