/**
 * `npm run test:build`: builds, once per run, the sites the suites read:
 * - the site of the suites' own report (tests/fixtures/qilihe/), at the root and under
 *   /report/, into .test-sites/qilihe/dist and dist-report, with what each build printed
 *   (dist.log, dist-report.log), through `npm run build` as an editor runs it;
 * - the site of each real report of tests/fixtures/reports/, imported and built in a copy of
 *   the project, into .test-sites/reports/<name>/ (tests/support/report-sites.ts);
 * - a library of the suites' report and two years of the national report, through
 *   `npm run import` and `npm run build`, into .test-sites/library/ (tests/support/library-site.ts);
 * - a library of eight years of the national report alone, the same way, into
 *   .test-sites/national/ (tests/support/national-library.ts);
 * - the suites' report changed as several suites need it (a paragraph inserted, a section
 *   renamed, no glossary…), into .test-sites/variants/<name>/ (tests/support/variant-sites.ts).
 * Every build runs in a throw-away copy of the project, so content/ (whatever report it
 * holds) is not touched. All but the first two are built in two processes of this script
 * (`--shard 0/2`, `--shard 1/2`), each loading Astro once and building its share one after
 * another (tests/support/build-in-process.ts), beside the first two, which run
 * `npm run build` as an editor does.
 */
import { spawn } from 'node:child_process';
import { cp, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fixtureReportProject, ROOT, TEST_SITES } from './support/fixture.ts';
import { buildSitesInProcess } from './support/build-in-process.ts';
import { FIXTURE_REPORTS_DIR } from './support/report-sites.ts';
import { LIBRARY_REPORTS, LIBRARY_SITE } from './support/library-site.ts';
import { NATIONAL_REPORTS, NATIONAL_SITE } from './support/national-library.ts';

/** Builds the suites' report twice, then a library around it; resolves with what to print and the output of a failed build. */
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
    if (failures.length === 0) {
      // The library: the suites' report, once the only one, and two years of one government,
      // added by `npm run import` and built by `npm run build` as an editor runs them.
      const reports = LIBRARY_REPORTS.map((name) => join(FIXTURE_REPORTS_DIR, name));
      const imported = await project.node('scripts/import-report.ts', ...reports);
      const library = imported.code === 0 ? await project.node('scripts/build.ts', '--out', 'dist-library') : imported;
      if (library.code !== 0) failures.push(library.output);
      else {
        await rm(LIBRARY_SITE, { recursive: true, force: true });
        await cp(join(project.dir, 'dist-library'), join(LIBRARY_SITE, 'dist'), { recursive: true });
        await cp(join(project.dir, 'content'), join(LIBRARY_SITE, 'content'), { recursive: true });
        await writeFile(join(LIBRARY_SITE, 'output.log'), `${imported.output}\n${library.output}`);
        built.push(
          `Built ${relative(ROOT, LIBRARY_SITE)}/ from tests/fixtures/qilihe/ and ${LIBRARY_REPORTS.join(', ')}.`,
        );
      }
    }
  } finally {
    await project.remove();
  }
  return { built, failures };
}

/** Imports the eight national reports into a project of no other report and builds the library. */
async function buildNationalLibrary(): Promise<{ built: string[]; failures: string[] }> {
  const project = await fixtureReportProject();
  try {
    await rm(join(project.dir, 'content/reports'), { recursive: true, force: true });
    await rm(join(project.dir, 'content/library.yaml'), { force: true });
    const imported = await project.node('scripts/import-report.ts', ...NATIONAL_REPORTS);
    const library = imported.code === 0 ? await project.node('scripts/build.ts', '--out', 'dist') : imported;
    if (library.code !== 0) return { built: [], failures: [library.output] };
    await rm(NATIONAL_SITE, { recursive: true, force: true });
    await cp(join(project.dir, 'dist'), join(NATIONAL_SITE, 'dist'), { recursive: true });
    await cp(join(project.dir, 'content'), join(NATIONAL_SITE, 'content'), { recursive: true });
    return {
      built: [`Built ${relative(ROOT, NATIONAL_SITE)}/ from ${NATIONAL_REPORTS.length} national reports.`],
      failures: [],
    };
  } finally {
    await project.remove();
  }
}

/** Runs this script for one shard of the sites built in process; resolves with what it printed. */
function buildShard(index: number, count: number): Promise<{ lines: string; failed: boolean }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--shard', `${index}/${count}`], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const output: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => output.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => output.push(chunk));
    child.on('close', (code) => resolve({ lines: Buffer.concat(output).toString().trimEnd(), failed: code !== 0 }));
  });
}

const shardArgument = process.argv.indexOf('--shard');
if (shardArgument >= 0) {
  // One shard, in this process: what it prints while building is each site's output, so
  // the lines saying what was built come at the end.
  const [index, count] = process.argv[shardArgument + 1].split('/').map(Number);
  console.log((await buildSitesInProcess({ index, count })).join('\n'));
  process.exit(0);
}

// The sites built in process are shared between two processes, beside the two builds of the
// suites' report: on two cores the three chains end at about the same time.
const [{ built, failures }, national, ...shards] = await Promise.all([
  buildSuitesReport(),
  buildNationalLibrary(),
  buildShard(0, 2),
  buildShard(1, 2),
]);
failures.push(...national.failures);
console.log([...built, ...national.built, ...shards.map((shard) => shard.lines)].join('\n'));
for (const shard of shards) if (shard.failed) failures.push(shard.lines);
if (failures.length > 0) {
  console.error(failures.join('\n'));
  process.exit(1);
}
