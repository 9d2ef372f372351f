/**
 * The verdict on a target, given the result the next report gives for it, as the 对账单
 * page explains them:
 * - 完成: the result meets the target as its qualifier reads it: 左右 a point (met at it or
 *   above), 以上 and 不低于 floors, 以内, 控制在 and a price's 左右 ceilings, a range met
 *   inside it, a decrease (能耗降低3%) met by a fall at least as large;
 * - 基本完成: short of that by no more than the tolerance, ±0.5 percentage points for a rate
 *   and ±5% for a quantity;
 * - 未完成: short by more;
 * - 未报告: no result for it;
 * - 无法比较: a result in a unit that does not convert.
 * Units of one kind are converted, and the conversion is said (6.07亿吨 = 1.214万亿斤).
 */
import { convert, isRate } from './units.ts';

export const VERDICTS = ['完成', '基本完成', '未完成', '未报告', '无法比较'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** What each verdict means, as the 对账单 page explains it to readers. */
export const VERDICT_MEANINGS: Record<Verdict, string> = {
  完成: '结果达到目标。带“左右”的目标以目标值为准，达到或超过即为完成；“以上”“不低于”是下限；“以内”“控制在”和价格涨幅的“左右”是上限；区间目标落在区间之内为完成；降低类目标（如能耗降低）降幅不小于目标为完成。',
  基本完成: '没有达到目标，但差距在容差之内：比率为正负0.5个百分点，数量为正负5%。',
  未完成: '差距超出容差。',
  未报告: '下一年的报告没有给出这一年的这项数字，或下一年的报告尚未收入本站。',
  无法比较: '下一年的报告给出的数字属于另一时期（如五年合计或年均），或单位不同而无法换算。',
};

export interface TargetFigure {
  value: number;
  upper?: number;
  unit: string;
  qualifier?: string;
  change?: 'rise' | 'fall';
}
export type ResultFigure = Pick<TargetFigure, 'value' | 'unit' | 'change'>;

export interface Judgement {
  verdict: Verdict;
  /** One line: what was compared with what, and by how much it differs. */
  reason: string;
  /** The result in the target's unit, when the two differ: 6.07亿吨 = 1.214万亿斤. */
  conversion?: string;
}

const FLOORS = ['以上', '不低于', '不少于', '超过', '超', '突破'];
const CEILINGS = ['以内', '控制在', '不超过', '以下', '低于'];

type Side = 'floor' | 'ceiling' | 'point' | 'range';

function sideOf(target: TargetFigure, price: boolean): Side {
  if (target.upper !== undefined) return 'range';
  const q = target.qualifier ?? '';
  if (CEILINGS.includes(q)) return 'ceiling';
  if (FLOORS.includes(q)) return 'floor';
  // A price's target is how far it may rise: 3%左右 is met at 3% or less.
  if (price && target.change !== 'fall') return 'ceiling';
  // A decrease is met by a fall at least as large.
  if (target.change === 'fall') return q === '左右' ? 'point' : 'floor';
  return q === '左右' ? 'point' : 'floor';
}

/** A number as reports write it: 0.1, 1.214, 1322. */
const shown = (n: number): string => String(Number(n.toPrecision(10)));

export function judge(target: TargetFigure, result: ResultFigure | undefined, price = false): Judgement {
  if (!result) return { verdict: '未报告', reason: '下一年的报告没有给出这一年的这项数字。' };
  const converted = convert(result.value, result.unit, target.unit);
  if (converted === undefined)
    return { verdict: '无法比较', reason: `单位不同（${target.unit}与${result.unit}），无法换算。` };
  const conversion =
    result.unit === target.unit
      ? undefined
      : `${shown(result.value)}${result.unit} = ${shown(converted)}${target.unit}`;
  // A decrease compares falls: a result that rose instead is short by all of it.
  const falls = target.change === 'fall';
  const r = falls ? (result.change === 'rise' ? -converted : converted) : converted;
  const rate = isRate(target.unit);
  const tolerance = rate ? 0.5 : Math.abs(target.value) * 0.05;
  const unitWord = rate ? '个百分点' : target.unit;
  const side = sideOf(target, price);
  const low = target.value;
  const high = target.upper ?? target.value;
  const written = `${shown(low)}${target.upper !== undefined ? `—${shown(high)}` : ''}${target.unit}`;
  const actual = `${falls ? (r < 0 ? '不降反升' : '下降') : ''}${shown(Math.abs(r))}${target.unit}`;
  const by = (d: number) => `${shown(Number(Math.abs(d).toFixed(6)))}${unitWord}`;
  const tol = `（容差${rate ? '±0.5个百分点' : '±5%'}）`;
  const say = (verdict: Verdict, how: string): Judgement => ({
    verdict,
    reason: `实际${actual}，${how}。`,
    ...(conversion ? { conversion } : {}),
  });
  // Short of the target on its wanted side: below a floor, a point or a range, above a ceiling.
  const short =
    side === 'ceiling' ? r - high : side === 'range' ? (r < low ? low - r : r > high ? r - high : 0) : low - r;
  if (short <= 1e-9) {
    const how =
      side === 'ceiling'
        ? `不高于目标${written}`
        : side === 'range'
          ? `在目标区间${written}之内`
          : r === low
            ? `与目标${written}持平`
            : `高于目标${written}`;
    return say('完成', how);
  }
  const direction = side === 'ceiling' || (side === 'range' && r > high) ? '高' : '低';
  if (short <= tolerance + 1e-9) return say('基本完成', `比目标${written}${direction}${by(short)}，在容差之内${tol}`);
  return say('未完成', `比目标${written}${direction}${by(short)}，超出容差${tol}`);
}
