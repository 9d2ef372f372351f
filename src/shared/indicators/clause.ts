/**
 * The words around a figure that make it readable out of context, for the 主要指标 table:
 * its sentence (up to 。；！？), or, when the sentence is long, its clause between commas.
 */

const SENTENCE_END = /[。；！？]/;
const CLAUSE_BREAK = /[，：]/;
/** Longer sentences are cut down to the clause that holds the figure. */
export const MAX_SENTENCE = 48;

export interface Clause {
  before: string;
  figure: string;
  after: string;
}

function lastIndexMatching(text: string, pattern: RegExp, from: number, to: number): number {
  for (let i = to - 1; i >= from; i -= 1) if (pattern.test(text[i])) return i;
  return -1;
}

function firstIndexMatching(text: string, pattern: RegExp, from: number, to: number): number {
  for (let i = from; i < to; i += 1) if (pattern.test(text[i])) return i;
  return -1;
}

/** The clause of `text` around the figure at [start, end), with … where it was cut. */
export function clauseAround(text: string, start: number, end: number): Clause {
  let from = lastIndexMatching(text, SENTENCE_END, 0, start) + 1;
  const stop = firstIndexMatching(text, SENTENCE_END, end, text.length);
  let to = stop === -1 ? text.length : stop + 1;
  let cutBefore = false;
  let cutAfter = false;
  if (to - from > MAX_SENTENCE) {
    const left = lastIndexMatching(text, CLAUSE_BREAK, from, start);
    if (left !== -1) [from, cutBefore] = [left + 1, true];
    const right = firstIndexMatching(text, CLAUSE_BREAK, end, to);
    if (right !== -1) [to, cutAfter] = [right, true];
  }
  // A lead-in dash (——疫情防控…) belongs to the paragraph, not to the clause.
  while (text.startsWith('—', from) && from < start) from += 1;
  return {
    before: (cutBefore ? '…' : '') + text.slice(from, start),
    figure: text.slice(start, end),
    after: text.slice(end, to) + (cutAfter ? '…' : ''),
  };
}
