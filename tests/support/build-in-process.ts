/**
 * Builds the sites of tests/support/report-sites.ts and tests/support/variant-sites.ts, in
 * this process, one after another: Astro, Vite and the language data then load once instead
 * of once a site, which halves the time of each build after the first. Each site is made in
 * a throw-away copy of the project and kept, with its content/ and everything its making
 * printed, in the folder its module names.
 */
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { build } from 'astro';
import { fixtureProject, type FixtureProject } from '../../scripts/lib/fixture-project.ts';
import { applyImport, importReport, readReportFile, trialImport } from '../../src/importer/index.ts';
import { parseManuscript } from '../../src/importer/parse-manuscript.ts';
import { reportIdOf } from '../../src/importer/slug.ts';
import { REPORTS_DIR, reportFolder } from '../../src/node/content/report-files.ts';
import { FIXTURE_CONTENT, ROOT } from './fixture.ts';
import { FIXTURE_REPORTS, FIXTURE_REPORTS_DIR, reportSiteDir } from './report-sites.ts';
import { VARIANTS, variantSiteDir, type VariantName } from './variant-sites.ts';
import { printed } from '../../scripts/lib/printed.ts';

/**
 * Makes a copy of the project, lets `prepare` change it, builds it (under `base`, if given)
 * and keeps content/, dist/ and output.log in `target` (failed.log instead of the last two
 * when `prepare` or the build failed). Resolves with a line saying what came of it.
 */
async function buildSite(
  target: string,
  prepare: (project: FixtureProject) => Promise<void>,
  { base }: { base?: string } = {},
): Promise<string> {
  const project = await fixtureProject({ content: FIXTURE_CONTENT });
  await rm(target, { recursive: true, force: true });
  await mkdir(target, { recursive: true });
  // Astro reads the project it builds from the working directory (astro.config.mjs loads
  // the model from it, and the base path from BASE_PATH), as `npm run build` in the copy would.
  const cwd = process.cwd();
  const basePath = process.env.BASE_PATH;
  process.chdir(project.dir);
  if (base) process.env.BASE_PATH = base;
  else delete process.env.BASE_PATH;
  const name = relative(ROOT, target);
  try {
    const { output, error } = await printed(async () => {
      await prepare(project);
      await build({ root: project.dir, logLevel: 'info' });
    });
    await cp(join(project.dir, 'content'), join(target, 'content'), { recursive: true });
    if (error) {
      await writeFile(join(target, 'failed.log'), `${output}\n${String((error as Error).stack ?? error)}`);
      return `${name}/ failed: see ${name}/failed.log`;
    }
    await cp(join(project.dir, 'dist'), join(target, 'dist'), { recursive: true });
    await writeFile(join(target, 'output.log'), output);
    return `Built ${name}/.`;
  } finally {
    process.chdir(cwd);
    if (basePath === undefined) delete process.env.BASE_PATH;
    else process.env.BASE_PATH = basePath;
    await project.remove();
  }
}

/**
 * Imports fixture report `name` into the project in place of the report it held, as
 * `npm run import -- --only FILE` does.
 */
const importing = (name: string) => async (project: FixtureProject) => {
  const file = join(FIXTURE_REPORTS_DIR, name);
  const source = await readReportFile(file, name);
  await rm(join(project.dir, REPORTS_DIR), { recursive: true, force: true });
  const contentDir = join(project.dir, reportFolder(reportIdOf(parseManuscript(source, {}, name))));
  await mkdir(contentDir, { recursive: true });
  const result = await importReport({ source, sourceName: name, contentDir });
  await trialImport(result, contentDir);
  await applyImport(result, contentDir);
  console.log(`${result.manuscript.title}: ${result.summary}`);
};

/** Every site built here: where it goes, how the copy is made, and its base path. */
function sitesToBuild(): { target: string; prepare: (project: FixtureProject) => Promise<void>; base?: string }[] {
  return [
    ...FIXTURE_REPORTS.map((name) => ({ target: reportSiteDir(name), prepare: importing(name) })),
    ...(Object.entries(VARIANTS) as [VariantName, (typeof VARIANTS)[VariantName]][]).map(([name, variant]) => ({
      target: variantSiteDir(name),
      prepare: variant.change,
      base: variant.base,
    })),
  ];
}

/**
 * Builds the fixture reports' sites and the variants of the suites' report, one after
 * another; with `shard` (index, count), only every count-th of them from index on, so
 * that several processes can share the work. Resolves with a line for each.
 */
export async function buildSitesInProcess(shard = { index: 0, count: 1 }): Promise<string[]> {
  const lines: string[] = [];
  const sites = sitesToBuild().filter((_, i) => i % shard.count === shard.index);
  for (const { target, prepare, base } of sites) lines.push(await buildSite(target, prepare, { base }));
  return lines;
}
