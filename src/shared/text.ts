/** Short enough for a search result or a link preview: about two lines on a phone. */
export const DESCRIPTION_LENGTH = 120;

const ELLIPSIS = '……';

/**
 * `text` if it has at most `maxLength` characters; else its start, cut after the last
 * whole clause that fits (at ；，：, or at 、 when no clause ends in the second half),
 * with the clause mark replaced by …… (the Chinese ellipsis, counted in the length).
 */
export function shorten(text: string, maxLength = DESCRIPTION_LENGTH): string {
  if (text.length <= maxLength) return text;
  const room = text.slice(0, maxLength - ELLIPSIS.length + 1);
  const lastOf = (marks: string) => Math.max(...[...marks].map((mark) => room.lastIndexOf(mark)));
  const half = maxLength / 2;
  const clause = lastOf('；，：');
  const cut = clause >= half ? clause : lastOf('、') >= half ? lastOf('、') : room.length - 1;
  return `${text.slice(0, cut).replace(/[，、；：]+$/, '')}${ELLIPSIS}`;
}

/**
 * What plain text takes out of Markdown: an escape (`\*`, read as the character), MDX's import
 * and export lines, tags, a link's target, and the marks of emphasis, links and code.
 */
const MARKUP = /\\([!-/:-@[-`{-~])|^(?:import|export)\s.*$|<[^>]*>|\]\([^)]*\)|[[\]*_`]/gm;

/**
 * Markdown or MDX as a reader reads it: the words of emphasis, links and tags without their
 * markup, an escaped character as itself. Blocks and line breaks stay as they are.
 */
export function plainText(markdown: string): string {
  return markdown.replace(MARKUP, (_, escaped: string | undefined) => escaped ?? '');
}

/**
 * The first sentence of a Markdown/MDX body as plain text, for `<meta name="description">`:
 * imports, JSX blocks, list items, headings and emphasis markers are skipped; a long
 * sentence is shortened at a clause.
 */
export function firstSentence(markdown: string, maxLength = DESCRIPTION_LENGTH): string {
  const paragraph =
    markdown
      .replace(/^import .*$/gm, '')
      .replace(/<([A-Z]\w*)[^>]*>[\s\S]*?<\/\1>/g, '')
      .split(/\n{2,}/)
      .map((block) => block.trim())
      .find((block) => block && !/^(#|-|\*\s|<)/.test(block)) ?? '';
  const plain = plainText(paragraph);
  const end = plain.indexOf('。');
  return shorten(end >= 0 ? plain.slice(0, end + 1) : plain, maxLength);
}

/** A heading's number: 一 to 九十九 in the report's numerals (read by src/shared/numerals.ts). */
const ORDINAL = '[一二三四五六七八九十]+';

/** The number of a part at the start of its heading, 一、, with the numeral captured. */
export const PART_NUMBER = new RegExp(`^(${ORDINAL})、`);

/** The number of an area of a part at the start of its heading, （一）, with the numeral captured. */
export const AREA_NUMBER = new RegExp(`^（(${ORDINAL})）`);

/** The report's numbering at the start of a heading: 一、 or （一）. */
export const HEADING_NUMBER = new RegExp(`^(?:${ORDINAL}、|（${ORDINAL}）)`);

/** The number of a point in a paragraph's list, 一是 to 十九是, for patterns built around it. */
export const POINT_NUMBER = '(?:[一二三四五六七八九十]|十[一二三四五六七八九])是';

/** A heading without the report's numbering: 2025年工作回顾 of 一、2025年工作回顾. */
export const withoutNumbering = (heading: string): string => heading.replace(HEADING_NUMBER, '').trimStart();
