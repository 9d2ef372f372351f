/**
 * The library's URL scheme and what a report knows of the others. A library of one report
 * serves it at the site's root, as a site of one report always was; a library of several
 * serves each report at `<government>/<year>/` (its folder under content/reports/), the
 * latest report of a government at `<government>/`, and the list of reports at the root.
 */

/** The library's name, over its pages and in its feed. */
export const LIBRARY_NAME = '政府工作报告库';

/** What the library lists of a report (src/node/content/load-library.ts reads it). */
export interface LibraryReport {
  /** `guowuyuan/2021`: its folder under content/reports/, and its address in a library. */
  id: string;
  /** `guowuyuan`: the government's part of the id, and the address of its latest report. */
  governmentId: string;
  year: number;
  title: string;
  /** 国务院, 河北省人民政府 */
  government: string;
  /** ISO date, or the year alone. */
  date: string;
  dateText: string;
  meeting?: string;
  speaker?: string;
}

/** A report's address relative to the site's base in a library of several: `guowuyuan/2021/`. */
export const reportPath = (id: string): string => `${id}/`;

/** The address of a government's latest report: `guowuyuan/`. */
export const governmentPath = (governmentId: string): string => `${governmentId}/`;

/** Whether the library serves its reports under their own addresses (more than one report). */
export const isLibrary = (reports: readonly unknown[]): boolean => reports.length > 1;

/** Newest first: by date, then by id for a stable order. */
export function newestFirst<T extends Pick<LibraryReport, 'date' | 'id'>>(reports: readonly T[]): T[] {
  return [...reports].sort((a, b) => b.date.localeCompare(a.date) || a.id.localeCompare(b.id));
}

/** The reports of one government, newest first: the editions a report links to. */
export const editionsOf = (reports: readonly LibraryReport[], governmentId: string): LibraryReport[] =>
  newestFirst(reports.filter((report) => report.governmentId === governmentId));

/** Each government with its reports, newest first; governments by their latest report, newest first. */
export function byGovernment(
  reports: readonly LibraryReport[],
): { governmentId: string; government: string; reports: LibraryReport[] }[] {
  const groups = new Map<string, LibraryReport[]>();
  for (const report of newestFirst(reports))
    groups.set(report.governmentId, [...(groups.get(report.governmentId) ?? []), report]);
  return [...groups].map(([governmentId, list]) => ({ governmentId, government: list[0].government, reports: list }));
}
