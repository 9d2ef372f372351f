/** How the 主要指标 page names an indicator's period, kind and qualified figure. */
import type { Indicator } from '../../schemas/indicators.ts';
import { planName, planOfYears } from '../five-year-plans.ts';

/** The figure as the report writes it: 492.06 + 亿元 → “492.06亿元”. */
export const figureText = (indicator: Pick<Indicator, 'value' | 'unit'>): string =>
  `${indicator.value}${indicator.unit}`;

/** A plan's span as the report names it (“十三五”时期 for five years of a plan), else the years (…年). */
export function periodLabel(period: string): string {
  const years = /^(\d{4})—(\d{4})$/.exec(period);
  const plan = years ? planOfYears(Number(years[1]), Number(years[2])) : undefined;
  return plan ? `“${planName(plan)}”时期` : `${period}年`;
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
