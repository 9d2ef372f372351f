/**
 * `npm run test:build`: builds, once per run, the sites the suites read:
 * - the site of the suites' own report (tests/fixtures/qilihe/), at the root and under
 *   /report/, into .test-sites/qilihe/dist and dist-report, with what each build printed
 *   (dist.log, dist-report.log), through `npm run build` as an editor runs it;
 * - the site of each real report of tests/fixtures/reports/, imported and built in a copy of
 *   the project, into .test-sites/reports/<name>/ (tests/support/report-sites.ts);
 * - the suites' report changed as several suites need it (a paragraph inserted, a section
 *   renamed, no glossary…), into .test-sites/variants/<name>/ (tests/support/variant-sites.ts).
 * Every build runs in a throw-away copy of the project, so content/ (whatever report it
 * holds) is not touched. All but the first two are built in this process, one after another
 * (tests/support/build-in-process.ts), beside the first two, which run `npm run build` as an
 * editor does.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureReportProject, ROOT, TEST_SITES } from './support/fixture.ts';
import { buildSitesInProcess } from './support/build-in-process.ts';

/** Builds the suites' report twice; resolves with what to print and the output of a failed build. */
async function buildSuitesReport(): Promise<{ built: string[]; failures: string[] }> {
  const built: string[] = [];
  const failures: string[] = [];
  const project = await fixtureReportProject();
  try {
    for (const [out, env] of [
      ['dist', {}],
      ['dist-report', { BASE_PATH: '/report/' }],
    ] as const) {
      const { code, output } = await project.nodeWith(env, 'scripts/build.ts', '--out', out);
      if (code !== 0) {
        failures.push(output);
        break;
      }
      const target = join(ROOT, TEST_SITES, out);
      await rm(target, { recursive: true, force: true });
      await cp(join(project.dir, out), target, { recursive: true });
      // What the build printed, for the test that a clean build is quiet.
      await writeFile(join(ROOT, TEST_SITES, `${out}.log`), output);
      built.push(`Built ${TEST_SITES}/${out}/ from tests/fixtures/qilihe/.`);
    }
  } finally {
    await project.remove();
  }
  return { built, failures };
}

// Printed when both are done: the report sites' builds take what this process prints as
// their output while they run.
const [{ built, failures }, reportSites] = await Promise.all([buildSuitesReport(), buildSitesInProcess()]);
console.log([...built, ...reportSites].join('\n'));
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
