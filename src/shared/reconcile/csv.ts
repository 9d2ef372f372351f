/**
 * The 对账单 as CSV, as the 主要指标 table is (src/shared/indicators/csv.ts): one row per
 * target, with the addresses of the target and of the result in their paragraphs.
 */
import { csvText } from '../indicators/csv.ts';
import type { Verdict } from './verdict.ts';

export const RECONCILE_COLUMNS = [
  '指标',
  '通用名称',
  '目标',
  '结果',
  '结果时期',
  '换算',
  '判断',
  '理由',
  '编辑核定',
  '目标地址',
  '结果地址',
] as const;

export interface ReconcileCsvRow {
  label?: string;
  target: { indicator: string; figure: string; url: string };
  result: { figure: string; period: string; url: string } | null;
  conversion?: string;
  verdict: Verdict;
  reason: string;
  edited: boolean;
}

/** `origin` makes the rows' addresses absolute: `https://example.org`. */
export function reconcileCsv(rows: readonly ReconcileCsvRow[], origin: string): string {
  return csvText(
    RECONCILE_COLUMNS,
    rows.map((row) => [
      row.target.indicator,
      row.label,
      row.target.figure,
      row.result?.figure,
      row.result?.period,
      row.conversion,
      row.verdict,
      row.reason,
      row.edited ? '是' : '否',
      new URL(row.target.url, origin).href,
      row.result ? new URL(row.result.url, origin).href : undefined,
    ]),
  );
}
