/**
 * Units of one kind, converted to compare a target with a result written in another (粮食
 * 1.2万亿斤 against 6.07亿吨: 6.07亿吨 = 1.214万亿斤). Units of no kind here compare only with
 * themselves.
 */
const KINDS: Record<string, { kind: string; factor: number }> = {
  '%': { kind: 'percent', factor: 1 },
  '％': { kind: 'percent', factor: 1 },
  元: { kind: 'money', factor: 1 },
  万元: { kind: 'money', factor: 1e4 },
  亿元: { kind: 'money', factor: 1e8 },
  万亿元: { kind: 'money', factor: 1e12 },
  人: { kind: 'people', factor: 1 },
  名: { kind: 'people', factor: 1 },
  万人: { kind: 'people', factor: 1e4 },
  吨: { kind: 'weight', factor: 1 },
  万吨: { kind: 'weight', factor: 1e4 },
  亿吨: { kind: 'weight', factor: 1e8 },
  斤: { kind: 'weight', factor: 0.0005 },
  万斤: { kind: 'weight', factor: 5 },
  亿斤: { kind: 'weight', factor: 5e4 },
  万亿斤: { kind: 'weight', factor: 5e8 },
  公里: { kind: 'length', factor: 1 },
  万公里: { kind: 'length', factor: 1e4 },
  亩: { kind: 'area', factor: 1 },
  万亩: { kind: 'area', factor: 1e4 },
  亿亩: { kind: 'area', factor: 1e8 },
};

/** Whether a unit is a rate (its tolerance is in percentage points). */
export const isRate = (unit: string): boolean => KINDS[unit]?.kind === 'percent' || unit === '个百分点';

/** `value` of unit `from` in unit `to`; undefined when the two are not of one kind. */
export function convert(value: number, from: string, to: string): number | undefined {
  if (from === to) return value;
  const a = KINDS[from];
  const b = KINDS[to];
  if (!a || !b || a.kind !== b.kind) return undefined;
  // Rounded to the digits a report writes, so that 6.07亿吨 reads 1.214万亿斤, not 1.2140000000000002.
  return Number(((value * a.factor) / b.factor).toPrecision(12));
}
