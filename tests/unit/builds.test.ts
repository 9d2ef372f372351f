import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingBuilds } from '../../scripts/lib/builds.ts';

test('a missing build is named in one line with the command that makes it', () => {
  const root = mkdtempSync(join(tmpdir(), 'builds-'));
  assert.equal(
    missingBuilds(['dist', 'dist-report'], root),
    'dist/ and dist-report/ are missing: run npm run build and npm run build:subpath first.',
  );
  mkdirSync(join(root, 'dist'));
  writeFileSync(join(root, 'dist/index.html'), '');
  assert.equal(
    missingBuilds(['dist', 'dist-report'], root),
    'dist-report/ is missing: run npm run build:subpath first.',
  );
  assert.equal(missingBuilds(['dist'], root), '');
});
