/**
 * The 对账单 of a report: each of its targets beside the result the next report gives for the
 * same indicator and year, and a verdict (verdict.ts). A result answers a target when both
 * name one indicator (names.ts: by the shared list of names, else by the same name), the
 * result is of the target's year and its unit converts to the target's. Failing a result of
 * that year, a result of a span that holds it (a five-year review) is shown as 无法比较. An
 * editor's pairs (`<report>/reconcile.yaml`) come before the drafted ones.
 */
import type { IndicatorName } from '../../schemas/indicator-names.ts';
import type { Indicator } from '../../schemas/indicators.ts';
import { indicatorNamed, measureOf } from './names.ts';
import { convert } from './units.ts';
import { judge, type Judgement } from './verdict.ts';

export interface ReportFigures {
  /** `guowuyuan/2014` */
  id: string;
  year: number;
  indicators: readonly Indicator[];
}

/** An editor's pair: the target's id, and the result's id in the next report, or null for none. */
export interface EditorPair {
  target: string;
  result: string | null;
}

export interface Pairing extends Judgement {
  target: Indicator;
  result?: Indicator;
  /** The shared indicator both name, when one does. */
  named?: IndicatorName;
  /** Whether an editor set this pair (else it is drafted). */
  edited: boolean;
}

/** The indicator a figure names: an entry of the shared names, else its own name's measure. */
const identity = (
  figure: Indicator,
  entries: readonly IndicatorName[],
  named = indicatorNamed(figure.indicator, entries),
): string => (named ? `named:${named.id}` : `own:${measureOf(figure.indicator)}`);

/** Whether a period (a year, or a span `2013—2017`) holds `year`. */
function holds(period: string, year: number): boolean {
  const [from, to = from] = period.split('—').map(Number);
  return from <= year && year <= to;
}

/** The targets of `report` for its own year, each with the next report's result and a verdict. */
export function pairTargets(
  report: ReportFigures,
  next: ReportFigures | undefined,
  entries: readonly IndicatorName[],
  edited: readonly EditorPair[] = [],
): Pairing[] {
  const year = String(report.year);
  const targets = report.indicators.filter((i) => i.kind === 'target' && i.period === year);
  const results = next?.indicators.filter((i) => i.kind !== 'target') ?? [];
  const byId = new Map(results.map((i) => [i.id, i]));
  // Each result's indicator, worked out once for all the targets.
  const identities = new Map(results.map((i) => [i.id, identity(i, entries)]));
  return targets.map((target) => {
    const named = indicatorNamed(target.indicator, entries);
    const price = named?.price ?? false;
    const own = edited.find((pair) => pair.target === target.id);
    if (own) {
      const result = own.result ? byId.get(own.result) : undefined;
      return { target, result, named, edited: true, ...judge(target, result, price) };
    }
    // A change answers a change (增长6.9% a 增长7%左右), a level a level (1312万人 a 1000万人以上).
    const wanted = identity(target, entries, named);
    const candidates = results.filter(
      (r) =>
        identities.get(r.id) === wanted &&
        (target.change !== undefined) === (r.kind === 'growth') &&
        convert(r.value, r.unit, target.unit) !== undefined,
    );
    // The same unit first: 7.4% answers 7.5%左右 before 63.6万亿元 could be converted to anything.
    const ranked = [...candidates].sort((a, b) => Number(b.unit === target.unit) - Number(a.unit === target.unit));
    const result = ranked.find((r) => r.period === year);
    if (result) return { target, result, named, edited: false, ...judge(target, result, price) };
    const other = ranked.find((r) => r.period.includes('—') && holds(r.period, report.year));
    if (other)
      return {
        target,
        result: other,
        named,
        edited: false,
        verdict: '无法比较',
        reason: `下一年的报告只给出${other.period}年间的数字，不是${year}年的。`,
      };
    return { target, named, edited: false, ...judge(target, undefined, price) };
  });
}
