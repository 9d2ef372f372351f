/**
 * `npm run test:build`: builds the site of the suites' own report (tests/fixtures/qilihe/)
 * once per run, at the root and under /report/, into .test-sites/qilihe/dist and
 * dist-report, where the site and browser tests read it, with what each build printed
 * (dist.log, dist-report.log). The build runs in a throw-away copy
 * of the project, so content/ (whatever report it holds) is not touched.
 */
import { cp, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fixtureReportProject, ROOT, TEST_SITES } from './support/fixture.ts';

const project = await fixtureReportProject();
try {
  for (const [out, env] of [
    ['dist', {}],
    ['dist-report', { BASE_PATH: '/report/' }],
  ] as const) {
    const { code, output } = await project.nodeWith(env, 'scripts/build.ts', '--out', out);
    if (code !== 0) {
      console.error(output);
      process.exit(code ?? 1);
    }
    const target = join(ROOT, TEST_SITES, out);
    await rm(target, { recursive: true, force: true });
    await cp(join(project.dir, out), target, { recursive: true });
    // What the build printed, for the test that a clean build is quiet.
    await writeFile(join(ROOT, TEST_SITES, `${out}.log`), output);
    console.log(`Built ${TEST_SITES}/${out}/ from tests/fixtures/qilihe/.`);
  }
} finally {
  await project.remove();
}
