/**
 * Numbers a reader types as they say them, read as the report writes them: 五十部电梯 →
 * 50部电梯, 百分之四点五 → 4.5%, 九点八四万人 → 9.84万人, 两千 → 2000. Reports write their
 * figures in Arabic numerals; readers often spell them out (by voice input, or as said).
 *
 * Only a run of two characters or more is read (一 to 九 alone are too often part of a
 * name: 六稳, 三农), and only where the run does not occur in the report as written: 十三五,
 * 一带一路 and 两不愁三保障 are names, not numbers. An approximate number with its measure
 * word (三千多户, 3000多户, 九万多人) is read as the report's figures of that measure in its
 * range (3229户, 9.84万人): see `approximateFigures`.
 */
import { readNumber, readNumeral } from '../numerals.ts';

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

const MULTIPLIER: Record<string, number> = { '': 1, 万: 1e4, 亿: 1e8, 万亿: 1e12 };

/** An approximate amount and the measure word after it: 三千多户, 3000多户, 十余万人. */
const APPROXIMATE = /([零〇一二两三四五六七八九十百千万亿]+|[0-9]+)[多余](万亿|万|亿)?(\p{Script=Han})/gu;

/** Figures as reports write them, with a measure word: 3229户, 9.84万人. */
const FIGURE = /([0-9]+(?:\.[0-9]+)?)(万亿|万|亿)?(\p{Script=Han})/gu;

/**
 * `query` with each approximate amount (三千多户: 3000 up to 4000 households) replaced by a
 * figure of the report in that range and of that measure (3229户), one query for each
 * figure, in the order the report gives them; none when the query has no such amount or the
 * report no such figure. The range runs up to the next step of the amount's last place:
 * 三千多 to 4000, 三十多万 to 40万, 十余 to 20.
 */
export function approximateFigures(query: string, corpus: string): string[] {
  // Most queries hold no approximate amount: the report's figures are read only for one that does.
  if (!new RegExp(APPROXIMATE.source, 'u').test(query)) return [];
  const figures = [...corpus.matchAll(FIGURE)].map((m) => ({
    text: m[0],
    value: Number(m[1]) * MULTIPLIER[m[2] ?? ''],
    measure: m[3],
  }));
  let alternatives = [query];
  for (const m of query.matchAll(APPROXIMATE)) {
    const base = readNumber(m[1]);
    if (base === undefined || base === 0) continue;
    const step = 10 ** (String(base).length - String(base).replace(/0+$/, '').length);
    // 三千多 is a round number and a step; 3229多 is no approximate amount.
    if (step === 1 && base >= 10) continue;
    const low = base * MULTIPLIER[m[2] ?? ''];
    const high = (base + step) * MULTIPLIER[m[2] ?? ''];
    const found = [
      ...new Set(figures.filter((f) => f.measure === m[3] && f.value > low && f.value < high).map((f) => f.text)),
    ];
    if (found.length === 0) return [];
    alternatives = alternatives.flatMap((text) => found.map((figure) => text.replace(m[0], figure)));
  }
  return alternatives.length === 1 && alternatives[0] === query ? [] : alternatives.slice(0, 5);
}
