/**
 * The 对账单 of a report as its pages read it (src/pages/reconcile/): its targets paired with
 * the next report's results, the previous report's targets its own results answer, and the
 * trend of the government's named indicators over every year of it in the library. Read in
 * Node from the report's and its neighbours' indicators.yaml and reconcile.yaml, with the
 * shared names of indicators (content/language/indicator-names.yaml); an editor's pair that
 * names a figure that does not exist stops the build, naming the file, the entry and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { ContentError, schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { reconcileFileSchema, type ReconcileFile } from '../../schemas/reconcile.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import type { IndicatorName } from '../../schemas/indicator-names.ts';
import { loadIndicators } from './load-indicators.ts';
import { loadIndicatorNames } from './load-indicator-names.ts';
import { REPORT_FILES, reportFile, reportFolder } from './report-files.ts';
import { pairTargets, type Pairing } from '../../shared/reconcile/pair.ts';
import { isLibrary, reportPath, type LibraryReport } from '../../shared/library.ts';
import { figureAnchorId, sectionPath } from '../../shared/paths.ts';
import { qualifiedFigure } from '../../shared/indicators/labels.ts';
import type { Verdict } from '../../shared/reconcile/verdict.ts';
import type { ReconcileModel, ReconcileReport, ReconcileRow, ReconcileFigure } from '../../shared/reconcile/model.ts';

export type { ReconcileModel, ReconcileRow } from '../../shared/reconcile/model.ts';

interface Neighbour {
  report: LibraryReport;
  indicators: Indicator[];
  edits: ReconcileFile;
  editsFile: string;
}

function readEdits(root: string, id: string): { edits: ReconcileFile; file: string } {
  const file = reportFile(reportFolder(id), REPORT_FILES.reconcile);
  const path = join(root, file);
  if (!existsSync(path)) return { edits: { confirmed: false, pairs: [] }, file };
  let raw: unknown;
  try {
    raw = parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ContentError([{ file, message: `not valid YAML: ${(error as Error).message}` }]);
  }
  const result = reconcileFileSchema.safeParse(raw ?? {});
  if (!result.success) throw new ContentError(schemaProblems(file, result.error.issues));
  return { edits: result.data, file };
}

/** The editor's pairs checked against the figures they name. */
function editProblems(file: string, edits: ReconcileFile, own: Indicator[], next: Indicator[] | undefined): ContentProblem[] {
  const targets = new Set(own.filter((i) => i.kind === 'target').map((i) => i.id));
  const results = new Set((next ?? []).filter((i) => i.kind !== 'target').map((i) => i.id));
  return edits.pairs.flatMap((pair, index) => {
    const entry = `pair ${index + 1}`;
    const problems: ContentProblem[] = [];
    if (!targets.has(pair.target))
      problems.push({ file, entry, field: 'target', message: `"${pair.target}" is no target of this report's indicators.yaml: write the id of one of its figures of kind target` });
    if (pair.result !== null && !next)
      problems.push({ file, entry, field: 'result', message: `the next year's report is not in the library: write null, or add that report first` });
    else if (pair.result !== null && !results.has(pair.result))
      problems.push({ file, entry, field: 'result', message: `"${pair.result}" is no result of the next report's indicators.yaml: write the id of one of its figures (not a target), or null` });
    return problems;
  });
}

export function loadReconcile(
  root: string,
  report: { id: string; year: number; indicators: Indicator[] },
  reports: readonly LibraryReport[],
  siteBase: string,
): ReconcileModel {
  const names = loadIndicatorNames(root);
  const [government] = report.id.split('/');
  const library = isLibrary(reports);
  const urlOf = (id: string) => `${siteBase}${library ? reportPath(id) : ''}`;
  const years = reports
    .filter((r) => r.governmentId === government)
    .sort((a, b) => a.year - b.year);
  // Each report of the government read once: this one from its model, the others from their files.
  const own = readEdits(root, report.id);
  const neighbours = new Map<number, Neighbour>([
    [
      report.year,
      {
        // A report alone (no library) is not in `reports`; only its id and year are read of it.
        report: years.find((r) => r.id === report.id) ?? ({ id: report.id, year: report.year } as LibraryReport),
        indicators: report.indicators,
        edits: own.edits,
        editsFile: own.file,
      },
    ],
  ]);
  const neighbour = (year: number): Neighbour | undefined => {
    if (neighbours.has(year)) return neighbours.get(year);
    const other = years.find((r) => r.year === year);
    if (!other) return undefined;
    const indicators = loadIndicators(join(root, reportFile(reportFolder(other.id), REPORT_FILES.indicators))).indicators;
    const { edits, file } = readEdits(root, other.id);
    const found = { report: other, indicators, edits, editsFile: file };
    neighbours.set(year, found);
    return found;
  };
  const figure = (owner: Neighbour, i: Indicator): ReconcileFigure => ({
    id: i.id,
    indicator: i.indicator,
    figure: qualifiedFigure(i),
    period: i.period,
    url: `${urlOf(owner.report.id)}${sectionPath(i.source.section)}#${figureAnchorId(i.id)}`,
  });
  const rowsOf = (from: Neighbour, to: Neighbour | undefined, pairs: Pairing[]): ReconcileRow[] =>
    pairs.map((pair) => ({
      target: figure(from, pair.target),
      result: pair.result && to ? figure(to, pair.result) : null,
      ...(pair.named ? { label: pair.named.label } : {}),
      verdict: pair.verdict,
      reason: !to && !pair.result ? `${from.report.year + 1}年的报告尚未收入本站。` : pair.reason,
      ...(pair.conversion ? { conversion: pair.conversion } : {}),
      edited: pair.edited,
    }));
  // Each report's pairs worked out once: the page's tables and the table of years share them.
  const paired = new Map<number, Pairing[]>();
  const pairsOf = (from: Neighbour, to: Neighbour | undefined): Pairing[] => {
    const known = paired.get(from.report.year);
    if (known) return known;
    const problems = editProblems(from.editsFile, from.edits, from.indicators, to?.indicators);
    if (problems.length) throw new ContentError(problems);
    const pairs = pairTargets(
      { id: from.report.id, year: from.report.year, indicators: from.indicators },
      to && { id: to.report.id, year: to.report.year, indicators: to.indicators },
      names,
      from.edits.pairs,
    );
    paired.set(from.report.year, pairs);
    return pairs;
  };
  const summary = (n: Neighbour | undefined): ReconcileReport | null =>
    n ? { id: n.report.id, year: n.report.year, title: n.report.title, url: urlOf(n.report.id) } : null;

  const self = neighbour(report.year)!;
  const next = neighbour(report.year + 1);
  const previous = neighbour(report.year - 1);
  const rows = rowsOf(self, next, pairsOf(self, next));
  const answered = previous ? rowsOf(previous, self, pairsOf(previous, self)).filter((row) => row.result) : [];
  return {
    year: report.year,
    draft: !self.edits.confirmed,
    rows,
    next: summary(next),
    answered,
    answeredDraft: previous ? !previous.edits.confirmed : false,
    previous: summary(previous),
    trend: trendOf(years.map((r) => neighbour(r.year)!), names, pairsOf),
  };
}

/** Each named indicator's target and result by year, over the government's reports. */
function trendOf(
  reports: Neighbour[],
  names: readonly IndicatorName[],
  pairsOf: (from: Neighbour, to: Neighbour | undefined) => Pairing[],
): ReconcileModel['trend'] {
  const cells = new Map<string, Record<number, { target?: string; result?: string; verdict?: Verdict }>>();
  // Each row is named in the words of the latest report that sets its target.
  const labels = new Map<string, string>();
  for (const from of reports) {
    const to = reports.find((r) => r.report.year === from.report.year + 1);
    for (const pair of pairsOf(from, to)) {
      if (!pair.named) continue;
      const row = cells.get(pair.named.id) ?? {};
      cells.set(pair.named.id, row);
      labels.set(pair.named.id, pair.target.indicator);
      // The first target of a name in a year stands for it (a report may state one twice).
      row[from.report.year] ??= {
        target: qualifiedFigure(pair.target),
        ...(pair.result ? { result: qualifiedFigure(pair.result), verdict: pair.verdict } : {}),
      };
    }
  }
  return {
    years: reports.map((r) => r.report.year),
    rows: names
      .filter((entry) => cells.has(entry.id))
      .map((entry) => ({ id: entry.id, label: labels.get(entry.id) ?? entry.label, cells: cells.get(entry.id)! })),
  };
}
