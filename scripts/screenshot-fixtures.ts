/**
 * Screenshots of sites built from other reports, to look at what a reader of such a site
 * sees: the home page, the first section, the glossary and one entry, and 主要指标 (where the
 * site has them), on a phone (390×844) and a desktop (1440×900).
 *
 *   node scripts/screenshot-fixtures.ts <out-folder>                  every report of tests/fixtures/reports/
 *   node scripts/screenshot-fixtures.ts <out-folder> a.txt b/dist     reports to import and build, or built sites
 *   … --full                                                          whole pages, not only the first screen
 *
 * A report is imported and built in a throw-away copy of the project (scripts/lib/report-site.ts),
 * removed afterwards. Files are named <site>-<page>-<width>.png.
 */
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';
import { buildReportSite, type ReportSite } from './lib/report-site.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const args = process.argv.slice(2);
const full = args.includes('--full');
const [out, ...inputs] = args.filter((arg) => !arg.startsWith('--'));
if (!out) {
  console.error('usage: node scripts/screenshot-fixtures.ts <out-folder> [report.txt | built-site-folder]... [--full]');
  process.exit(1);
}

const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1440, height: 900 },
];

/** The pages to photograph, by the links the home page and the glossary offer. */
async function pagesOf(dist: string): Promise<{ name: string; path: string }[]> {
  const home = await readFile(join(dist, 'index.html'), 'utf8');
  const pages = [{ name: 'home', path: '' }];
  const section = /href="\/(sections\/[^/"]+\/)"/.exec(home)?.[1];
  if (section) pages.push({ name: 'section', path: section });
  if (existsSync(join(dist, 'glossary/index.html'))) {
    pages.push({ name: 'glossary', path: 'glossary/' });
    const entry = (await readdir(join(dist, 'glossary'), { withFileTypes: true })).find((e) => e.isDirectory());
    if (entry) pages.push({ name: 'entry', path: `glossary/${entry.name}/` });
  }
  if (existsSync(join(dist, 'indicators/index.html'))) pages.push({ name: 'indicators', path: 'indicators/' });
  return pages;
}

const fixtures = join(root, 'tests/fixtures/reports');
const sources =
  inputs.length > 0
    ? inputs.map((input) => resolve(input))
    : (await readdir(fixtures))
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((name) => join(fixtures, name));

await mkdir(out, { recursive: true });
const browser = await launchChromium();
try {
  for (const source of sources) {
    const name = basename(source.replace(/\/dist\/?$/, ''), '.txt');
    let built: ReportSite | undefined;
    let dist = source;
    if (source.endsWith('.txt')) {
      built = await buildReportSite(source);
      if (!built.built) {
        console.error(`${name}: the import or the build failed:\n${built.output.slice(-2000)}`);
        await built.remove();
        continue;
      }
      dist = built.dist;
    }
    const server = await serveStatic(dist);
    try {
      for (const { width, height } of VIEWPORTS) {
        const context = await browser.newContext({ viewport: { width, height }, baseURL: server.url });
        const page = await context.newPage();
        for (const { name: pageName, path } of await pagesOf(dist)) {
          await page.goto(path);
          const file = join(out, `${name}-${pageName}-${width}.png`);
          await page.screenshot({ path: file, fullPage: full });
          console.log(file);
        }
        await context.close();
      }
    } finally {
      await server.close();
      await built?.remove();
    }
  }
} finally {
  await browser.close();
}
