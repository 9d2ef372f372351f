/**
 * Reads `content/indicators.yaml` when the Astro config loads (the Markdown plugin links
 * figures in the text before content collections exist) and for the 主要指标 page. The zod
 * schema checks each field; here the cross-checks that zod cannot make on one entry: ids
 * unique, charts naming indicators that exist, one unit per bar chart and per change row.
 * Every error names the file, the entry and the field.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { figureText } from '../../shared/indicators/labels.ts';
import { indicatorsFileSchema, type Chart, type Indicator } from '../../schemas/indicators.ts';

export interface IndicatorData {
  indicators: Indicator[];
  charts: Chart[];
}


/** The data file, relative to the project (Astro runs from the project's root). */
export const INDICATORS_FILE = 'content/indicators.yaml';

export function loadIndicators(file: string = INDICATORS_FILE): IndicatorData {
  const fail = (where: string, message: string): never => {
    throw new Error(`${file}: ${where}: ${message}`);
  };
  let raw: unknown;
  try {
    raw = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    return fail('YAML', (error as Error).message);
  }
  const result = indicatorsFileSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues.map((issue) => {
      const [list, index, ...rest] = issue.path;
      const entry = typeof index === 'number' ? (raw as Record<string, { id?: unknown }[]>)[String(list)]?.[index]?.id : undefined;
      const where = typeof index === 'number' ? `${String(list)}[${index}]${entry ? ` (id "${String(entry)}")` : ''}` : String(list ?? 'file');
      return `${where}: field "${rest.join('.') || String(list)}": ${issue.message}`;
    });
    return fail('schema', issues.join('; '));
  }
  const { indicators, charts } = result.data;

  const byId = new Map<string, Indicator>();
  for (const indicator of indicators) {
    if (byId.has(indicator.id)) fail(`indicator "${indicator.id}"`, 'field "id": used twice');
    byId.set(indicator.id, indicator);
  }
  const chartIds = new Set<string>();
  for (const chart of charts) {
    if (chartIds.has(chart.id)) fail(`chart "${chart.id}"`, 'field "id": used twice');
    chartIds.add(chart.id);
    const groups = chart.type === 'bars' ? [{ field: 'items', ids: chart.items ?? [] }] : (chart.rows ?? []).map((row, i) => ({ field: `rows[${i}].items`, ids: row.items }));
    for (const { field, ids } of groups) {
      const units = new Set<string>();
      for (const ref of ids) {
        const indicator = byId.get(ref);
        if (!indicator) return fail(`chart "${chart.id}"`, `field "${field}": no indicator "${ref}"`);
        units.add(indicator.unit);
      }
      if (units.size > 1) fail(`chart "${chart.id}"`, `field "${field}": mixes units (${[...units].join(', ')}); bars share one scale`);
    }
  }
  return { indicators, charts };
}

export { figureText };
