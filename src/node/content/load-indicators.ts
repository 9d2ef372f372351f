/**
 * Reads a report's `indicators.yaml`, its figures as data. The zod schema checks each
 * field; here the cross-checks that zod cannot make on one entry: ids unique, charts naming
 * indicators that exist, one unit per bar chart and per change row. Every problem names
 * the file, the line, the entry and the field.
 */
import { existsSync, readFileSync } from 'node:fs';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { figureText } from '../../shared/indicators/labels.ts';
import { ContentError, schemaProblems, type ContentProblem } from '../../shared/content-error.ts';
import { indicatorsFileSchema, type Chart, type Indicator } from '../../schemas/indicators.ts';
import { cleanText } from './frontmatter.ts';

export interface IndicatorData {
  indicators: Indicator[];
  charts: Chart[];
  /** The importer's draft, not yet curated (the file says `draft: true`). */
  draft: boolean;
  /** The line of each indicator's entry in the data file, by id, for messages about it. */
  lines: Record<string, number>;
}

/**
 * `file` is the report's indicators.yaml, named as messages name it. A report without
 * figures has no file: no indicators, no charts, no 主要指标 page.
 */
export function loadIndicators(file: string, text = existsSync(file) ? readFileSync(file, 'utf8') : ''): IndicatorData {
  const lines = new LineCounter();
  const doc = parseDocument(cleanText(text), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    throw new ContentError(doc.errors.map((error) => ({ file, line: lines.linePos(error.pos[0]).line, message: `not valid YAML: ${error.message.split('\n')[0]}` })));
  }
  const raw = doc.toJS() as Record<string, { id?: unknown }[]> | null;
  const lineOf = (path: PropertyKey[]): number | undefined => {
    for (let depth = path.length; depth > 0; depth -= 1) {
      const node = doc.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lines.linePos(node.range[0]).line;
    }
    return undefined;
  };
  /** `indicators[3]` → `indicator "gdp-2020"`, the way an editor finds it in the file. */
  const entryOf = (list: PropertyKey | undefined, index: PropertyKey | undefined): string | undefined => {
    if (typeof index !== 'number') return undefined;
    const id = raw?.[String(list)]?.[index]?.id;
    const kind = list === 'charts' ? 'chart' : 'indicator';
    return typeof id === 'string' ? `${kind} "${id}"` : `${kind} ${index + 1} of \`${String(list)}\``;
  };

  // An empty file is a report without figures, like no file.
  const result = indicatorsFileSchema.safeParse(raw ?? {});
  if (!result.success) {
    throw new ContentError(
      schemaProblems(file, result.error.issues, (path) => {
        const [list, index, ...rest] = path;
        return { line: lineOf(path), entry: entryOf(list, index), field: (typeof index === 'number' ? rest : path).map(String).join('.') || undefined };
      }),
    );
  }
  const { indicators, charts, draft } = result.data;
  const problems: ContentProblem[] = [];
  const problem = (list: 'indicators' | 'charts', index: number, field: string, message: string) =>
    problems.push({ file, line: lineOf([list, index, field.split(/[.[]/)[0]]), entry: entryOf(list, index), field, message });

  const byId = new Map<string, Indicator>();
  indicators.forEach((indicator, index) => {
    if (byId.has(indicator.id)) problem('indicators', index, 'id', 'used twice: give each indicator its own id');
    byId.set(indicator.id, indicator);
  });
  const chartIds = new Set<string>();
  charts.forEach((chart, index) => {
    if (chartIds.has(chart.id)) problem('charts', index, 'id', 'used twice: give each chart its own id');
    chartIds.add(chart.id);
    const groups = chart.type === 'bars' ? [{ field: 'items', ids: chart.items ?? [] }] : (chart.rows ?? []).map((row, i) => ({ field: `rows[${i}].items`, ids: row.items }));
    for (const { field, ids } of groups) {
      const units = new Set<string>();
      for (const ref of ids) {
        const indicator = byId.get(ref);
        if (!indicator) problem('charts', index, field, `no indicator "${ref}": name an id from \`indicators\``);
        else units.add(indicator.unit);
      }
      if (units.size > 1) problem('charts', index, field, `mixes units (${[...units].join(', ')}); bars share one scale: chart one unit at a time`);
    }
  });
  if (problems.length > 0) throw new ContentError(problems);
  const entryLines: Record<string, number> = {};
  indicators.forEach((indicator, index) => {
    const line = lineOf(['indicators', index]);
    if (line) entryLines[indicator.id] = line;
  });
  return { indicators, charts, draft, lines: entryLines };
}

export { figureText };
