import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { missingBuilds } from '../../scripts/lib/builds.ts';

const SITE = '.test-sites/qilihe/dist';
const SUBPATH = '.test-sites/qilihe/dist-report';

test('a missing build is named in one line with the command that makes it, once', () => {
  const root = mkdtempSync(join(tmpdir(), 'builds-'));
  assert.equal(
    missingBuilds([SITE, SUBPATH], root),
    `${SITE}/ and ${SUBPATH}/ are missing: run npm run test:build first.`,
  );
  mkdirSync(join(root, SITE), { recursive: true });
  writeFileSync(join(root, SITE, 'index.html'), '');
  assert.equal(missingBuilds([SITE, SUBPATH], root), `${SUBPATH}/ is missing: run npm run test:build first.`);
  assert.equal(missingBuilds([SITE], root), '');
});
