/**
 * How a figure's quote names its place in a section, for the build (remark-indicator-links)
 * and the importer's figure draft alike: quotes are matched with spaces and line breaks left
 * out (a line break in the source is a soft break in the text: `2020年达到\n492.06亿元` still
 * holds the quote `2020年达到492.06亿元`), and a quote that is no longer in the text is
 * answered with the passage most like it.
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
    const replacement = replace(
      match[0],
      original[match.index - 1] ?? '',
      original[match.index + match[0].length] ?? '',
    );
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
  mapText(text, (space, before, after) =>
    !space.includes('\n') ? space : WIDE.test(before) || WIDE.test(after) || !before || !after ? '' : ' ',
  );

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

/** A section's numbered paragraphs as quotes are looked for in them. */
export interface SectionQuoteText {
  /**
   * The paragraphs' text without whitespace in one string: paragraphs that follow each other
   * run on (a quote may span a paragraph that was split in two), others are kept apart by a
   * character no quote holds.
   */
  text: string;
  /** For each character of `text`, its paragraph and its index there; -1 and -1 for the break. */
  where: { paragraph: number; offset: number }[];
}

/** The section's text to look for quotes in, from each paragraph squeezed and whether it follows the one before. */
export function sectionQuoteText(paragraphs: { squeezed: MappedText; follows: boolean }[]): SectionQuoteText {
  let text = '';
  const where: SectionQuoteText['where'] = [];
  paragraphs.forEach(({ squeezed, follows }, paragraph) => {
    if (!follows && text) {
      text += '\u0000';
      where.push({ paragraph: -1, offset: -1 });
    }
    for (let i = 0; i < squeezed.text.length; i += 1) where.push({ paragraph, offset: squeezed.from[i] });
    text += squeezed.text;
  });
  return { text, where };
}

/** Where a figure stands: its paragraph, and the figure's span in the paragraph's text. */
export interface FigurePlace {
  paragraph: number;
  start: number;
  end: number;
}

/**
 * Where a quote puts its figure in a section:
 * - `figure missing`: the quote does not hold the figure;
 * - `none`: the quote is not in the section;
 * - `split`: in one of its places, the figure runs across two paragraphs;
 * - `many`: in several places (the paragraph of each), which the hint does not tell apart;
 * - `one`: one place, found once in the section or once in the hinted paragraph (`byHint`).
 */
export type FigurePlacement =
  | { found: 'figure missing' }
  | { found: 'none' }
  | { found: 'split' }
  | { found: 'many'; paragraphs: number[] }
  | ({ found: 'one'; byHint: boolean } & FigurePlace);

/**
 * Where `quote` puts `figure` in the section: the figure is the first occurrence of it in the
 * quote; a quote in several places names one when exactly one of them is in paragraph `hint`
 * (an index into the section's paragraphs).
 */
export function placeFigure(section: SectionQuoteText, quote: string, figure: string, hint?: number): FigurePlacement {
  const wantedQuote = squeeze(quote).text;
  const wantedFigure = squeeze(figure).text;
  const inQuote = wantedQuote.indexOf(wantedFigure);
  if (inQuote === -1) return { found: 'figure missing' };
  const places = occurrences(section.text, wantedQuote).map((at): FigurePlace | undefined => {
    const first = section.where[at + inQuote];
    const last = section.where[at + inQuote + wantedFigure.length - 1];
    if (first.paragraph !== last.paragraph) return undefined;
    return { paragraph: first.paragraph, start: first.offset, end: last.offset + 1 };
  });
  if (places.length === 0) return { found: 'none' };
  if (places.some((place) => !place)) return { found: 'split' };
  const all = places as FigurePlace[];
  if (all.length === 1) return { found: 'one', byHint: false, ...all[0] };
  const hinted = all.filter((place) => place.paragraph === hint);
  if (hinted.length === 1) return { found: 'one', byHint: true, ...hinted[0] };
  return { found: 'many', paragraphs: all.map((place) => place.paragraph) };
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
