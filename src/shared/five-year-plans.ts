/**
 * The five-year plans and their years. The first ran 1953—1957, the second 1958—1962, and
 * from the third (1966—1970, after three years of readjustment) one every five years. Reports
 * name a plan by its number and 五: “十三五” is the thirteenth, 2016—2020.
 */
import { readNumber, writeNumeral } from './numerals.ts';

/** The years of plan `n` (13 → 2016—2020), or undefined when there is no such plan. */
export function planYears(n: number): { start: number; end: number } | undefined {
  if (!Number.isInteger(n) || n < 1) return undefined;
  const start = n === 1 ? 1953 : n === 2 ? 1958 : 1966 + 5 * (n - 3);
  return { start, end: start + 4 };
}

/** The plan whose years run from `start` to `end` (2016, 2020 → 13), or undefined for any other span. */
export function planOfYears(start: number, end: number): number | undefined {
  if (end !== start + 4) return undefined;
  if (start === 1953 || start === 1958) return (start - 1948) / 5;
  return start >= 1966 && (start - 1966) % 5 === 0 ? (start - 1966) / 5 + 3 : undefined;
}

/** A plan's name: 13 → 十三五. */
export const planName = (n: number): string => `${writeNumeral(n)}五`;

/** The plan a name names (十三五 → 13, 一五 → 1), as `planName` writes it; undefined for any other word. */
export function readPlanName(name: string): number | undefined {
  const numeral = name.endsWith('五') ? name.slice(0, -1) : '';
  const n = readNumber(numeral);
  return n !== undefined && n >= 1 && Number.isInteger(n) && writeNumeral(n) === numeral ? n : undefined;
}

/**
 * A plan's name in running text: from the eleventh (十一五, 2006—2010) to the nineteenth,
 * the names no number can be taken for (十五 and 二十五 are also fifteen and twenty-five).
 */
export const PLAN_NAME = /十[一二三四五六七八九]五/;
