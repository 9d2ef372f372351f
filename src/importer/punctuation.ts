/**
 * Text clean-up applied when the manuscript is imported.
 *
 * The source mixes ASCII punctuation into Chinese sentences (`76个, 建成`, `盗窃(包括…)`),
 * writes the ellipsis as `......` and breaks one paragraph in the middle of a quotation.
 * CJK line breaking and `text-spacing-trim` only apply to full-width marks, so the
 * published text uses them.
 */
import { HAN } from '../shared/han.ts';
import { quoteBalance } from './paragraphs.ts';

/** Han characters, CJK and full-width punctuation, and the dashes/quotes Chinese text uses. */
const CJK = new RegExp(`[${HAN}\\u2014\\u2018\\u2019\\u201c\\u201d\\u2026\\u3000-\\u303f\\uff00-\\uffef]`, 'u');

const FULL_WIDTH: Record<string, string> = {
  ',': '，',
  ';': '；',
  ':': '：',
  '(': '（',
  ')': '）',
};

export function isCjk(char: string | undefined): boolean {
  return char !== undefined && CJK.test(char);
}

/**
 * Replaces `, ; : ( )` by their full-width forms wherever the mark touches Chinese text
 * (spaces around it are dropped: full-width marks carry their own spacing), and `......`
 * by `……`. Marks between ASCII characters (`1,000`, `a:b`) are left alone.
 */
export function normalizePunctuation(text: string): string {
  return text
    .replace(/\.{6}|\.{3}/g, '……')
    .replace(/ *([,;:()]) */g, (match, mark: string, offset: number, whole: string) => {
      const before = whole[offset - 1];
      const after = whole[offset + match.length];
      if (!isCjk(before) && !isCjk(after)) return match;
      return FULL_WIDTH[mark];
    });
}

/**
 * Splits the manuscript into paragraphs (one per non-blank line) and repairs paragraphs
 * that a stray line break cut inside a quotation (`“多` / `地跑、折返跑”`): a paragraph
 * whose Chinese quotation marks do not close is joined with the next one.
 */
export function splitParagraphs(text: string): string[] {
  const lines = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const paragraphs: string[] = [];
  let pending = '';
  for (const line of lines) {
    pending += line;
    if (quoteBalance(pending) > 0) continue;
    paragraphs.push(pending);
    pending = '';
  }
  if (pending) paragraphs.push(pending);
  return paragraphs;
}
