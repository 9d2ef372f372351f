/**
 * Text as search compares it: full-width forms folded (NFKC: ６→6, ，→,), lower case, and
 * whitespace and punctuation dropped, so that `“六稳”`, `六稳` and `六 稳` are one query and
 * `492.06` matches however it is punctuated. `positions[i]` is the index in the original
 * text of the i-th character kept, so a match can be mapped back for excerpts.
 */
const SKIP = /[\p{P}\p{Z}\s]/u;

export interface Normalized {
  text: string;
  positions: number[];
}

/**
 * The report's own traditional characters and their simplified forms (SearchData.fold), set
 * once by the search engine when the data arrives: text and queries are folded alike.
 */
let fold: Record<string, string> = {};
export function setFold(table: Record<string, string>): void {
  fold = table;
}

export function normalizeWithPositions(input: string): Normalized {
  let text = '';
  const positions: number[] = [];
  for (let i = 0; i < input.length; i += 1) {
    const folded = input[i].normalize('NFKC').toLowerCase();
    for (const char of folded) {
      if (SKIP.test(char)) continue;
      text += fold[char] ?? char;
      positions.push(i);
    }
  }
  return { text, positions };
}

export function normalize(input: string): string {
  return normalizeWithPositions(input).text;
}

/** All start offsets of `needle` in `haystack` (both normalised), non-overlapping. */
export function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (!needle) return found;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) found.push(at);
  return found;
}
