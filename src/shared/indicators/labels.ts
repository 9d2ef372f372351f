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
 * A range as the report writes it (6%－6.5%, 6%至6.5%), from its quote; else with 至.
 */
function rangeText(indicator: Pick<Indicator, 'value' | 'unit' | 'upper' | 'source'>): string {
  const low = figureText(indicator);
  const high = `${indicator.upper}${indicator.unit}`;
  const { quote } = indicator.source;
  const at = quote.indexOf(low);
  const written =
    at === -1
      ? undefined
      : new RegExp(`^[－—\\-~～至到]${high.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).exec(quote.slice(at + low.length));
  return written ? `${low}${written[0]}` : `${low}至${high}`;
}

/**
 * The figure with its qualifier on the side the report puts it: “超过” before, “左右” after.
 * The quote tells which; a qualifier the quote does not place is shown after, in brackets.
 */
export function qualifiedFigure(
  indicator: Pick<Indicator, 'value' | 'unit' | 'upper' | 'qualifier' | 'source'>,
): string {
  const figure = indicator.upper === undefined ? figureText(indicator) : rangeText(indicator);
  const { qualifier } = indicator;
  if (!qualifier) return figure;
  const { quote } = indicator.source;
  if (quote.includes(qualifier + figureText(indicator))) return qualifier + figure;
  if (quote.includes(figure + qualifier)) return figure + qualifier;
  return `${figure}（${qualifier}）`;
}

/** What the figure's period is, with the year a change is measured from: “十四五”时期（比2020年）. */
export function periodWithBase(indicator: Pick<Indicator, 'period' | 'base'>): string {
  return indicator.base
    ? `${periodLabel(indicator.period)}（比${periodLabel(indicator.base)}）`
    : periodLabel(indicator.period);
}
