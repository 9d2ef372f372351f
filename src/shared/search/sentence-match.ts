/**
 * A sentence pasted from memory differs from the report in a word or two (拿来 for 用来,
 * an added 了). Word by word it may fall short; character by character it is nearly all
 * there, in order. This is a local alignment (Smith–Waterman) of the query with the
 * passage: matching characters score, a changed, missing or extra character costs a
 * little. The similarity is the best score over the query's length; the matched stretches
 * of text are returned for marking.
 */
import type { Span } from './match-unit.ts';

const MATCH = 1;
const CHANGE = -0.6;
const GAP = -0.4;

/** Queries shorter than this are words, not sentences. */
export const SENTENCE_LENGTH = 8;

export function sentenceSimilarity(query: string, text: string): { similarity: number; spans: Span[] } {
  const m = query.length;
  const n = text.length;
  if (m < SENTENCE_LENGTH || n === 0) return { similarity: 0, spans: [] };
  // score[i][j]: best alignment ending at query[i-1], text[j-1]; rows kept for the traceback.
  const score = Array.from({ length: m + 1 }, () => new Float32Array(n + 1));
  let best = 0;
  let at: [number, number] = [0, 0];
  for (let i = 1; i <= m; i += 1) {
    for (let j = 1; j <= n; j += 1) {
      const value = Math.max(
        0,
        score[i - 1][j - 1] + (query[i - 1] === text[j - 1] ? MATCH : CHANGE),
        score[i - 1][j] + GAP,
        score[i][j - 1] + GAP,
      );
      score[i][j] = value;
      if (value > best) {
        best = value;
        at = [i, j];
      }
    }
  }
  // Walk back along the best alignment, collecting the text characters that matched.
  const matched: number[] = [];
  let [i, j] = at;
  while (i > 0 && j > 0 && score[i][j] > 0) {
    const value = score[i][j];
    if (query[i - 1] === text[j - 1] && Math.abs(value - (score[i - 1][j - 1] + MATCH)) < 1e-4) {
      matched.push(j - 1);
      i -= 1;
      j -= 1;
    } else if (Math.abs(value - (score[i - 1][j - 1] + CHANGE)) < 1e-4) {
      i -= 1;
      j -= 1;
    } else if (Math.abs(value - (score[i - 1][j] + GAP)) < 1e-4) {
      i -= 1;
    } else {
      j -= 1;
    }
  }
  const spans: Span[] = [];
  for (const position of matched.reverse()) {
    const last = spans.at(-1);
    if (last && last.end === position) last.end += 1;
    else spans.push({ start: position, end: position + 1 });
  }
  return { similarity: best / m, spans: spans.filter((span) => span.end - span.start >= 2) };
}
