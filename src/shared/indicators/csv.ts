/**
 * The 主要指标 table as CSV (RFC 4180), for readers who take the figures away: one row per
 * figure, with the address of the figure in its paragraph. A byte-order mark leads, so that
 * spreadsheet programs read the Chinese as UTF-8.
 */
import type { Indicator } from '../../schemas/indicators.ts';
import { KIND_LABELS } from './labels.ts';

export const CSV_COLUMNS = [
  '编号',
  '指标',
  '数值',
  '上限',
  '单位',
  '限定词',
  '时期',
  '类别',
  '变化',
  '比较基期',
  '原文',
  '章节',
  '地址',
] as const;

const CHANGE_LABELS = { rise: '增', fall: '减' } as const;

/** A field quoted when it holds a comma, a quotation mark or a line break. */
const field = (value: string | number | undefined): string => {
  const text = value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export interface CsvRow {
  indicator: Indicator;
  /** The section's title, as the page heads its table. */
  section: string;
  /** The figure's address in its paragraph, absolute. */
  url: string;
}

/** A CSV text of `columns` and `rows`, led by a byte-order mark, lines ending in CRLF. */
export function csvText(columns: readonly string[], rows: readonly (string | number | undefined)[][]): string {
  const lines = rows.map((fields) => fields.map(field).join(','));
  return `\uFEFF${[columns.join(','), ...lines].join('\r\n')}\r\n`;
}

export function indicatorsCsv(rows: CsvRow[]): string {
  return csvText(
    CSV_COLUMNS,
    rows.map(({ indicator: i, section, url }) => [
      i.id,
      i.indicator,
      i.value,
      i.upper,
      i.unit,
      i.qualifier,
      i.period,
      KIND_LABELS[i.kind],
      i.change ? CHANGE_LABELS[i.change] : undefined,
      i.base,
      i.source.quote,
      section,
      url,
    ]),
  );
}
