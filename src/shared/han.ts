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
