/**
 * Builds the site into a staging folder and moves it to its place only when the whole
 * build (pages, Pagefind index, search data) succeeded: a failed build never leaves a
 * half-written site where a deployment would pick it up.
 *
 *   npm run build                                   → dist/
 *   BASE_PATH=/report/ npm run build -- --out dist-report   → a build for a sub-path
 *
 * A library of one report is that report's site at the root. A library of several
 * (content/reports/ holds more than one report, src/shared/library.ts) is built as the
 * library's own pages (astro.library.config.mjs) with each report's site under its address,
 * `<government>/<year>/`, one report after another in one process. Then every address a report published
 * where it was served before (content/library.yaml: the root, when it was the only report)
 * answers with a copy of its page now, unless the library's own page is there, and the
 * homes of the reports withdrawn from the library lead where their editor sent them.
 *
 * The output is kept short enough to read: Astro's line per generated page is counted
 * instead of printed; everything else (progress, warnings, errors) is passed through.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { DEFAULT_SITE_URL } from '../src/shared/site-url.ts';
import { reportIds, reportFolder } from '../src/node/content/report-files.ts';
import { isLibrary, reportPath } from '../src/shared/library.ts';
import { normalizeBase } from '../src/shared/urls.ts';
import { ContentError } from '../src/shared/content-error.ts';
import {
  earlierPlaces,
  formatLibraryRecord,
  LIBRARY_FILE,
  readLibraryRecord,
  recordProblems,
  recordServed,
} from '../src/node/content/library-record.ts';
import { copyPublishedPages, withdrawnPage } from './lib/earlier-addresses.ts';
import { writePagefindIndex } from '../src/node/search/pagefind-index.ts';

const root = fileURLToPath(new URL('../', import.meta.url));
const argv = process.argv.slice(2);
const out = argv.includes('--out') ? argv[argv.indexOf('--out') + 1] : 'dist';
const target = join(root, out);
const staging = join(root, `.${out}-staging`);
const astro = join(root, 'node_modules/astro/bin/astro.mjs');

/** Reports built by one process before a fresh one takes over. */
const BATCH = 20;

/** Astro's line for each generated page: `07:00:55   ├─ /glossary/liuwen/index.html (+12ms)`. */
const PAGE_LINE = /^\S*\s+[├└]─ \//;

/** Runs `astro build` with `args`, printing as it goes; resolves with its status and the pages it wrote. */
async function astroBuild(args: string[]): Promise<{ status: number | null; pages: number }> {
  const child = spawn(process.execPath, [astro, 'build', ...args], {
    cwd: root,
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let pages = 0;
  for await (const line of createInterface({ input: child.stdout })) {
    if (PAGE_LINE.test(line)) pages += 1;
    else if (line.trim() && !/^\s*generating static routes\s*$/.test(line)) console.log(line);
  }
  const status: number | null = await new Promise((resolve) => {
    if (child.exitCode !== null) resolve(child.exitCode);
    else child.on('close', resolve);
  });
  return { status, pages };
}

function fail(status: number | null): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\nBuild failed: ${out}/ was left as it was.`);
  process.exit(status ?? 1);
}

rmSync(staging, { recursive: true, force: true });
const ids = reportIds(root);
// The library's memory of its reports (content/library.yaml): checked before anything is
// built, so that a report removed by mistake stops the build with what it would lose.
const record = (() => {
  try {
    const read = readLibraryRecord(root);
    const problems = recordProblems(read, ids);
    if (problems.length) throw new ContentError(problems);
    return read;
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    console.error(error.message);
    console.error(`\nBuild failed: ${out}/ was left as it was.`);
    process.exit(1);
  }
})();
// Where each report was served before: read now, since its build fills a new report's list.
const earlier = new Map(ids.map((id) => [id, earlierPlaces(record, root, id)]));
let pages = 0;
const served = new Map<string, string>();
if (!isLibrary(ids)) {
  const result = await astroBuild(['--outDir', staging]);
  if (result.status !== 0) fail(result.status);
  pages += result.pages;
  if (ids[0]) served.set(ids[0], '');
} else {
  console.log(`A library of ${ids.length} reports: the library's pages, then each report under its address.`);
  const library = await astroBuild(['--config', 'astro.library.config.mjs', '--outDir', staging]);
  if (library.status !== 0) fail(library.status);
  pages += library.pages;
  // A process builds reports in turn (scripts/lib/build-reports.ts): Astro loads once for
  // many. One process at a time, since Astro keeps a project's generated modules (.astro/) in
  // one place; a new one every BATCH reports, since each build leaves some memory behind
  // (about 30 to 60 MB a report here), which a library of hundreds would pile up.
  for (let from = 0; from < ids.length; from += BATCH) {
    const batch = ids.slice(from, from + BATCH);
    const child = spawn(process.execPath, [join(root, 'scripts/lib/build-reports.ts'), staging, ...batch], {
      cwd: root,
      stdio: ['inherit', 'pipe', 'inherit'],
    });
    for await (const line of createInterface({ input: child.stdout })) {
      console.log(line);
      const built = /^(\S+)\/: (\d+) files$/.exec(line);
      if (built) {
        pages += Number(built[2]);
        served.set(built[1], reportPath(built[1]));
      }
    }
    const status: number | null = await new Promise((resolve) => {
      if (child.exitCode !== null) resolve(child.exitCode);
      else child.on('close', resolve);
    });
    if (status !== 0) fail(status);
  }
}
// Addresses published where a report was served before keep answering with its pages.
for (const [id, at] of served) {
  for (const base of (earlier.get(id) ?? []).filter((base) => base !== at)) {
    const copied = await copyPublishedPages(join(root, reportFolder(id)), join(staging, at), join(staging, base));
    if (copied.length)
      console.log(`${id}: ${copied.length} addresses published at /${base} answer with its pages there.`);
  }
}
// One index of every report, for the library's search (src/library/pages/search.astro): the
// reports' own pages only (<government>/<year>/…), not the library's or the copies.
if (isLibrary(ids)) {
  const started = performance.now();
  const indexed = await writePagefindIndex({
    dir: staging,
    glob: `{${ids.join(',')}}/**/*.html`,
    outputPath: join(staging, 'pagefind'),
  });
  console.log(`The library's search index: ${indexed} pages in ${Math.round(performance.now() - started)} ms.`);
}
// A withdrawn report's homes lead where its editor sent its readers.
const siteBase = normalizeBase(process.env.BASE_PATH);
const siteUrl = process.env.SITE_URL ?? DEFAULT_SITE_URL;
for (const { report, to } of record.withdrawn) {
  for (const place of (record.published[report] ?? []).filter((place) => place !== '')) {
    const page = join(staging, place, 'index.html');
    if (existsSync(page)) continue;
    mkdirSync(join(staging, place), { recursive: true });
    writeFileSync(page, withdrawnPage(report, `${siteBase}${to}`, new URL(`${siteBase}${to}`, siteUrl).href));
  }
}
rmSync(target, { recursive: true, force: true });
renameSync(staging, target);
console.log(`Built ${out}/ (${pages} files).`);
// The library remembers where each report was served: commit it with the content.
const recorded = formatLibraryRecord(recordServed(record, earlier, served));
const recordPath = join(root, LIBRARY_FILE);
if (!existsSync(recordPath) || readFileSync(recordPath, 'utf8') !== recorded) {
  writeFileSync(recordPath, recorded);
  console.log(`${LIBRARY_FILE}: where each report is served recorded; commit it with the content.`);
}
// Citations, link previews, the sitemap and printed pages name the site's address.
if (!process.env.SITE_URL) {
  console.log(
    `Note: SITE_URL is not set, so citations, link previews, the sitemap and printed pages name ${DEFAULT_SITE_URL}. Set it to the address the site is published at.`,
  );
}
