/**
 * Finds one unit of a query in one passage, the way people type rather than verbatim:
 * - the unit or an alias verbatim;
 * - an abbreviation: its characters in order, each starting a word of the text, with at
 *   most a few characters between them and no punctuation (社零 → 社会消费品零售总额,
 *   固投 → 固定资产投资); a character standing alone in the text is not a word's first
 *   character (大学 is not 师/大 + 学校);
 * - an input-method slip: a word of three characters or more with one character (two
 *   from six characters on) replaced by a homophone (营商环竟, 乡村振新, 脱贫功坚), the
 *   match covering whole words of the text;
 * - a typing slip: a word of four characters or more with one character replaced by any
 *   other, a look-alike most often (揭榜挂师), again over whole words of the text;
 * - letters as pinyin of the text's words (yingshang, tuopin), as pinyin blurred the way
 *   input methods and regional speech blur it (longcun: 农村, sentai: 生态), or as the
 *   initials of its words (xczx: 乡村振兴);
 * - failing all these, the unit's longer words alone, for partial credit (养老 of 养老金).
 * Each way has a quality: how sure the match is to mean what the reader typed.
 */
import { occurrences } from './normalize.ts';
import { initialSpans, pinyinSpans, soundsAlike, type Readings } from './pinyin.ts';
import { crossesClause, endsWord } from './word-starts.ts';
import type { QueryUnit } from './understand-query.ts';
import { isAllHan } from '../han.ts';

export interface Span {
  start: number;
  end: number;
}

export interface UnitMatch {
  quality: number;
  spans: Span[];
}

export interface MatchText {
  text: string;
  starts: Uint8Array;
}

export const QUALITY = {
  exact: 1,
  pinyin: 0.9,
  abbreviation: 0.85,
  homophone: 0.8,
  fuzzyPinyin: 0.75,
  pinyinPrefix: 0.7,
  typo: 0.65,
  initials: 0.6,
  partial: 0.5,
} as const;

/**
 * Initials are read from three letters on, two of them different: two letters spell too
 * many words, and one letter typed over and over (zzzz) is no abbreviation.
 */
const isInitials = (letters: string) => /^[a-z]{3,8}$/.test(letters) && new Set(letters).size > 1;

/** Most characters an abbreviation may skip between two of its characters (消费品 in 社会消费品零售). */
const ABBREVIATION_GAP = 5;

/** The end of the word holding position `i`. */
function wordEnd(starts: Uint8Array, i: number): number {
  let end = i + 1;
  while (end < starts.length && !starts[end]) end += 1;
  return end;
}

export function abbreviationSpans({ text, starts }: MatchText, short: string): Span[] {
  const chars = [...short];
  if (chars.length < 2 || chars.length > 6 || !isAllHan(short)) return [];
  const found: Span[] = [];
  // A word of two characters or more begins at i, or a run of lone characters, which is
  // how the segmenter cuts a word it does not know (棚/户/区, 民/营).
  const lone = (i: number) => i < text.length && starts[i] !== 0 && (i + 1 === text.length || starts[i + 1] !== 0);
  const heads = (i: number) =>
    starts[i] !== 0 && i + 1 < text.length && (starts[i + 1] === 0 || (lone(i) && starts[i + 1] === 1 && lone(i + 1)));
  // From `prev`, the k-th character: next to it, or heading a word a little further on.
  const follow = (prev: number, k: number): number => {
    if (k === chars.length) return prev;
    for (let j = prev + 1; j <= prev + 1 + ABBREVIATION_GAP && j < text.length; j += 1) {
      if (crossesClause(starts, prev, j)) break;
      if (text[j] !== chars[k] || (j > prev + 1 && !heads(j))) continue;
      const last = follow(j, k + 1);
      if (last >= 0) return last;
    }
    return -1;
  };
  for (let i = text.indexOf(chars[0]); i >= 0; i = text.indexOf(chars[0], i + 1)) {
    if (!heads(i)) continue;
    const last = follow(i, 1);
    // Written out in full it is a verbatim match, found elsewhere.
    if (last < 0 || last - i + 1 === chars.length) continue;
    found.push({ start: i, end: wordEnd(starts, last) });
    i = last;
  }
  return found;
}

export function homophoneSpans({ text, starts }: MatchText, typed: string, readings: Readings): Span[] {
  const chars = [...typed];
  if (chars.length < 3 || !isAllHan(typed)) return [];
  const allowed = chars.length >= 6 ? 2 : 1;
  const found: Span[] = [];
  for (let i = 0; i + chars.length <= text.length; i += 1) {
    if (!starts[i] || !endsWord(starts, i + chars.length) || crossesClause(starts, i, i + chars.length - 1)) continue;
    let slips = 0;
    for (let k = 0; k < chars.length && slips <= allowed; k += 1) {
      if (text[i + k] === chars[k]) continue;
      slips += soundsAlike(text[i + k], chars[k], readings) ? 1 : allowed + 1;
    }
    if (slips >= 1 && slips <= allowed) {
      found.push({ start: i, end: i + chars.length });
      i += chars.length - 1;
    }
  }
  return found;
}

/**
 * Where the text has `typed` with one character replaced by any other (揭榜挂师 for 揭榜挂帅).
 * Only from four characters on, so that three are right and in place, and only over whole
 * words of the text: a shorter word with one character wrong is too often another word.
 */
export function typoSpans({ text, starts }: MatchText, typed: string): Span[] {
  const chars = [...typed];
  if (chars.length < 4 || chars.length !== typed.length || !isAllHan(typed)) return [];
  const found: Span[] = [];
  for (let i = 0; i + chars.length <= text.length; i += 1) {
    if (!starts[i] || !endsWord(starts, i + chars.length) || crossesClause(starts, i, i + chars.length - 1)) continue;
    let wrong = 0;
    for (let k = 0; k < chars.length && wrong <= 1; k += 1) if (text[i + k] !== chars[k]) wrong += 1;
    if (wrong === 1 && isAllHan(text.slice(i, i + chars.length))) {
      found.push({ start: i, end: i + chars.length });
      i += chars.length - 1;
    }
  }
  return found;
}

/** The best way `unit` occurs in `target`, or null. */
export function matchUnit(unit: QueryUnit, target: MatchText, readings: Readings): UnitMatch | null {
  const found: { best: UnitMatch | null } = { best: null };
  const offer = (quality: number, spans: Span[]) => {
    if (spans.length > 0 && (!found.best || quality > found.best.quality)) found.best = { quality, spans };
  };
  for (const form of unit.forms) {
    offer(
      QUALITY.exact * form.weight,
      occurrences(target.text, form.text).map((start) => ({ start, end: start + form.text.length })),
    );
    if (unit.strict || (found.best && found.best.quality >= form.weight)) continue;
    offer(QUALITY.abbreviation * form.weight, abbreviationSpans(target, form.text));
    offer(QUALITY.homophone * form.weight, homophoneSpans(target, form.text, readings));
    if (!found.best) offer(QUALITY.typo * form.weight, typoSpans(target, form.text));
  }
  if (unit.latin && !found.best) {
    const spans = pinyinSpans(target.text, target.starts, unit.text, readings);
    offer(
      QUALITY.pinyin,
      spans.filter((span) => span.complete),
    );
    offer(QUALITY.pinyinPrefix, spans);
    // Pinyin as the input method or the reader's speech blurs it (longcun: 农村).
    if (!found.best)
      offer(
        QUALITY.fuzzyPinyin,
        pinyinSpans(target.text, target.starts, unit.text, readings, { fuzzy: true }).filter((span) => span.complete),
      );
    if (!found.best && isInitials(unit.text))
      offer(QUALITY.initials, initialSpans(target.text, target.starts, unit.text, readings));
  }
  if (!found.best && unit.pieces.length > 0) {
    const present = unit.pieces.filter((piece) => target.text.includes(piece));
    const share = present.reduce((sum, piece) => sum + piece.length, 0) / unit.text.length;
    offer(
      QUALITY.partial * share,
      present.flatMap((piece) =>
        occurrences(target.text, piece).map((start) => ({ start, end: start + piece.length })),
      ),
    );
  }
  return found.best;
}
