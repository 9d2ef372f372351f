/** How the 主要指标 page names an indicator's period, kind and qualified figure. */
import type { Indicator } from '../../schemas/indicators.ts';

/** The plan periods the report speaks of, by their years. */
const PLAN_PERIODS: Record<string, string> = {
  '2011—2015': '“十二五”时期',
  '2016—2020': '“十三五”时期',
  '2021—2025': '“十四五”时期',
};

/** The figure as the report writes it: 492.06 + 亿元 → “492.06亿元”. */
export const figureText = (indicator: Pick<Indicator, 'value' | 'unit'>): string => `${indicator.value}${indicator.unit}`;

export function periodLabel(period: string): string {
  return PLAN_PERIODS[period] ?? `${period}年`;
}

export const KIND_LABELS: Record<Indicator['kind'], string> = {
  achieved: '实绩',
  growth: '增减',
  target: '目标',
};

/**
 * The figure with its qualifier on the side the report puts it: “超过” before, “左右” after.
 * The quote tells which; a qualifier the quote does not place is shown after, in brackets.
 */
export function qualifiedFigure(indicator: Pick<Indicator, 'value' | 'unit' | 'qualifier' | 'source'>): string {
  const figure = figureText(indicator);
  const { qualifier } = indicator;
  if (!qualifier) return figure;
  const { quote } = indicator.source;
  if (quote.includes(qualifier + figure)) return qualifier + figure;
  if (quote.includes(figure + qualifier)) return figure + qualifier;
  return `${figure}（${qualifier}）`;
}
