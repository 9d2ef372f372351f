/**
 * The sites built from the real reports of tests/fixtures/reports/, once per test file: a
 * `before` hook imports and builds each in its own copy of the project (two at a time, the
 * builds being mostly single-threaded), an `after` hook removes the copies. A site whose
 * import or build failed fails each of its tests with the tool's output.
 */
import { after, before } from 'node:test';
import { readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { buildReportSite, type ReportSite } from '../../scripts/lib/report-site.ts';
import { FIXTURE_CONTENT } from './fixture.ts';
import { builtPages, ROOT } from './dist.ts';

export const FIXTURE_REPORTS_DIR = join(ROOT, 'tests/fixtures/reports');

/** The file names of the fixture reports, e.g. `sichuan-2026.txt`. */
export const FIXTURE_REPORTS = readdirSync(FIXTURE_REPORTS_DIR)
  .filter((name) => name.endsWith('.txt'))
  .sort();

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
  /** The section slugs in the order of content/sections (their `order` field). */
  contentOrder: string[];
  html(path: string): string;
}

/** How many sites are built at once. */
const PARALLEL_BUILDS = 2;

async function contentOrderOf(projectDir: string): Promise<string[]> {
  const dir = join(projectDir, 'content/sections');
  const sections = await Promise.all(
    (await readdir(dir)).map(async (name) => {
      const text = await readFile(join(dir, name), 'utf8');
      return { slug: /^slug: "([^"]+)"$/m.exec(text)?.[1] ?? name, order: Number(/^order: (\d+)$/m.exec(text)?.[1]) };
    }),
  );
  return sections.sort((a, b) => a.order - b.order).map((s) => s.slug);
}

async function readSite(name: string, site: ReportSite): Promise<FixtureSite> {
  const pages = await builtPages(site.dist);
  const byPath = new Map(pages.map((page) => [page.path, page.html]));
  return {
    name,
    source: await readFile(join(FIXTURE_REPORTS_DIR, name), 'utf8'),
    dist: site.dist,
    output: site.output,
    pages,
    contentOrder: await contentOrderOf(site.dir),
    html(path) {
      const html = byPath.get(path);
      if (html === undefined) throw new Error(`${name}: the build has no ${path}`);
      return html;
    },
  };
}

/** Builds every fixture report's site before the file's tests; `site(name)` hands one out. */
export function useFixtureSites(names = FIXTURE_REPORTS): (name: string) => FixtureSite {
  const built = new Map<string, ReportSite>();
  const sites = new Map<string, FixtureSite | Error>();
  before(async () => {
    const queue = [...names];
    const worker = async () => {
      for (let name = queue.shift(); name; name = queue.shift()) {
        const site = await buildReportSite(join(FIXTURE_REPORTS_DIR, name), FIXTURE_CONTENT);
        built.set(name, site);
        sites.set(
          name,
          site.built
            ? await readSite(name, site)
            : new Error(`${name}: the import or the build failed:\n${site.output.slice(-3000)}`),
        );
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_BUILDS }, worker));
  });
  after(async () => {
    await Promise.all([...built.values()].map((site) => site.remove()));
  });
  return (name) => {
    const site = sites.get(name);
    if (!site) throw new Error(`${name} was not built`);
    if (site instanceof Error) throw site;
    return site;
  };
}
