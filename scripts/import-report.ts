/**
 * Imports a report into the site's content files: `content/report.json`, `content/parts.json`,
 * `content/sections/*.mdx` and `content/glossary/*.md`, from the report's text as it was
 * copied from the web. Deterministic: the same text (and content/outline.yaml) always writes
 * the same bytes.
 *
 *   npm run import -- report.txt   import another report: the file becomes
 *                                  content/manuscript/report.txt
 *   npm run import                 re-import content/manuscript/report.txt
 *   npm run import -- --check      exit 1 if the files differ from what the importer would write
 *
 * A report with another title starts afresh: content/outline.yaml is removed, a draft
 * content/indicators.yaml with every figure of the text is written (src/importer/indicator-draft.ts), and content/published.*,
 * content/redirects.* and content/search-aliases.* (where they exist) are reset to their
 * empty form. Re-importing the same report keeps them all.
 *
 * Nothing is written when the text cannot be read: the message names the file and line.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseManuscript, ManuscriptError, MANUSCRIPT_FILE, type Manuscript } from '../src/importer/parse-manuscript.ts';
import { contentFiles, freshReportFiles, indicatorsDraft, type ContentFile, type EditedReportFields } from '../src/importer/write-content.ts';
import { OUTLINE_FILE, parseOutline } from '../src/importer/outline.ts';
import type { Outline } from '../src/schemas/outline.ts';
import { loadReport } from '../src/node/content/load-report.ts';

const root = fileURLToPath(new URL('..', import.meta.url));
const contentDir = join(root, 'content');
const args = process.argv.slice(2);
const check = args.includes('--check');
const input = args.find((arg) => !arg.startsWith('--'));

function stop(message: string): never {
  console.error(message);
  process.exit(1);
}

const manuscriptPath = join(root, MANUSCRIPT_FILE);
const current = await readFile(manuscriptPath, 'utf8').catch(() => null);
const inputPath = input ? resolve(process.cwd(), input) : manuscriptPath;
const inputName = input ? relative(process.cwd(), inputPath) || input : MANUSCRIPT_FILE;
const source = await readFile(inputPath, 'utf8').catch(() => stop(`cannot read ${inputName}`));

const outlineText = await readFile(join(root, OUTLINE_FILE), 'utf8').catch(() => null);
let outline: Outline = {};
try {
  if (outlineText !== null) outline = parseOutline(outlineText);
} catch (error) {
  stop((error as Error).message);
}

/** The title and headline of the report content/ holds now. */
async function currentReport(): Promise<{ title?: string; headline?: string } & EditedReportFields> {
  try {
    const [entry] = JSON.parse(await readFile(join(contentDir, 'report.json'), 'utf8')) as ({ title?: string; headline?: string } & EditedReportFields)[];
    return entry ?? {};
  } catch {
    return {};
  }
}

function parse(outlineToUse: Outline): Manuscript {
  try {
    return parseManuscript(source, outlineToUse, inputName);
  } catch (error) {
    if (error instanceof ManuscriptError) stop(`${error.message}\nNothing was written.`);
    throw error;
  }
}

// The same report (same text, or a text with the same title) keeps its outline and the files
// that belong to it; another report starts afresh.
let sameReport = current !== null && source === current;
if (!sameReport) {
  const { title, headline } = await currentReport();
  let detected: Manuscript | null = null;
  try {
    detected = parseManuscript(source, {}, inputName);
  } catch {
    // Read again below with the outline, which reports the problem if there is one.
  }
  sameReport = detected !== null && (detected.title === title || (detected.headline !== undefined && detected.headline === headline));
  if (detected === null) {
    try {
      sameReport = parseManuscript(source, outline, inputName).title === title;
    } catch {
      sameReport = false;
    }
  }
}
const manuscript = parse(sameReport ? outline : {});

// The same report keeps what its editor wrote into content/report.json.
const files: ContentFile[] = contentFiles(manuscript, sameReport ? await currentReport() : {});
const removals: string[] = [];
// A new report's figures, drafted from its text (written, and counted in the summary).
const indicatorDraft = sameReport ? undefined : indicatorsDraft(manuscript);
if (indicatorDraft) {
  files.push(...(await freshReportFiles(contentDir, indicatorDraft.text)));
  if (outlineText !== null) removals.push(OUTLINE_FILE.replace(/^content\//, ''));
}
if (input && source !== current) files.push({ path: 'manuscript/report.txt', text: source });

/** Writes the files and removes the stale ones under `dir`; with `report`, only lists what differs. */
async function apply(dir: string, report: boolean): Promise<number> {
  let differences = 0;
  for (const file of files) {
    const target = join(dir, file.path);
    const existing = await readFile(target, 'utf8').catch(() => null);
    if (existing === file.text) continue;
    differences += 1;
    if (report) console.log(`${check ? 'differs' : 'wrote'}: content/${file.path}`);
    if (!check) {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, file.text);
    }
  }
  // Files the importer would no longer write (a section renamed, another report) are stale.
  const owned = new Set(files.map((f) => f.path));
  const stale = [...removals];
  for (const sub of ['sections', 'glossary']) {
    for (const name of await readdir(join(dir, sub)).catch(() => [] as string[])) {
      if (!owned.has(`${sub}/${name}`)) stale.push(`${sub}/${name}`);
    }
  }
  for (const path of stale) {
    if (!existsSync(join(dir, path))) continue;
    differences += 1;
    if (report) console.log(`${check ? 'stale' : 'removed'}: content/${path}`);
    if (!check) await rm(join(dir, path));
  }
  return differences;
}

let differences: number;
if (check) differences = await apply(contentDir, true);
else {
  // First in a copy: what would be written must read back as the site will read it (the
  // model of the report checks every file and the rules across them), or nothing is written.
  const trial = await mkdtemp(join(tmpdir(), 'report-import-'));
  let problem = '';
  try {
    await cp(contentDir, join(trial, 'content'), { recursive: true });
    await apply(join(trial, 'content'), false);
    loadReport(trial);
  } catch (error) {
    problem = (error as Error).message;
  } finally {
    await rm(trial, { recursive: true, force: true });
  }
  if (problem) stop(`${problem}\nNothing was written.`);
  differences = await apply(contentDir, true);
}

console.log(
  `${manuscript.title}: ${files.length} files, ${differences} ${check ? 'differ' : 'written'}; ${manuscript.parts.length} parts, ${manuscript.sections.length} sections, ${manuscript.glossary.length} glossary entries, ${manuscript.captions.length} captions${indicatorDraft ? `, ${indicatorDraft.draft.indicators.length} figures drafted (a new report: outline, figures and per-report files start afresh)` : ''}`,
);
if (check && differences > 0) process.exit(1);
