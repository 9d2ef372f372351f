/**
 * The library: what the home page, the feed and each report's editions need of every report
 * in content/reports/, read from its report.json alone (checked by its schema), so that a
 * library of hundreds of reports is listed without reading their text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { reportSchema } from '../../schemas/report.ts';
import { newestFirst, type LibraryReport } from '../../shared/library.ts';
import { cleanText } from './frontmatter.ts';
import { REPORT_FILES, reportFile, reportFolder, reportIds } from './report-files.ts';

export function loadLibrary(root: string = process.cwd()): LibraryReport[] {
  const problems: ContentProblem[] = [];
  const reports: LibraryReport[] = [];
  for (const id of reportIds(root)) {
    const file = reportFile(reportFolder(id), REPORT_FILES.report);
    let raw: unknown;
    try {
      raw = JSON.parse(cleanText(readFileSync(join(root, file), 'utf8')));
    } catch (error) {
      problems.push({ file, message: `not valid JSON: ${(error as Error).message}` });
      continue;
    }
    const result = reportSchema.safeParse(Array.isArray(raw) ? raw[0] : raw);
    if (!result.success) {
      problems.push(...schemaProblems(file, result.error.issues));
      continue;
    }
    const { title, government, date, dateText, meeting, speaker } = result.data;
    const [governmentId] = id.split('/');
    reports.push({ id, governmentId, year: Number(id.split('/')[1]) || Number(date.slice(0, 4)), title, government, date, dateText, meeting, speaker });
  }
  if (problems.length) throw new ContentError(problems);
  return newestFirst(reports);
}
