/**
 * Chinese numerals, read and written: heading numbers (十二、), the days of a date
 * (二〇二一年四月二十七日), the five-year plans (“十四五”) and the figures a reader types
 * (五十部, 百分之四点五, 九点八四万, 三千多).
 *
 * The grammar read:
 * - digits 零〇○一二三四五六七八九, and 两 for 2 alone or before 百, 千, 万, 亿 or 点
 *   (两千, 两点五; not 十两);
 * - places 十百千 under each of 万 and 亿, which multiply what stands before them
 *   (三千万, 十万亿); 十 at the start may drop its 一 (十二), inside it keeps it (一百一十);
 * - 零 for places skipped (一千零五, 一万零五百), and the last place left out after a bare
 *   digit (一百五 is 150, 两万三 is 23 000);
 * - digits without places, read one by one (二〇二一 is 2021, as years are written);
 * - 点 before the digits of a fraction (九点八四), a 万 or 亿 after it (九点八四万);
 * - Arabic numerals in the place of Chinese ones (3千, 2万, 9.84万, 1亿2000万);
 * - in `readNumeral` also 百分之 and 千分之 (百分之四点五, 4.5%), and 多 or 余 after a round
 *   number (三千多, 十余万, 30多万).
 * Anything else (几十, 三四十, 十两, 一百零) is no number: undefined.
 */

const DIGITS: Record<string, number> = {
  零: 0,
  〇: 0,
  '○': 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
const PLACES: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };
/** 万 and 亿, largest first; 万亿 is 万 times 亿. */
const MAGNITUDES: [string, number][] = [
  ['亿', 1e8],
  ['万', 1e4],
];
const ZERO = /^[零〇○]$/;

/** The value of a digit, Chinese or Arabic; 两 counts only where `two` allows it. */
function digitOf(char: string, two = false): number | undefined {
  if (/^[0-9]$/.test(char)) return Number(char);
  if (char === '两') return two ? 2 : undefined;
  return DIGITS[char];
}

/**
 * A number below 10 000 written with the places 十百千 (三千零五), an Arabic digit standing
 * for a Chinese one (3千). `alone` tells that nothing stands before it, where 十 may drop its 一.
 */
function readSection(text: string, alone: boolean): number | undefined {
  if (ZERO.test(text)) return 0;
  if (text === '两') return 2;
  const chars = [...text];
  let total = 0;
  let last = 10_000;
  let digit: number | undefined;
  let zero = false;
  for (let i = 0; i < chars.length; i += 1) {
    const char = chars[i];
    const place = PLACES[char];
    if (place === undefined) {
      // 两 only before 百 and 千: 十两 is ten taels, 两十 is no number.
      const value = digitOf(char, PLACES[chars[i + 1]] >= 100);
      if (value === undefined || digit !== undefined) return undefined;
      if (value === 0) {
        // 零 stands for places skipped: once, between two digits.
        if (zero || total === 0) return undefined;
        zero = true;
      } else digit = value;
      continue;
    }
    const times = digit ?? (place === 10 && alone && total === 0 && !zero ? 1 : undefined);
    // Places run down, and a 零 before one stands for at least one skipped.
    if (times === undefined || place >= (zero ? last / 10 : last)) return undefined;
    total += times * place;
    last = place;
    digit = undefined;
    zero = false;
  }
  if (digit === undefined) return zero ? undefined : total;
  // A digit after 零 is the ones, with a place skipped (一百零五, not 十零五).
  if (zero) return last >= 100 ? total + digit : undefined;
  if (last === 10_000 || last === 10) return total + digit;
  // After 百 or 千 without 零, a digit is the next place: 一百五 is 150.
  return total + (digit * last) / 10;
}

/** An integer: sections under 亿 and 万 (Arabic numerals of any length before them). */
function readInteger(text: string, level = 0, alone = true): number | undefined {
  if (text === '') return undefined;
  if (/^[0-9]+$/.test(text)) return Number(text);
  if (level === MAGNITUDES.length) return readSection(text, alone);
  const [word, size] = MAGNITUDES[level];
  const at = text.lastIndexOf(word);
  if (at < 0) return readInteger(text, level + 1, alone);
  // Before 亿 a number up to 万 (十万亿), before 万 a section.
  const high = readInteger(text.slice(0, at), level + 1, alone);
  if (high === undefined || high === 0) return undefined;
  const low = readRemainder(text.slice(at + 1), size, level + 1);
  return low === undefined ? undefined : high * size + low;
}

/** What follows 万 or 亿 (`size`): nothing, 零 and a smaller number, or a number below `size`. */
function readRemainder(text: string, size: number, level: number): number | undefined {
  if (text === '') return 0;
  const chars = [...text];
  // A bare digit is the next place down: 两万三 is 23 000.
  if (chars.length === 1 && !ZERO.test(text)) {
    const digit = digitOf(text);
    return digit === undefined ? undefined : (digit * size) / 10;
  }
  if (ZERO.test(chars[0])) {
    const rest = readInteger(chars.slice(1).join(''), level, false);
    return rest !== undefined && rest > 0 && rest < size / 10 ? rest : undefined;
  }
  const rest = readInteger(text, level, false);
  return rest !== undefined && rest < size ? rest : undefined;
}

/** `digits` × 10^`power`, exactly as decimal text: 9.84 × 10^4 is 98400, not 98400.00000000001. */
function shifted(whole: string, fraction: string, power: number): number {
  const padded = fraction.padEnd(power, '0');
  return Number(`${whole}${padded.slice(0, power)}.${padded.slice(power) || '0'}`);
}

const POWERS: Record<string, number> = { '': 0, 万: 4, 亿: 8, 万亿: 12 };

/** A number with a fraction (九点八四, 9.84) and the 万, 亿 or 万亿 after it, or undefined. */
function readDecimal(text: string): number | undefined {
  const arabic = /^([0-9]+)\.([0-9]+)(万亿|万|亿)?$/.exec(text);
  if (arabic) return shifted(arabic[1], arabic[2], POWERS[arabic[3] ?? '']);
  const chinese = /^(.+?)点([零〇○一二三四五六七八九]+)(万亿|万|亿)?$/.exec(text);
  if (!chinese) return undefined;
  const whole = readInteger(chinese[1]);
  if (whole === undefined) return undefined;
  const fraction = [...chinese[2]].map((char) => DIGITS[char]).join('');
  return shifted(String(whole), fraction, POWERS[chinese[3] ?? '']);
}

/**
 * The number `text` writes, Chinese, Arabic or both: 一 → 1, 十二 → 12, 一百零五 → 105,
 * 两千 → 2000, 二〇二一 → 2021, 九点八四 → 9.84, 九点八四万 → 98 400, 3千 → 3000. Undefined
 * when `text` is not one number (百分之 and 多 are read by `readNumeral`).
 */
export function readNumber(text: string): number | undefined {
  const plain = text.normalize('NFKC');
  if (/^[零〇○一二三四五六七八九]{2,}$/.test(plain)) return Number([...plain].map((char) => DIGITS[char]).join(''));
  if (/[.点]/.test(plain)) return readDecimal(plain);
  return readInteger(plain);
}

/** A number as a figure reads it: its value, and what the words around the number add. */
export interface Numeral {
  /** 九点八四万 → 98 400, 百分之四点五 → 4.5, 三千多 → 3000. */
  value: number;
  /**
   * The 万, 亿 or 万亿 the numeral ends with and the value it multiplies, as figures are
   * written (9.84万): 九点八四万 → { value: 9.84, word: '万' }.
   */
  magnitude?: { value: number; word: '万' | '亿' | '万亿' };
  /** 百分之… and …% are percent, 千分之… and …‰ per mille: 百分之四点五 → 4.5 and %. */
  unit?: '%' | '‰';
  /** 三千多, 十余万, 30多万: more than `value`. */
  more?: boolean;
}

/** A round number before 多 or 余: a place or 万/亿 (三十多), or Arabic ending in 0 (30多). */
const ROUND = /(?:[十百千万亿]|[0-9]*0)$/;

/**
 * `text` as one figure: a number (see `readNumber`), with 百分之 or 千分之 before it or %
 * or ‰ after it, and with 多 or 余 after a round number, alone or before its 万 or 亿.
 * Undefined when `text` is not one.
 */
export function readNumeral(text: string): Numeral | undefined {
  let rest = text.normalize('NFKC');
  let unit: Numeral['unit'];
  const written = /^(百|千)分之(.+)$/.exec(rest);
  const sign = /^(.+?)([%‰])$/.exec(rest);
  if (written) {
    unit = written[1] === '百' ? '%' : '‰';
    // 百分之百 is the whole.
    rest = written[1] === '百' && written[2] === '百' ? '一百' : written[2];
  } else if (sign) {
    unit = sign[2] as '%' | '‰';
    rest = sign[1];
  }
  const approximate = /^(.+?)[多余](万亿|万|亿)?$/.exec(rest);
  if (approximate && !ROUND.test(approximate[1])) return undefined;
  const number = approximate ? `${approximate[1]}${approximate[2] ?? ''}` : rest;
  const value = readNumber(number);
  if (value === undefined) return undefined;
  const scaled = /^(.+?)(万亿|万|亿)$/.exec(number);
  const base = scaled && !/[万亿]/.test(scaled[1]) ? readNumber(scaled[1]) : undefined;
  const word = scaled?.[2] as NonNullable<Numeral['magnitude']>['word'] | undefined;
  return {
    value,
    ...(base !== undefined && word ? { magnitude: { value: base, word } } : {}),
    ...(unit ? { unit } : {}),
    ...(approximate ? { more: true } : {}),
  };
}

const WRITTEN = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1–9999 with its places; 十 drops its 一 only at the start of the whole numeral. */
function writeSection(n: number, start: boolean): string {
  let text = '';
  let zero = false;
  for (const [place, word] of [
    [1000, '千'],
    [100, '百'],
    [10, '十'],
    [1, ''],
  ] as const) {
    const digit = Math.floor(n / place) % 10;
    if (digit === 0) {
      zero = text !== '';
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += start && text === '' && place === 10 && digit === 1 ? word : `${WRITTEN[digit]}${word}`;
  }
  return text;
}

function writeInteger(n: number, start: boolean): string {
  for (const [word, size] of MAGNITUDES) {
    if (n < size) continue;
    const rest = n % size;
    // A 零 where places are skipped between the two: 一万零五百, 一亿零一万.
    const low = rest === 0 ? '' : `${rest < size / 10 ? '零' : ''}${writeInteger(rest, false)}`;
    return `${writeInteger(Math.floor(n / size), start)}${word}${low}`;
  }
  return writeSection(n, start);
}

/**
 * `n` in Chinese numerals, as reports write numbers in words: 1 → 一, 12 → 十二, 20 → 二十,
 * 105 → 一百零五, 110 → 一百一十, 23 000 → 二万三千, 9.84 → 九点八四. Throws a RangeError for
 * a negative number, or one too large to be exact.
 */
export function writeNumeral(n: number): string {
  if (!Number.isFinite(n) || n < 0 || n >= Number.MAX_SAFE_INTEGER || /e/.test(String(n))) {
    throw new RangeError(`${n} cannot be written in Chinese numerals`);
  }
  const [whole, fraction] = String(n).split('.');
  const integer = Number(whole) === 0 ? '零' : writeInteger(Number(whole), true);
  return fraction ? `${integer}点${[...fraction].map((digit) => WRITTEN[Number(digit)]).join('')}` : integer;
}

/** Digits one by one, as years are written: 2021 → 二〇二一. */
export function writeDigits(digits: number | string): string {
  const text = String(digits);
  if (!/^[0-9]+$/.test(text)) throw new RangeError(`${text} is not a string of digits`);
  return [...text].map((digit) => (digit === '0' ? '〇' : WRITTEN[Number(digit)])).join('');
}
