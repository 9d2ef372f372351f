/**
 * Where a report's files live. The library holds each report in a folder of its own,
 * `content/reports/<government>/<year>/`, whose path below content/reports/ is also the
 * report's address in a library of several (src/shared/library.ts). Everything a report owns
 * is in its folder, so removing the folder removes the report; what every report shares
 * stays outside content/reports/.
 *
 * Names here are relative to the report's folder, which comments write `<report>/`
 * (`<report>/sections/`); messages name a file by its path from the project's root
 * (`content/reports/guowuyuan/2021/sections/04-challenges.mdx`).
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const REPORTS_DIR = 'content/reports';

/** The files and folders of a report, relative to its folder. */
export const REPORT_FILES = {
  report: 'report.json',
  parts: 'parts.json',
  sections: 'sections',
  glossary: 'glossary',
  indicators: 'indicators.yaml',
  published: 'published.yaml',
  redirects: 'redirects.yaml',
  searchAliases: 'search-aliases.yaml',
  reconcile: 'reconcile.yaml',
  outline: 'outline.yaml',
  manuscript: 'manuscript/report.txt',
} as const;

/** Where messages send an editor who must write a report's outline before its folder exists. */
export const OUTLINE_HINT = `${REPORTS_DIR}/<government>/<year>/${REPORT_FILES.outline}`;

/** A report's folder, relative to the project: `content/reports/guowuyuan/2021`. */
export const reportFolder = (id: string): string => `${REPORTS_DIR}/${id}`;

/** A file of the report in `dir`, as messages name it. */
export const reportFile = (dir: string, name: string): string => `${dir}/${name}`;

const folders = (path: string): string[] =>
  existsSync(path)
    ? readdirSync(path, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
    : [];

/**
 * The ids of the reports of the project at `root` (`guowuyuan/2021`), sorted: every folder
 * content/reports/<government>/<year>/ that holds a report.json.
 */
export function reportIds(root: string = process.cwd()): string[] {
  const base = join(root, REPORTS_DIR);
  return folders(base).flatMap((government) =>
    folders(join(base, government))
      .filter((year) => existsSync(join(base, government, year, REPORT_FILES.report)))
      .map((year) => `${government}/${year}`),
  );
}

/** A problem with where the reports are, for the editor: what to do instead. */
export class ReportChoiceError extends Error {}

/**
 * The id of the report a build of the project at `root` renders: the one named by `chosen`
 * (the REPORT variable, `guowuyuan/2021`), or the only one there is.
 */
export function chosenReport(root: string = process.cwd(), chosen: string | undefined = process.env.REPORT): string {
  const ids = reportIds(root);
  if (chosen) {
    const id = chosen.replace(/^\/+|\/+$/g, '');
    if (ids.includes(id)) return id;
    throw new ReportChoiceError(
      `REPORT=${chosen}: no ${reportFolder(id)}/${REPORT_FILES.report}; write one of: ${ids.join(', ') || '(none: import a report with npm run import -- FILE)'}`,
    );
  }
  if (ids.length === 1) return ids[0];
  if (ids.length === 0)
    throw new ReportChoiceError(
      `${REPORTS_DIR}/: no report (no ${REPORTS_DIR}/<government>/<year>/${REPORT_FILES.report}): import one with npm run import -- FILE`,
    );
  throw new ReportChoiceError(
    `${REPORTS_DIR}/ holds ${ids.length} reports: npm run build builds them all; to work on one, set REPORT to one of: ${ids.join(', ')}`,
  );
}
