/**
 * The text helpers of remark-indicator-links: quotes are matched with spaces and line breaks
 * left out (a line break in the source is a soft break in the text: `2020年达到\n492.06亿元`
 * still holds the quote `2020年达到492.06亿元`), and a quote that is no longer in the text
 * is answered with the passage most like it.
 */

/** A text with some of its whitespace dropped or replaced, and where each character came from. */
export interface MappedText {
  text: string;
  /** `from[i]` is the index in the original text of character `i`; `from[text.length]` is the original's length. */
  from: number[];
}

const SPACE = /\s+/g;

function mapText(original: string, replace: (space: string, before: string, after: string) => string): MappedText {
  let text = '';
  const from: number[] = [];
  let last = 0;
  const copy = (to: number) => {
    for (let i = last; i < to; i += 1) {
      text += original[i];
      from.push(i);
    }
  };
  for (const match of original.matchAll(SPACE)) {
    copy(match.index);
    const replacement = replace(match[0], original[match.index - 1] ?? '', original[match.index + match[0].length] ?? '');
    for (const char of replacement) {
      text += char;
      from.push(match.index);
    }
    last = match.index + match[0].length;
  }
  copy(original.length);
  from.push(original.length);
  return { text, from };
}

/** The text without any whitespace: what quotes are matched against. */
export const squeeze = (text: string): MappedText => mapText(text, () => '');

const WIDE = /[^\x00-\x7f]/;

/**
 * The text as it is meant to be read: a line break (with the spaces around it) next to a
 * Chinese character is nothing (“达到\n492.06亿元” is “达到492.06亿元”), between two Latin
 * letters or digits one space. Text without line breaks is returned as is.
 */
export const joinLines = (text: string): MappedText =>
  mapText(text, (space, before, after) => (!space.includes('\n') ? space : WIDE.test(before) || WIDE.test(after) || !before || !after ? '' : ' '));

/** The index in a mapped text of the original index `at` (the first character at or after it). */
export function mappedIndex({ from }: MappedText, at: number): number {
  let low = 0;
  let high = from.length - 1;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (from[mid] < at) low = mid + 1;
    else high = mid;
  }
  return low;
}

export function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  if (!part) return found;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

/** Character pairs (single characters for a one-character text), counted. */
function grams(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  const size = text.length < 2 ? 1 : 2;
  for (let i = 0; i + size <= text.length; i += 1) {
    const gram = text.slice(i, i + size);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

function likeness(quote: Map<string, number>, quoteTotal: number, window: string, size: number): number {
  let shared = 0;
  let total = 0;
  const seen = new Map<string, number>();
  for (let i = 0; i + size <= window.length; i += 1) {
    const gram = window.slice(i, i + size);
    const used = seen.get(gram) ?? 0;
    if (used < (quote.get(gram) ?? 0)) shared += 1;
    seen.set(gram, used + 1);
    total += 1;
  }
  return total + quoteTotal === 0 ? 0 : (2 * shared) / (total + quoteTotal);
}

export interface Passage {
  /** Which of the texts, and where in it. */
  index: number;
  start: number;
  end: number;
  /** 0 (nothing shared) to 1 (the same character pairs). */
  score: number;
}

/**
 * The passage of `texts` most like `quote`: the window, about the quote's length, that shares
 * the most character pairs with it (Dice's coefficient). Windows do not cross from one text
 * into the next, and are widened so as not to cut a number. Undefined when the texts are empty.
 */
export function closestPassage(quote: string, texts: string[]): Passage | undefined {
  const wanted = grams(quote);
  const size = quote.length < 2 ? 1 : 2;
  const wantedTotal = Math.max(0, quote.length - size + 1);
  let best: Passage | undefined;
  const slack = Math.max(1, Math.round(quote.length / 5));
  texts.forEach((text, index) => {
    for (let length = Math.max(1, quote.length - slack); length <= quote.length + slack; length += 1) {
      for (let start = 0; start + length <= Math.max(text.length, length); start += 1) {
        const window = text.slice(start, start + length);
        if (!window) continue;
        const score = likeness(wanted, wantedTotal, window, size);
        const better =
          !best ||
          score > best.score ||
          (score === best.score && Math.abs(length - quote.length) < Math.abs(best.end - best.start - quote.length));
        if (better) best = { index, start, end: start + window.length, score };
      }
    }
  });
  if (!best) return best;
  // Widen the passage to whole numbers and words: “020年达到” reads as “2020年达到”.
  const text = texts[best.index];
  while (best.start > 0 && WORD.test(text[best.start - 1]) && WORD.test(text[best.start])) best.start -= 1;
  while (best.end < text.length && WORD.test(text[best.end]) && WORD.test(text[best.end - 1])) best.end += 1;
  return best;
}

/** Characters of a number or a Latin word, which a passage should not cut. */
const WORD = /[0-9A-Za-z.%]/;
