/**
 * A clean build is quiet: progress and real problems only, short enough to read, so that a
 * warning about the editor's content stands out. Read from what the build of the fixture
 * report printed (npm run test:build).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DIST } from '../support/dist.ts';

test('a clean build prints at most 30 lines, no warnings, and the SITE_URL note once', async () => {
  const output = await readFile(join(DIST, '..', 'dist.log'), 'utf8');
  const lines = output.trimEnd().split('\n');
  assert.ok(lines.length <= 30, `${lines.length} lines:\n${output}`);
  assert.doesNotMatch(output, /WARN|MODULE_LEVEL_DIRECTIVE/);
  assert.equal(output.match(/SITE_URL is not set/g)?.length, 1, output);
  assert.match(lines.at(-2) ?? '', /^Built dist\/ \(\d+ files\)\.$/);
});
