/**
 * The report the suites know: the 七里河区 report as a project of its own
 * (tests/fixtures/qilihe/content/), so that the tests read it and never the live content/,
 * which `npm run import` may have replaced with another report.
 */
import assert from 'node:assert/strict';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureProject, type FixtureProject } from '../../scripts/lib/fixture-project.ts';
import { loadReport } from '../../src/node/content/load-report.ts';
import { ContentError } from '../../src/shared/content-error.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** A project root: loadReport(FIXTURE) reads the report of FIXTURE/content/reports/. */
export const FIXTURE = join(ROOT, 'tests/fixtures/qilihe');
/** The project's content/, copied whole into a throw-away project. */
export const FIXTURE_CONTENT = join(FIXTURE, 'content');
/** The report's folder, relative to the project, as messages name its files. */
export const FIXTURE_REPORT = 'content/reports/qilihequ/2021';
/** The same, absolute. */
export const FIXTURE_REPORT_DIR = join(FIXTURE, FIXTURE_REPORT);

/** The built sites of the fixture (`npm run test:build`): at the root and under /report/. */
export const TEST_SITES = '.test-sites/qilihe';

/** A throw-away copy of the project with the fixture report as its content. */
export const fixtureReportProject = (): Promise<FixtureProject> => fixtureProject({ content: FIXTURE_CONTENT });

/**
 * What the model of the report (the first thing the build runs) says of the fixture's content
 * with files changed (`{ 'content/reports/qilihequ/2021/sections/04-challenges.mdx': (text) => … }`): its message,
 * or '' when it accepts the content. In process, on a copy of content/ only: no copy of the
 * project, no Astro.
 */
export async function modelMessage(changes: Record<string, (text: string) => string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'fixture-content-'));
  try {
    await cp(FIXTURE_CONTENT, join(root, 'content'), { recursive: true });
    for (const [file, change] of Object.entries(changes)) {
      await writeFile(join(root, file), change(await readFile(join(root, file), 'utf8')));
    }
    loadReport(root);
    return '';
  } catch (error) {
    assert.ok(error instanceof ContentError, String(error));
    return error.message;
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}
