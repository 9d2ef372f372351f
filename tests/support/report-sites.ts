/**
 * The sites of the real reports of tests/fixtures/reports/, made as an editor makes one: a
 * throw-away copy of the project, the report imported into it, the site built. `npm run
 * test:build` makes them once per run into .test-sites/reports/<name>/ (dist/, the content/
 * the import wrote, and output.log, everything the import and the build printed, or
 * failed.log instead when either failed): tests/support/build-in-process.ts makes them,
 * tests/support/fixture-sites.ts reads them.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './fixture.ts';

export const FIXTURE_REPORTS_DIR = join(ROOT, 'tests/fixtures/reports');
export const REPORT_SITES = join(ROOT, '.test-sites/reports');

/** The file names of the fixture reports, e.g. `sichuan-2026.txt`. */
export const FIXTURE_REPORTS = readdirSync(FIXTURE_REPORTS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

/** Where the site of fixture report `name` is kept. */
export const reportSiteDir = (name: string): string => join(REPORT_SITES, name.replace(/\.txt$/, ''));
