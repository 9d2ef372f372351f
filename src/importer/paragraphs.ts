/**
 * From the text as it was copied to the paragraphs it was written in.
 *
 * Copies of a report come in two shapes:
 * - one paragraph per line (news sites): every line is a paragraph, except a line that a
 *   page cut in the middle of a sentence;
 * - paragraphs separated by blank lines (Wikisource, some news articles): the lines of one
 *   block are pieces of one paragraph unless a line ends a sentence (a heading line such as
 *   `一是……。` followed by its paragraph), and a line that holds only a zero-width space marks
 *   a cut inside a word (`交出一份人` / `\u200b` / `民满意`).
 * In both, a line that opens with a closing mark (`。`, `；`, `》`, `”`…) continues the previous
 * one, as does a line after one that ends on an opening mark (`（` / `三）…`) or on a comma
 * (a page that broke a paragraph after `，`), and a paragraph whose Chinese quotation marks do
 * not close runs on into the next.
 *
 * Every paragraph keeps the number of the line it starts on, for messages.
 */
import { HAN } from '../shared/han.ts';
import { HEADING_NUMBER } from '../shared/text.ts';

export interface SourceParagraph {
  text: string;
  /** 1-based line of the source where the paragraph starts. */
  line: number;
}

/** Zero-width characters, word joiner and byte-order mark: never part of the text. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/g;
const HAS_INVISIBLE = /[\u200b-\u200d\u2060\ufeff]/;

/**
 * Removes what a copy adds between characters: zero-width characters, ideographic spaces
 * (U+3000, used for indentation) and no-break spaces (as plain spaces).
 */
export function stripInvisible(text: string): string {
  return text
    .replace(INVISIBLE, '')
    .replace(/\u3000/g, '')
    .replace(/\u00a0/g, ' ');
}

/**
 * Marks that cannot open a paragraph: a line starting with one continues the previous line.
 * A doubled 》》 is a page's decoration (》》点击图片进入专题《《), not a closing title mark.
 */
const CONTINUES = /^(?:[，。、；：？！）」』”’…,.;:?!)]|》(?!》))/;
/** A line that ends on an opening mark (`（` alone, `…“`): the page cut it before what the mark opens. */
const ENDS_OPEN = /[（(“「『]$/;
/** A line that ends inside a sentence, after a comma or an enumeration comma. */
const ENDS_IN_CLAUSE = /[，、,]$/;
/** A line that ends a sentence (or a colon before a list), closing quotes and brackets allowed. */
const ENDS_SENTENCE = /[。！？!?：:；;…][”’」』）)》]*$/;
/** The end of a line cut inside a sentence: a Han character, a digit or %, not a mark. */
const ENDS_IN_WORD = new RegExp(`[${HAN}\\d%]$`, 'u');
/** Headings and numbered entries (`1.“两重”：…`, not a decimal such as `2.5`) start a paragraph of their own. */
const ENTRY_NUMBER = /^\d+[.．、](?!\d)/;
/** The address to the deputies opens a paragraph: the report's first line, or a new turn of it. */
const ADDRESS = /^各位代表[：:！!，,]/;
const isNumbered = (line: string) => HEADING_NUMBER.test(line) || ENTRY_NUMBER.test(line) || ADDRESS.test(line);
/** A photo credit ends a caption (…本报记者 李森 摄), not a sentence cut by the page. */
const PHOTO_CREDIT = /摄$/;

/** Chinese quotation marks opened and not closed (“ counts one, ” takes one off). */
export function quoteBalance(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (char === '“') depth += 1;
    else if (char === '”') depth -= 1;
  }
  return depth;
}

/**
 * A line of prose that stops in the middle of a sentence, in a copy with one paragraph per
 * line: long, with clauses, and without a closing mark. Headings and titles are shorter or
 * numbered.
 */
function isCutProse(line: string): boolean {
  return (
    line.length >= 40 &&
    /[，、]/.test(line) &&
    !ENDS_SENTENCE.test(line) &&
    !HEADING_NUMBER.test(line) &&
    !PHOTO_CREDIT.test(line) &&
    ENDS_IN_WORD.test(line)
  );
}

/** Splits a copy into its paragraphs, joining the pieces that line breaks cut apart. */
export function joinLines(source: string): SourceParagraph[] {
  const raw = source.split(/\r?\n/);
  const kinds = raw.map((line) => {
    if (HAS_INVISIBLE.test(line) && stripInvisible(line).trim() === '') return 'cut' as const;
    return stripInvisible(line).trim() === '' ? ('blank' as const) : ('text' as const);
  });
  // Blank-separated copies: most text lines are followed by a blank line.
  const textLines = kinds.filter((kind) => kind === 'text').length;
  const followedByBlank = kinds.filter((kind, i) => kind === 'text' && kinds[i + 1] === 'blank').length;
  const blockMode = textLines > 0 && followedByBlank / textLines > 0.5;

  const paragraphs: SourceParagraph[] = [];
  let pending: SourceParagraph | null = null;
  let blankSince = false;
  let cutSince = false;
  raw.forEach((rawLine, index) => {
    const kind = kinds[index];
    if (kind === 'blank') {
      blankSince = true;
      return;
    }
    if (kind === 'cut') {
      cutSince = true;
      return;
    }
    const line = stripInvisible(rawLine).trim();
    let join = false;
    if (pending) {
      if (quoteBalance(pending.text) > 0) join = true;
      else if (cutSince && !blankSince) join = true;
      else if (!blankSince && CONTINUES.test(line)) join = true;
      else if (!blankSince && ENDS_OPEN.test(pending.text)) join = true;
      else if (!blankSince && ENDS_IN_CLAUSE.test(pending.text) && !isNumbered(line)) join = true;
      else if (!blankSince && blockMode && !ENDS_SENTENCE.test(pending.text) && !isNumbered(line)) join = true;
      else if (!blankSince && !blockMode && isCutProse(pending.text) && !ADDRESS.test(line)) join = true;
    }
    if (join && pending) pending.text += line;
    else {
      if (pending) paragraphs.push(pending);
      pending = { text: line, line: index + 1 };
    }
    blankSince = false;
    cutSince = false;
  });
  if (pending) paragraphs.push(pending);
  return paragraphs;
}
