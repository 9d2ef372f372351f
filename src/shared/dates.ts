/** Dates: the reader's day, and the dates a report writes (its meeting, its publication). */
import { readNumber } from './numerals.ts';

/**
 * A day as `YYYY-MM-DD` (GB/T 7408), in the time zone of the machine that runs it: in the
 * browser, the day the reader reads the page.
 */
export function isoDay(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${two(date.getMonth() + 1)}-${two(date.getDate())}`;
}

/** A year as a title writes it: 2021年, 二〇二一年. */
export const YEAR = /[〇○零一二三四五六七八九\d]{4}年/;

/**
 * A date as reports write it, all in Arabic numerals (2021年4月27日, 2021年04月27日) or all in
 * Chinese ones (二〇二一年四月二十七日).
 */
export const DATE =
  /(?:\d{4}年\d{1,2}月\d{1,2}日|[〇○零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,3}月[一二三四五六七八九十]{1,3}日)/;

/** The first date in `text` (see `DATE`), as ISO and as `2022年01月18日`; null when there is none. */
export function readDate(text: string): { date: string; dateText: string } | null {
  const match = DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = match[0].split(/[年月日]/).map((part) => readNumber(part) ?? Number.NaN);
  if (!(month >= 1 && month <= 12 && day >= 1 && day <= 31)) return null;
  const mm = String(month).padStart(2, '0');
  const dd = String(day).padStart(2, '0');
  return { date: `${year}-${mm}-${dd}`, dateText: `${year}年${mm}月${dd}日` };
}

/** A report's date as its pages write it: `2021-04-27` → 2021年04月27日, a year alone (`2014`) → 2014年. */
export function writeDate(date: string): string {
  const [year, month, day] = date.split('-');
  return month && day ? `${year}年${month}月${day}日` : `${year}年`;
}
