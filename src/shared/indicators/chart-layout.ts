/**
 * Geometry of the 主要指标 charts, computed at build time and drawn as inline SVG by
 * src/components/IndicatorChart.astro. Bars are sized in percent of the chart's width, so
 * the SVG needs no viewBox: it stretches to any screen while its text keeps the page's
 * font size.
 */
import type { Chart, Indicator } from '../../schemas/indicators.ts';
import { periodLabel, qualifiedFigure } from './labels.ts';

/** The longest bar, in percent of the width: the rest is room for the figure after it. */
export const MAX_BAR = 64;

export interface Bar {
  kind: Indicator['kind'];
  label: string;
  figure: string;
  /** Bar length in percent of the chart's width. */
  width: number;
}

export interface ChartGroup {
  /** The row's label (change charts); bars charts have one group without a label. */
  label?: string;
  bars: Bar[];
}

export interface ChartLayout {
  id: string;
  title: string;
  groups: ChartGroup[];
  /** True when the groups are in different units, each drawn to its own scale. */
  scalePerGroup: boolean;
  /** The chart in words, for its text alternative. */
  summary: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

function bars(items: Indicator[], max: number, label: (item: Indicator) => string): Bar[] {
  return items.map((item) => ({
    kind: item.kind,
    label: label(item),
    figure: qualifiedFigure(item),
    // A zero still shows as a sliver, so that the bar is seen to be there.
    width: max > 0 ? Math.max(round((item.value / max) * MAX_BAR), 0.5) : 0.5,
  }));
}

/**
 * Resolves a chart's ids (checked by the loader) and scales its bars: one scale for the
 * whole chart when it has one unit, so that bars compare across groups; otherwise one
 * scale per group (the loader makes sure a group has one unit), and the chart says so.
 */
export function layoutChart(chart: Chart, byId: Map<string, Indicator>): ChartLayout {
  const get = (id: string) => byId.get(id)!;
  const when = (item: Indicator) => `${periodLabel(item.period)}${item.kind === 'target' ? '目标' : ''}`;
  const rows =
    chart.type === 'bars'
      ? [{ label: undefined, items: (chart.items ?? []).map(get), name: (item: Indicator) => item.indicator }]
      : (chart.rows ?? []).map((row) => ({ label: row.label, items: row.items.map(get), name: when }));
  const all = rows.flatMap((row) => row.items);
  const scalePerGroup = new Set(all.map((item) => item.unit)).size > 1;
  const maxOf = (items: Indicator[]) => Math.max(...items.map((item) => item.value));
  const groups: ChartGroup[] = rows.map((row) => ({
    ...(row.label ? { label: row.label } : {}),
    bars: bars(row.items, maxOf(scalePerGroup ? row.items : all), row.name),
  }));
  const summary = groups
    .map((group) => {
      const list = group.bars.map((bar) => `${bar.label}${bar.figure}`).join('，');
      return group.label ? `${group.label}：${list}` : list;
    })
    .join('；');
  return { id: chart.id, title: chart.title, groups, scalePerGroup, summary: `${summary}。` };
}
