/**
 * Geometry of the 主要指标 charts, computed at build time and drawn as inline SVG by
 * src/components/IndicatorChart.astro. Bars are sized in percent of the chart's width, so
 * the SVG needs no viewBox: it stretches to any screen while its text keeps the page's
 * font size.
 */
import type { Chart, Indicator } from '../schemas/indicators.ts';
import { periodLabel } from './labels.ts';
import { figureText } from './load-indicators.ts';

/** The longest bar, in percent of the width: the rest is room for the figure after it. */
export const MAX_BAR = 72;

export interface Bar {
  id: string;
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
  /** The chart in words, for its text alternative. */
  summary: string;
}

const round = (n: number) => Math.round(n * 100) / 100;

function bars(items: Indicator[], label: (item: Indicator) => string): Bar[] {
  const max = Math.max(...items.map((item) => item.value));
  return items.map((item) => ({
    id: item.id,
    kind: item.kind,
    label: label(item),
    figure: figureText(item),
    // A zero still shows as a sliver, so that the bar is seen to be there.
    width: max > 0 ? Math.max(round((item.value / max) * MAX_BAR), 0.5) : 0.5,
  }));
}

/** Resolves a chart's ids (checked by the loader) and scales its bars. */
export function layoutChart(chart: Chart, byId: Map<string, Indicator>): ChartLayout {
  const get = (id: string) => byId.get(id)!;
  const when = (item: Indicator) => `${periodLabel(item.period)}${item.kind === 'target' ? '目标' : ''}`;
  const groups: ChartGroup[] =
    chart.type === 'bars'
      ? [{ bars: bars((chart.items ?? []).map(get), (item) => item.indicator) }]
      : (chart.rows ?? []).map((row) => ({ label: row.label, bars: bars(row.items.map(get), when) }));
  const summary = groups
    .map((group) => {
      const list = group.bars.map((bar) => `${bar.label}${bar.figure}`).join('，');
      return group.label ? `${group.label}：${list}` : list;
    })
    .join('；');
  return { id: chart.id, title: chart.title, groups, summary: `${summary}。` };
}
