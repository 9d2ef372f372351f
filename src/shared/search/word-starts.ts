/**
 * Where words begin in a normalised text. Abbreviations take the first character of each
 * word (社零: 社会消费品 + 零售, 固投: 固定资产 + 投资), and typed pinyin or a homophone slip
 * should stand for whole words, not for the tail of one word and the head of the next;
 * both need word boundaries. The browser's own segmenter provides them (Intl.Segmenter,
 * no download); where it is missing every character counts as a start, which only makes
 * those matches looser.
 */
import type { Normalized } from './normalize.ts';
import { isHan } from '../han.ts';

let segmenter: Intl.Segmenter | null | undefined;

function zhSegmenter(): Intl.Segmenter | null {
  if (segmenter === undefined)
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  return segmenter;
}

/** The words of `text` as the segmenter cuts them (each character where it cannot). */
export function segmentWords(text: string): string[] {
  const words = zhSegmenter();
  if (!words) return [...text];
  return [...words.segment(text)].map((part) => part.segment);
}

/** `starts[i]`: the i-th character begins a word (WORD) or a clause, after punctuation (CLAUSE). */
export const WORD = 1;
export const CLAUSE = 2;

/**
 * `starts[i]` is WORD when the i-th character of `norm.text` begins a word of `original`,
 * CLAUSE when punctuation stood before it (dropped by normalisation: 医疗、危房改造 is not
 * one stretch to abbreviate). A change between Han characters and letters or digits also
 * begins a word.
 */
export function wordStarts(original: string, norm: Normalized): Uint8Array {
  const boundaries = new Set<number>();
  let at = 0;
  for (const word of segmentWords(original)) {
    boundaries.add(at);
    at += word.length;
  }
  const starts = new Uint8Array(norm.text.length);
  norm.positions.forEach((position, i) => {
    const gap = i === 0 || norm.positions[i - 1] !== position - 1;
    const scriptChange = i > 0 && isHan(norm.text[i]) !== isHan(norm.text[i - 1]);
    if (gap) starts[i] = CLAUSE;
    else if (boundaries.has(position) || scriptChange) starts[i] = WORD;
  });
  return starts;
}

/** Whether position `end` in the text ends a word (the text ends, or a word starts there). */
export const endsWord = (starts: Uint8Array, end: number): boolean => end >= starts.length || starts[end] !== 0;

/** Whether a clause begins anywhere in (from, to]: a match must not reach across punctuation. */
export function crossesClause(starts: Uint8Array, from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k += 1) if (starts[k] === CLAUSE) return true;
  return false;
}
