/**
 * The builds the site and browser tests read, and the command that makes each: a test run
 * before its build says in one line what to run, instead of failing on a missing file.
 * They are sites of the suites' own fixtures (tests/fixtures/), not of content/.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

export const BUILDS = {
  '.test-sites/qilihe/dist': 'npm run test:build',
  '.test-sites/qilihe/dist-report': 'npm run test:build',
  '.test-sites/library/dist': 'npm run test:build',
  '.test-sites/national/dist': 'npm run test:build',
  '.test-sites/reports/national-2021/dist': 'npm run test:build',
  '.test-sites/reports/hebei-2026/dist': 'npm run test:build',
  '.test-sites/reports/beijing-2026/dist': 'npm run test:build',
} as const;

export type BuildDir = keyof typeof BUILDS;

/** One line naming the builds that are missing and how to make them, or '' when all are there. */
export function missingBuilds(dirs: BuildDir[], root = ROOT): string {
  const missing = dirs.filter((dir) => !existsSync(join(root, dir, 'index.html')));
  if (missing.length === 0) return '';
  const commands = [...new Set(missing.map((dir) => BUILDS[dir]))];
  return `${missing.map((dir) => `${dir}/`).join(' and ')} ${missing.length > 1 ? 'are' : 'is'} missing: run ${commands.join(' and ')} first.`;
}
