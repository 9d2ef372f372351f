/** How the 主要指标 page names an indicator's period, kind and qualified figure. */
import type { Indicator } from '../../schemas/indicators.ts';
import { writeNumeral } from '../numerals.ts';

/**
 * The five-year plan whose years `period` spans (`2016—2020`), by its number: the first ran
 * 1953—1957, the second 1958—1962, and from the third (1966—1970) every five years; none
 * for any other span.
 */
export function planNumber(period: string): number | undefined {
  const match = /^(\d{4})—(\d{4})$/.exec(period);
  if (!match) return undefined;
  const [start, end] = [Number(match[1]), Number(match[2])];
  if (end !== start + 4) return undefined;
  if (start === 1953 || start === 1958) return (start - 1948) / 5;
  return start >= 1966 && (start - 1966) % 5 === 0 ? (start - 1966) / 5 + 3 : undefined;
}

/** The figure as the report writes it: 492.06 + 亿元 → “492.06亿元”. */
export const figureText = (indicator: Pick<Indicator, 'value' | 'unit'>): string => `${indicator.value}${indicator.unit}`;

/** A plan's span as the report names it (“十三五”时期 for five years of a plan), else the years (…年). */
export function periodLabel(period: string): string {
  const plan = planNumber(period);
  return plan ? `“${writeNumeral(plan)}五”时期` : `${period}年`;
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
