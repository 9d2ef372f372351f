/**
 * The importer: from a report's text as published to the files of its folder,
 * content/reports/<government>/<year>/ (src/node/content/report-files.ts).
 *
 * `importReport` works out what the import writes and removes, and changes nothing;
 * `trialImport` applies it to a copy of the folder and reads the copy back with the model of
 * the report, which checks every file and the rules across them; `applyImport` writes it.
 * `npm run import` (scripts/import-report.ts) runs the three in that order, and the tests
 * call the same functions.
 *
 * Deterministic: the same text (and the folder's outline.yaml) always gives the same bytes.
 */
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { loadReport } from '../node/content/load-report.ts';
import { reportFolder } from '../node/content/report-files.ts';
import type { Outline } from '../schemas/outline.ts';
import { OUTLINE_FILE, parseOutline } from './outline.ts';
import { decodeText, UnreadableFile } from './decode.ts';
import { htmlToText, isHtml } from './html.ts';
import { docxToText } from './docx.ts';
import { pdfToText } from './pdf.ts';
import { MANUSCRIPT_FILE, ManuscriptError, parseManuscript, type Manuscript } from './parse-manuscript.ts';
import {
  contentFiles,
  freshReportFiles,
  indicatorsDraft,
  type ContentFile,
  type EditedReportFields,
} from './write-content.ts';

export type { ContentFile } from './write-content.ts';

/** A problem with the text or the outline that the editor must fix: its message names the file and line. */
export class ImportError extends Error {}

/**
 * The text of the report's file at `path`, in whatever encoding it was saved (decode.ts), of
 * the article of a saved web page (html.ts), of a Word file (docx.ts) or of a PDF (pdf.ts);
 * a file that is not text, or that cannot be read, is an ImportError naming `name`.
 */
export async function readReportFile(path: string, name: string): Promise<string> {
  const bytes = await readFile(path).catch(() => {
    throw new ImportError(`${name}: cannot read the file`);
  });
  try {
    if (/\.docx$/i.test(path)) return await docxToText(bytes, name);
    if (/\.pdf$/i.test(path) || bytes.subarray(0, 5).toString('latin1') === '%PDF-')
      return await pdfToText(bytes, name);
    const text = decodeText(bytes, name);
    // A saved web page: the article's text, with the page's title, source and date.
    return /\.html?$/i.test(path) || isHtml(text) ? htmlToText(text) : text;
  } catch (error) {
    if (error instanceof UnreadableFile) throw new ImportError(error.message);
    throw error;
  }
}

export interface ImportOptions {
  /** The report's text as published. */
  source: string;
  /** The name messages give the text: `report.txt`, or manuscript/report.txt (the default). */
  sourceName?: string;
  /** The folder the import writes into; its current files decide what is kept. */
  contentDir: string;
  /**
   * The outline for this text. Without it, the folder's outline.yaml is used when the text is the
   * report `contentDir` holds now, and dropped when it is another report.
   */
  outline?: Outline;
  /**
   * Whether the text replaces the report `contentDir` holds, keeping what its editor wrote.
   * `npm run import` knows (the same government and year); without it, the text is that report
   * when it is the same text, or has the same title or headline.
   */
  sameReport?: boolean;
}

export interface ImportResult {
  manuscript: Manuscript;
  /** Whether the text is the report `contentDir` held (the same text, title or headline). */
  sameReport: boolean;
  /** Every file the import owns, relative to `contentDir`, in a stable order. */
  writes: ContentFile[];
  /** Files of `contentDir` the import no longer writes (a section renamed, another report's outline). */
  removals: string[];
  /** How many figures were drafted into indicators.yaml, for a new report. */
  drafted?: number;
  /** What the import made of the text: `3 parts, 12 sections, 20 glossary entries, 12 captions`. */
  summary: string;
}

const MANUSCRIPT_PATH = MANUSCRIPT_FILE;
const OUTLINE_PATH = OUTLINE_FILE;
/** The folders whose files all belong to the importer: a file it no longer writes there is stale. */
const OWNED_FOLDERS = ['sections', 'glossary'];

const readOrNull = (file: string) => readFile(file, 'utf8').catch(() => null);

/** The title, headline and editor-written fields of the report `contentDir` holds now. */
async function currentReport(contentDir: string): Promise<{ title?: string; headline?: string } & EditedReportFields> {
  try {
    const [entry] = JSON.parse((await readOrNull(join(contentDir, 'report.json'))) ?? '[]');
    return entry ?? {};
  } catch {
    return {};
  }
}

function parse(source: string, outline: Outline, file: string): Manuscript {
  try {
    return parseManuscript(source, outline, file);
  } catch (error) {
    if (error instanceof ManuscriptError) throw new ImportError(error.message);
    throw error;
  }
}

function readOutline(text: string | null, file: string): Outline {
  if (text === null) return {};
  try {
    return parseOutline(text, file);
  } catch (error) {
    throw new ImportError((error as Error).message);
  }
}

/**
 * Whether `source` is the report `contentDir` holds: the same text, or a text with the same
 * title or headline (a corrected copy). Read without the outline first, since the outline
 * belongs to the current report; a text that only reads with it is that report.
 */
function isSameReport(
  source: string,
  current: string | null,
  held: { title?: string; headline?: string },
  outline: Outline,
  file: string,
): boolean {
  if (current !== null && source === current) return true;
  try {
    const detected = parseManuscript(source, {}, file);
    return detected.title === held.title || (detected.headline !== undefined && detected.headline === held.headline);
  } catch {
    try {
      return parseManuscript(source, outline, file).title === held.title;
    } catch {
      return false;
    }
  }
}

/** What importing `source` into `contentDir` writes and removes. Nothing is changed. */
export async function importReport({
  source,
  sourceName = MANUSCRIPT_FILE as string,
  contentDir,
  outline,
  sameReport: known,
}: ImportOptions): Promise<ImportResult> {
  const current = await readOrNull(join(contentDir, MANUSCRIPT_PATH));
  const outlineText = await readOrNull(join(contentDir, OUTLINE_PATH));
  // Named as the editor knows it: from where the import runs (the project's root).
  const keptOutline = outline ?? readOutline(outlineText, relative(process.cwd(), join(contentDir, OUTLINE_PATH)));
  const held = await currentReport(contentDir);
  const sameReport = known ?? isSameReport(source, current, held, keptOutline, sourceName);
  const manuscript = parse(source, sameReport || outline ? keptOutline : {}, sourceName);

  // The same report keeps what its editor wrote into report.json; another report
  // starts afresh: its figures drafted, the per-report files emptied, the old outline gone.
  const writes = contentFiles(manuscript, sameReport ? held : {});
  const removals: string[] = [];
  // A report imported for the first time into a folder its editor prepared (a manuscript and
  // an outline) is the same report, and new all the same: its outline stays.
  const firstImport = !existsSync(join(contentDir, 'report.json'));
  const draft = sameReport && !firstImport ? undefined : indicatorsDraft(manuscript);
  if (draft) {
    writes.push(...(await freshReportFiles(contentDir, draft.text)));
    if (!sameReport && outlineText !== null) removals.push(OUTLINE_PATH);
  }
  if (source !== current) writes.push({ path: MANUSCRIPT_PATH, text: source });
  const owned = new Set(writes.map((file) => file.path));
  for (const folder of OWNED_FOLDERS) {
    for (const name of await readdir(join(contentDir, folder)).catch(() => [] as string[])) {
      if (!owned.has(`${folder}/${name}`)) removals.push(`${folder}/${name}`);
    }
  }

  const counts = [
    `${manuscript.parts.length} parts`,
    `${manuscript.sections.length} sections`,
    `${manuscript.glossary.length} glossary entries`,
    `${manuscript.captions.length} captions`,
    ...(draft
      ? [
          `${draft.draft.indicators.length} figures drafted (a new report: outline, figures and per-report files start afresh)`,
        ]
      : []),
  ];
  return {
    manuscript,
    sameReport,
    writes,
    removals,
    ...(draft ? { drafted: draft.draft.indicators.length } : {}),
    summary: counts.join(', '),
  };
}

export interface Change {
  path: string;
  /** `write`: new or different; `remove`: a stale file. */
  kind: 'write' | 'remove';
}

/** The files of `contentDir` that applying `result` would change. */
export async function pendingChanges(
  result: Pick<ImportResult, 'writes' | 'removals'>,
  contentDir: string,
): Promise<Change[]> {
  const changes: Change[] = [];
  for (const file of result.writes) {
    if ((await readOrNull(join(contentDir, file.path))) !== file.text) changes.push({ path: file.path, kind: 'write' });
  }
  for (const path of result.removals) {
    if (existsSync(join(contentDir, path))) changes.push({ path, kind: 'remove' });
  }
  return changes;
}

/** Writes the import into `contentDir`; returns what changed. */
export async function applyImport(
  result: Pick<ImportResult, 'writes' | 'removals'>,
  contentDir: string,
): Promise<Change[]> {
  const changes = await pendingChanges(result, contentDir);
  const texts = new Map(result.writes.map((file) => [file.path, file.text]));
  for (const { path, kind } of changes) {
    const target = join(contentDir, path);
    if (kind === 'remove') await rm(target);
    else {
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, texts.get(path)!);
    }
  }
  return changes;
}

/**
 * Applies the import to a copy of `contentDir` and reads the copy back as the site will:
 * throws the model's ContentError (every problem, with file and line) if the result would not
 * build. `contentDir` itself is not touched.
 */
export async function trialImport(
  result: Pick<ImportResult, 'writes' | 'removals'>,
  contentDir: string,
): Promise<void> {
  const trial = await mkdtemp(join(tmpdir(), 'report-import-'));
  // In a project of its own, under the id of the folder it came from, so that messages name
  // the report's files as the editor knows them.
  const id = `${basename(dirname(contentDir))}/${basename(contentDir)}`;
  try {
    const copy = join(trial, reportFolder(id));
    await mkdir(copy, { recursive: true });
    // A new report's folder does not exist yet.
    if (existsSync(contentDir)) await cp(contentDir, copy, { recursive: true });
    await applyImport(result, copy);
    loadReport(trial, id);
  } finally {
    await rm(trial, { recursive: true, force: true });
  }
}
