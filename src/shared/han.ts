/**
 * Han characters (汉字) as Unicode counts them (Script=Han): the ideographs of every CJK block,
 * with 〇 and 々, and no punctuation. Every test for Chinese characters is this one.
 */

/** A Han character in a pattern built around it, with the `u` flag: `[${HAN}·]{2,8}`. */
export const HAN = '\\p{Script=Han}';

const ANY = new RegExp(HAN, 'u');
const ONLY = new RegExp(`^${HAN}+$`, 'u');

/** Whether `char` is a Han character. */
export const isHan = (char: string | undefined): boolean => char !== undefined && ANY.test(char);

/** Whether `text` holds a Han character. */
export const hasHan = (text: string): boolean => ANY.test(text);

/** Whether `text` is Han characters only (and not empty). */
export const isAllHan = (text: string): boolean => ONLY.test(text);

/**
 * Radicals that stand for whole characters in text extracted from PDFs, whose fonts map one
 * glyph to both code points: the CJK Radicals Supplement's (⺠ for 民, ⻚ for 页, ⻓ for 长),
 * which Unicode does not decompose, and the Kangxi radicals whose decomposition is not the
 * character simplified Chinese writes (⼾ decomposes to 戶, and stands for 户). The other
 * Kangxi radicals (⾼ U+2F7C for 高) decompose under NFKC, which `unifiedHan` applies to them
 * alone (NFKC elsewhere would make ，a ,).
 */
const RADICALS: Record<string, string> = {
  '⼾': '户',
  '⾭': '青',
  '⻘': '青',
  '⺁': '厂',
  '⺟': '母',
  '⺠': '民',
  '⺩': '王',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻓': '长',
  '⻔': '门',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻪': '黾',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
  '⻳': '龟',
};

/** Text with radicals that stand for characters read as those characters: ⾼⺠ → 高民. */
export const unifiedHan = (text: string): string =>
  text.replace(/[\u2e80-\u2fdf]/g, (char) => RADICALS[char] ?? char.normalize('NFKC'));
