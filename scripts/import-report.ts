/**
 * `npm run import`: imports reports into the library, one folder each,
 * content/reports/<government>/<year>/ (src/importer/, src/node/content/report-files.ts).
 *
 *   npm run import -- FILE...          add each report (text in UTF-8, UTF-16 or GB18030, a
 *                                      saved web page, a Word file or a PDF) to the library;
 *                                      a report of the same government and year is replaced
 *   npm run import -- --only FILE...   the same, and the library then holds just these reports
 *   npm run import                     re-import every report of the library from its
 *                                      manuscript/report.txt
 *   npm run import -- --check          exit 1 if any report's files differ from what the
 *                                      importer would write
 *
 * The folder is named after the government and the year the text gives, or is the folder
 * the file lies in (content/reports/<government>/<year>/manuscript/report.txt): a text that
 * names neither is imported from there, with an outline.yaml beside it that says them.
 *
 * A report replaced keeps what its editor wrote (the fields of report.json, outline.yaml,
 * indicators.yaml, published.yaml, redirects.yaml, search-aliases.yaml). A new report starts
 * with its figures drafted and its addresses unpublished.
 *
 * Nothing is written when a text cannot be read, or when what would be written does not
 * read back as the site will read it: the message names the file and line.
 */
import { existsSync, readdirSync } from 'node:fs';
import { readdir, rm, rmdir } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  applyImport,
  ImportError,
  importReport,
  pendingChanges,
  readReportFile,
  trialImport,
  type Change,
  type ImportResult,
} from '../src/importer/index.ts';
import { parseManuscript, ManuscriptError } from '../src/importer/parse-manuscript.ts';
import { reportIdOf } from '../src/importer/slug.ts';
import { REPORT_FILES, REPORTS_DIR, reportFolder, reportIds } from '../src/node/content/report-files.ts';
import { ContentError } from '../src/shared/content-error.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const args = process.argv.slice(2);
const check = args.includes('--check');
const only = args.includes('--only');
const inputs = args.filter((arg) => !arg.startsWith('--'));

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

if (only && inputs.length === 0)
  stop('--only: name the files of the reports the library is to hold: npm run import -- --only FILE...');

/** The id of the report folder `path` lies in (content/reports/<government>/<year>/…), if it does. */
function folderOf(path: string): string | undefined {
  const inside = relative(join(root, REPORTS_DIR), path).split(sep);
  if (inside.length < 3 || inside[0] === '..') return undefined;
  const id = `${inside[0]}/${inside[1]}`;
  return existsSync(join(root, reportFolder(id))) ? id : undefined;
}

/** Every report folder with a manuscript, imported or not yet: what `npm run import` re-imports. */
function manuscriptIds(): string[] {
  const base = join(root, REPORTS_DIR);
  const folders = (path: string) =>
    existsSync(path)
      ? readdirSync(path, { withFileTypes: true })
          .filter((entry) => entry.isDirectory())
          .map((entry) => entry.name)
          .sort()
      : [];
  return folders(base).flatMap((government) =>
    folders(join(base, government))
      .filter((year) => existsSync(join(base, government, year, REPORT_FILES.manuscript)))
      .map((year) => `${government}/${year}`),
  );
}

/** Where the text goes: the folder it lies in, or the one its government and year name. */
function reportIdFor(path: string, source: string, name: string): string {
  const folder = folderOf(path);
  if (folder) return folder;
  try {
    return reportIdOf(parseManuscript(source, {}, name));
  } catch (error) {
    if (!(error instanceof ManuscriptError)) throw error;
    throw new ImportError(
      `${error.message}\nThen put the text in ${REPORTS_DIR}/<government>/<year>/${REPORT_FILES.manuscript}, beside that outline.yaml, and run npm run import.`,
    );
  }
}

interface Planned {
  id: string;
  result: ImportResult;
  dir: string;
}

/** Reads every text and works out its import; nothing is written until all of them read. */
async function plan(): Promise<Planned[]> {
  const planned: Planned[] = [];
  const sources = inputs.length
    ? inputs.map((input) => ({ path: resolve(process.cwd(), input), name: input }))
    : manuscriptIds().map((id) => {
        const file = `${reportFolder(id)}/${REPORT_FILES.manuscript}`;
        return { path: join(root, file), name: file };
      });
  if (sources.length === 0) stop(`${REPORTS_DIR}/: no report to re-import: import one with npm run import -- FILE`);
  for (const { path, name } of sources) {
    const source = await readReportFile(path, name);
    const id = reportIdFor(path, source, name);
    if (planned.some((p) => p.id === id))
      throw new ImportError(`${name}: a second text for ${id} in one import: name one file per government and year`);
    const dir = join(root, reportFolder(id));
    // The report of this folder: what its editor wrote there is kept, its outline.yaml too
    // (which may be all a text that names no government or date has).
    const known = existsSync(join(dir, REPORT_FILES.report)) || folderOf(path) === id;
    const result = await importReport({ source, sourceName: name, contentDir: dir, sameReport: known });
    planned.push({ id, result, dir });
  }
  return planned;
}

/** Removes the reports `keep` does not name, and the government folders left empty. */
async function removeOthers(keep: Set<string>): Promise<string[]> {
  const removed: string[] = [];
  for (const id of reportIds(root)) {
    if (keep.has(id)) continue;
    await rm(join(root, reportFolder(id)), { recursive: true, force: true });
    removed.push(id);
    const government = join(root, REPORTS_DIR, id.split('/')[0]);
    if ((await readdir(government)).length === 0) await rmdir(government);
  }
  return removed;
}

try {
  const planned = await plan();
  const verb = { write: check ? 'differs' : 'wrote', remove: check ? 'stale' : 'removed' };
  let differing = 0;
  if (!check) for (const { result, dir } of planned) await trialImport(result, dir);
  for (const { id, result, dir } of planned) {
    const changes: Change[] = check ? await pendingChanges(result, dir) : await applyImport(result, dir);
    differing += changes.length;
    for (const { path, kind } of changes) console.log(`${verb[kind]}: ${reportFolder(id)}/${path}`);
    const { manuscript, writes, summary } = result;
    console.log(
      `${manuscript.title} (${id}): ${writes.length} files, ${changes.length} ${check ? 'differ' : 'written'}; ${summary}`,
    );
  }
  if (only && !check) {
    for (const id of await removeOthers(new Set(planned.map((p) => p.id))))
      console.log(`removed: ${reportFolder(id)}/`);
  }
  const held = reportIds(root);
  if (!check)
    console.log(`The library holds ${held.length} report${held.length === 1 ? '' : 's'}: ${held.join(', ')}.`);
  if (check && differing > 0) process.exit(1);
} catch (error) {
  if (error instanceof ImportError || error instanceof ContentError) stop(`${error.message}\nNothing was written.`);
  throw error;
}
