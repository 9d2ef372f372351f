/**
 * Pinyin, as readers type it and as the report reads. The build writes, for every
 * character of the report, the toneless syllables it is read with (`ReadingTable`:
 * syllable → characters); a second table for common characters the report does not use
 * is fetched only when a query has such a character. Both serve two purposes: typed
 * pinyin (`yingshang`, `xiāngcūn zhènxīng`) is matched against the text's readings, and a
 * character typed by mistake is recognised as a homophone of the report's character.
 */

/** Toneless syllable → the characters read that way, e.g. { "wen": "文稳问…" }. */
export type ReadingTable = Record<string, string>;

/** Character → its toneless syllables. */
export type Readings = Map<string, string[]>;

export function readingsFrom(...tables: ReadingTable[]): Readings {
  const readings: Readings = new Map();
  for (const table of tables) {
    for (const [syllable, chars] of Object.entries(table)) {
      for (const char of chars) {
        const known = readings.get(char);
        if (!known) readings.set(char, [syllable]);
        else if (!known.includes(syllable)) known.push(syllable);
      }
    }
  }
  return readings;
}

/** `xiāngcūn` → `xiangcun`, `lǜ` → `lv` (the table writes ü as v, as keyboards do). */
export function stripTones(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/u\u0308/g, 'v')
    .replace(/\p{M}/gu, '');
}

/**
 * Syllables that pinyin keyboards commonly confuse are made one: zh/z, ch/c, sh/s at the
 * start and -ng/-n at the end (振兴 typed as 振新: xing/xin). Only homophone slips use
 * this looser comparison; typed pinyin must spell the syllable.
 */
export function looseSyllable(syllable: string): string {
  return syllable.replace(/^([zcs])h/, '$1').replace(/([aei])ng$/, '$1n');
}

// Loose syllables per character, worked out once: homophone checks run over the whole text.
const looseCache = new WeakMap<Readings, Map<string, string[]>>();

function looseReadings(char: string, readings: Readings): string[] {
  let cache = looseCache.get(readings);
  if (!cache) looseCache.set(readings, (cache = new Map()));
  let loose = cache.get(char);
  if (!loose) cache.set(char, (loose = [...new Set((readings.get(char) ?? []).map(looseSyllable))]));
  return loose;
}

/** Whether two characters can be read alike (the same loose syllable). */
export function soundsAlike(a: string, b: string, readings: Readings): boolean {
  if (a === b) return true;
  const rb = looseReadings(b, readings);
  return rb.length > 0 && looseReadings(a, readings).some((syllable) => rb.includes(syllable));
}

/**
 * The spellings a syllable is typed with when the input method or the reader's own speech
 * blurs it: zh/z, ch/c, sh/s, n/l and h/f at the start; an/ang, en/eng, in/ing at the end.
 * `longcun` is 农村 (n/l), `sentai` 生态 (sh/s, eng/en), `zan` 站 (zh/z, ang/an).
 */
export function fuzzySpellings(syllable: string): string[] {
  const initials = [syllable];
  const swapInitial: [RegExp, string][] = [
    [/^zh/, 'z'],
    [/^ch/, 'c'],
    [/^sh/, 's'],
    [/^z(?!h)/, 'zh'],
    [/^c(?!h)/, 'ch'],
    [/^s(?!h)/, 'sh'],
    [/^n/, 'l'],
    [/^l/, 'n'],
    [/^h/, 'f'],
    [/^f/, 'h'],
  ];
  for (const [from, to] of swapInitial) if (from.test(syllable)) initials.push(syllable.replace(from, to));
  const out = new Set<string>();
  for (const spelled of initials) {
    out.add(spelled);
    if (/[aei]ng$/.test(spelled)) out.add(spelled.slice(0, -1));
    else if (/[aei]n$/.test(spelled)) out.add(`${spelled}g`);
  }
  out.delete(syllable);
  return [...out];
}

/**
 * Where in `text` the letters `typed` are the pinyin of consecutive characters starting
 * at a word start: each character contributes one of its readings, in order, until the
 * letters are used up. The last syllable may be cut short (`tuop` for 脱贫) once at least
 * two characters are spelled out in full. Returns [start, end) in `text`, non-overlapping.
 * `fuzzy`: the characters are spelled only as `fuzzySpellings` blurs them.
 */
export function pinyinSpans(
  text: string,
  starts: Uint8Array,
  typed: string,
  readings: Readings,
  { fuzzy = false }: { fuzzy?: boolean } = {},
): { start: number; end: number; complete: boolean }[] {
  const found: { start: number; end: number; complete: boolean }[] = [];
  // Depth-first: at character `i`, with `rest` of the letters still to spell.
  const spell = (i: number, rest: number, spelled: number): { end: number; complete: boolean } | null => {
    if (rest === typed.length) return { end: i, complete: true };
    // A spelled word does not reach across punctuation.
    if (i >= text.length || (spelled > 0 && starts[i] === 2)) return null;
    const left = typed.slice(rest);
    const syllables = readings.get(text[i]) ?? [];
    for (const syllable of fuzzy ? syllables.flatMap((one) => [one, ...fuzzySpellings(one)]) : syllables) {
      if (left.startsWith(syllable)) {
        const next = spell(i + 1, rest + syllable.length, spelled + 1);
        if (next) return next;
      } else if (spelled >= 2 && syllable.startsWith(left)) {
        return { end: i + 1, complete: false };
      }
    }
    return null;
  };
  for (let i = 0; i < text.length; i += 1) {
    if (!starts[i]) continue;
    const match = spell(i, 0, 0);
    if (match) {
      found.push({ start: i, ...match });
      i = match.end - 1;
    }
  }
  return found;
}

/**
 * Where in `text` the letters `typed` are the initials of consecutive characters starting at
 * a word start (xczx: 乡村振兴, ggfw: 公共服务): each character has a reading that starts with
 * its letter, and the run does not reach across punctuation.
 */
export function initialSpans(
  text: string,
  starts: Uint8Array,
  typed: string,
  readings: Readings,
): { start: number; end: number }[] {
  const found: { start: number; end: number }[] = [];
  const fits = (char: string, letter: string) => (readings.get(char) ?? []).some((syllable) => syllable[0] === letter);
  for (let i = 0; i + typed.length <= text.length; i += 1) {
    if (!starts[i]) continue;
    let k = 0;
    while (k < typed.length && (k === 0 || starts[i + k] !== 2) && fits(text[i + k], typed[k])) k += 1;
    if (k === typed.length) {
      found.push({ start: i, end: i + k });
      i += k - 1;
    }
  }
  return found;
}
