/**
 * The report the suites know: the 七里河区 report as a project of its own
 * (tests/fixtures/qilihe/content/), so that the tests read it and never the live content/,
 * which `npm run import` may have replaced with another report.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureProject, type FixtureProject } from '../../scripts/lib/fixture-project.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A project root: loadReport(FIXTURE) reads FIXTURE/content/. */
export const FIXTURE = join(ROOT, 'tests/fixtures/qilihe');
export const FIXTURE_CONTENT = join(FIXTURE, 'content');

/** The built sites of the fixture (`npm run test:build`): at the root and under /report/. */
export const TEST_SITES = '.test-sites/qilihe';

/** A throw-away copy of the project with the fixture report as its content. */
export const fixtureReportProject = (): Promise<FixtureProject> => fixtureProject({ content: FIXTURE_CONTENT });
