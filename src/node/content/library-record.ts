/**
 * The library's memory of its reports (`content/library.yaml`, src/schemas/library.ts): where
 * each report was served, so that its addresses keep answering there after it moved (served
 * at the root while it was the only report, then at its own address in a library), and so
 * that a report whose folder is removed does not take its addresses with it unnoticed.
 *
 * A report the record does not name, with addresses in its published.yaml, was published
 * before the library kept a record: at the root, where a site of one report is served.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { libraryRecordSchema, type LibraryRecord } from '../../schemas/library.ts';
import { publishedSchema } from '../../schemas/addresses.ts';
import { cleanText } from './frontmatter.ts';
import { REPORT_FILES, reportFile, reportFolder } from './report-files.ts';

export const LIBRARY_FILE = 'content/library.yaml';

/** Reads content/library.yaml (none yet: an empty record); a bad file is a ContentError. */
export function readLibraryRecord(root: string): LibraryRecord {
  const path = join(root, LIBRARY_FILE);
  if (!existsSync(path)) return { published: {}, withdrawn: [] };
  let raw: unknown;
  try {
    raw = parse(cleanText(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new ContentError([{ file: LIBRARY_FILE, message: `not valid YAML: ${(error as Error).message.split('\n')[0]}` }]);
  }
  const result = libraryRecordSchema.safeParse(raw ?? {});
  if (!result.success) throw new ContentError(schemaProblems(LIBRARY_FILE, result.error.issues));
  return result.data;
}

/** Whether the report in `root` has published any address (its published.yaml lists one). */
function hasPublished(root: string, id: string): boolean {
  const path = join(root, reportFile(reportFolder(id), REPORT_FILES.published));
  if (!existsSync(path)) return false;
  const parsed = publishedSchema.safeParse(parse(readFileSync(path, 'utf8')) ?? {});
  return parsed.success && parsed.data.pages.length + parsed.data.sections.length + parsed.data.glossary.length > 0;
}

/** Every place report `id` was served before this build, relative to the site's base. */
export function earlierPlaces(record: LibraryRecord, root: string, id: string): string[] {
  return record.published[id] ?? (hasPublished(root, id) ? [''] : []);
}

/**
 * The record's problems against the reports there are (`ids`): a report published whose
 * folder is gone takes its addresses with it unless it is withdrawn on purpose; a report
 * withdrawn cannot also be there; a report is sent to an address of the library.
 */
export function recordProblems(record: LibraryRecord, ids: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const withdrawn = new Map(record.withdrawn.map((entry) => [entry.report, entry]));
  for (const [id, places] of Object.entries(record.published)) {
    if (ids.includes(id) || withdrawn.has(id)) continue;
    const where = places.map((place) => `/${place}`).join(' and ');
    problems.push({
      file: LIBRARY_FILE,
      message: `the report ${id} was published (at ${where}) and ${reportFolder(id)}/ is gone, with every address under it: restore the folder, or withdraw the report by adding under withdrawn: - { report: ${id}, to: <address its readers go to instead, "" for the library's home> }`,
    });
  }
  for (const { report, to } of record.withdrawn) {
    if (ids.includes(report))
      problems.push({ file: LIBRARY_FILE, field: 'withdrawn', message: `${report} is withdrawn but ${reportFolder(report)}/ is there: remove it from withdrawn, or remove the folder` });
    const known = (id: string) => to.startsWith(`${id}/`) || to === `${id.split('/')[0]}/`;
    if (to !== '' && !ids.some(known))
      problems.push({ file: LIBRARY_FILE, field: 'withdrawn', message: `${report}: to: ${to} is no address of the library: write a report's address (${ids.map((id) => `${id}/`).join(', ') || 'none'}) or "" for the library's home` });
  }
  return problems;
}

/**
 * The record after a build that served each report of `served` (id → place), `earlier`
 * being where each was served before it (earlierPlaces, read before the build, which fills
 * a new report's published.yaml).
 */
export function recordServed(
  record: LibraryRecord,
  earlier: ReadonlyMap<string, readonly string[]>,
  served: ReadonlyMap<string, string>,
): LibraryRecord {
  const published: Record<string, string[]> = { ...record.published };
  for (const [id, place] of served) published[id] = [...new Set([...(earlier.get(id) ?? []), place])].sort();
  return { published: Object.fromEntries(Object.entries(published).sort(([a], [b]) => a.localeCompare(b))), withdrawn: record.withdrawn };
}

/** content/library.yaml as the build writes it. */
export function formatLibraryRecord(record: LibraryRecord): string {
  const q = (text: string) => JSON.stringify(text);
  const published = Object.entries(record.published);
  return [
    '# The reports this site has published, each with every place it was served at, relative to',
    '# the site\'s base ("" is the root, where a site of one report is served). The build adds',
    '# them; none is ever removed, so that a report moved or removed keeps its addresses.',
    published.length ? 'published:' : 'published: {}',
    ...published.map(([id, places]) => `  ${id}: [${places.map(q).join(', ')}]`),
    '# Reports removed on purpose: their homes lead to `to` (docs/editing.md).',
    '# - { report: guowuyuan/2021, to: guowuyuan/2022/ }',
    record.withdrawn.length ? 'withdrawn:' : 'withdrawn: []',
    ...record.withdrawn.map(({ report, to }) => `  - { report: ${report}, to: ${q(to)} }`),
    '',
  ].join('\n');
}
