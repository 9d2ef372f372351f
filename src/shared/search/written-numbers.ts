/**
 * Numbers a reader types as they say them, read as the report writes them: 五十部电梯 →
 * 50部电梯, 百分之四点五 → 4.5%, 九点八四万人 → 9.84万人, 两千 → 2000. Reports write their
 * figures in Arabic numerals; readers often spell them out (by voice input, or as said).
 *
 * Only a run of two characters or more is read (一 to 九 alone are too often part of a
 * name: 六稳, 三农), and only where the run does not occur in the report as written: 十三五,
 * 一带一路 and 两不愁三保障 are names, not numbers. An approximate number (三千多) is left
 * as typed: no figure of the report is written that way.
 */
import { readNumeral } from '../numerals.ts';

/** A number in words: 百分之/千分之 before it, 多/余 after it (read, then left as typed). */
const RUN = /(?:百分之|千分之)?[零〇一二两三四五六七八九十百千万亿点]+[多余]?/g;

/** The figure as reports write it: 50, 4.5%, 9.84万. */
function figure(run: string): string | undefined {
  const numeral = readNumeral(run);
  if (!numeral || numeral.more) return undefined;
  const value = numeral.magnitude ?? { value: numeral.value, word: '' };
  // Decimals as written (4.5, not 4.500000001): at most the digits the words gave.
  const digits = String(Number(value.value.toFixed(6)));
  return `${digits}${value.word}${numeral.unit ?? ''}`;
}

/**
 * `query` with its numbers in words written in figures; `occurs` says whether a text is in
 * the report as written. The query itself when it has none to read.
 */
export function writtenNumbers(query: string, occurs: (text: string) => boolean): string {
  return query.replace(RUN, (run) => {
    if ([...run].length < 2 || occurs(run)) return run;
    return figure(run) ?? run;
  });
}
