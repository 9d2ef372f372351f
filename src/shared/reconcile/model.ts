/**
 * The 对账单 as pages read it, in the model of the report (src/node/integrations/report-model.ts):
 * src/node/content/load-reconcile.ts makes it at build time.
 */
import type { Verdict } from './verdict.ts';

/** A figure as the 对账单 shows it: its name, the figure as written, and its place in the text. */
export interface ReconcileFigure {
  id: string;
  indicator: string;
  figure: string;
  period: string;
  /** From the host's root: `/guowuyuan/2015/sections/…/#fig-…`. */
  url: string;
}

export interface ReconcileRow {
  target: ReconcileFigure;
  result: ReconcileFigure | null;
  /** The shared name of what both measure, when one applies. */
  label?: string;
  verdict: Verdict;
  reason: string;
  conversion?: string;
  /** Set by an editor in reconcile.yaml, not drafted. */
  edited: boolean;
}

export interface ReconcileReport {
  id: string;
  year: number;
  title: string;
  url: string;
}

export interface ReconcileModel {
  year: number;
  /** No reconcile.yaml with `confirmed: true`: the pairs are the program's draft. */
  draft: boolean;
  /** This report's targets of its own year, and what the next report says of them. */
  rows: ReconcileRow[];
  next: ReconcileReport | null;
  /** The previous report's targets this report's results answer (its review of last year). */
  answered: ReconcileRow[];
  answeredDraft: boolean;
  previous: ReconcileReport | null;
  /** The government's named indicators over its years in the library: target and result by year. */
  trend: {
    years: number[];
    rows: {
      id: string;
      label: string;
      cells: Record<number, { target?: string; result?: string; verdict?: Verdict }>;
    }[];
  };
}
