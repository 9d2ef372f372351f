/**
 * The sites of the real reports of tests/fixtures/reports/, as `npm run test:build` made them
 * (tests/support/report-sites.ts), read once per test file by a `before` hook. A site whose
 * import or build failed fails each of its tests with the tool's output.
 */
import { before } from 'node:test';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { builtPages } from './dist.ts';
import { REPORT_FILES, reportFolder, reportIds } from '../../src/node/content/report-files.ts';
import { FIXTURE_REPORTS, FIXTURE_REPORTS_DIR, reportSiteDir } from './report-sites.ts';

export { FIXTURE_REPORTS, FIXTURE_REPORTS_DIR } from './report-sites.ts';

export interface FixtureSite {
  name: string;
  /** The report's text as copied from the web. */
  source: string;
  /** The built site. */
  dist: string;
  /** What the import and the build printed. */
  output: string;
  /** Every HTML page of the build but the redirect pages. */
  pages: { path: string; html: string }[];
  /** The folder the import wrote the report into (content/reports/<government>/<year>/). */
  reportDir: string;
  /** The section slugs in the order of the report's sections/ (their `order` field). */
  contentOrder: string[];
  html(path: string): string;
}

async function contentOrderOf(reportDir: string): Promise<string[]> {
  const dir = join(reportDir, REPORT_FILES.sections);
  const sections = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      return { slug: /^slug: "([^"]+)"$/m.exec(text)?.[1] ?? name, order: Number(/^order: (\d+)$/m.exec(text)?.[1]) };
    }),
  );
  return sections.sort((a, b) => a.order - b.order).map((s) => s.slug);
}

async function readSite(name: string): Promise<FixtureSite | Error> {
  const dir = reportSiteDir(name);
  const relative = `.test-sites/reports/${name.replace(/\.txt$/, '')}`;
  if (existsSync(join(dir, 'failed.log'))) {
    const output = await readFile(join(dir, 'failed.log'), 'utf8');
    return new Error(`${name}: the import or the build failed:\n${output.slice(-3000)}`);
  }
  if (!existsSync(join(dir, 'dist', 'index.html')))
    return new Error(`${relative}/dist/ is missing: run npm run test:build first.`);
  const dist = join(dir, 'dist');
  const pages = await builtPages(dist);
  const byPath = new Map(pages.map((page) => [page.path, page.html]));
  const [id] = reportIds(dir);
  const reportDir = join(dir, reportFolder(id));
  return {
    name,
    source: await readFile(join(FIXTURE_REPORTS_DIR, name), 'utf8'),
    dist,
    output: await readFile(join(dir, 'output.log'), 'utf8'),
    pages,
    reportDir,
    contentOrder: await contentOrderOf(reportDir),
    html(path) {
      const html = byPath.get(path);
      if (html === undefined) throw new Error(`${name}: the build has no ${path}`);
      return html;
    },
  };
}

/** Reads every fixture report's site before the file's tests; `site(name)` hands one out. */
export function useFixtureSites(names = FIXTURE_REPORTS): (name: string) => FixtureSite {
  const sites = new Map<string, FixtureSite | Error>();
  before(async () => {
    for (const [i, site] of (await Promise.all(names.map(readSite))).entries()) sites.set(names[i], site);
  });
  return (name) => {
    const site = sites.get(name);
    if (!site) throw new Error(`${name} was not read`);
    if (site instanceof Error) throw site;
    return site;
  };
}
