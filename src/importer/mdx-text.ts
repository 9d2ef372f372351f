/**
 * Helpers that turn plain report text into MDX source. The report is prose: nothing in it
 * may be read as Markdown or JSX syntax.
 */
import { POINT_NUMBER } from '../shared/text.ts';

/**
 * Escapes characters that Markdown or MDX would interpret: `{ } < >` start JSX
 * expressions and tags in MDX, `* _ [ ] \ | ~ &` and `` ` `` are inline syntax, and `# + - >` or
 * `1.` at the start of a line would make a heading, list or quote.
 */
export function escapeMdxText(text: string): string {
  const inline = text.replace(/[\\`*_{}[\]<>|~&]/g, (char) => `\\${char}`);
  return inline.replace(/^([#+\->|=]|\d+[.)])/, (start) => `\\${start}`);
}

/**
 * Splits off the sentence that opens a paragraph: everything up to and including the
 * first `。`. Returns `null` when the paragraph is a single sentence.
 */
export function splitLeadSentence(paragraph: string): { lead: string; rest: string } | null {
  const end = paragraph.indexOf('。');
  if (end < 0 || end === paragraph.length - 1) return null;
  return { lead: paragraph.slice(0, end + 1), rest: paragraph.slice(end + 1) };
}

/** `**lead。**rest`: the opening sentence set in bold, as the report's own summary. */
export function emphasiseLead(paragraph: string, prefix = ''): string {
  const body = paragraph.startsWith(prefix) ? paragraph.slice(prefix.length) : paragraph;
  const split = splitLeadSentence(body);
  if (!split) return escapeMdxText(paragraph);
  return `${escapeMdxText(paragraph.slice(0, paragraph.length - body.length))}**${escapeMdxText(split.lead)}**${escapeMdxText(split.rest)}`;
}

/** A point with its words, up to its full stop. */
const POINT = new RegExp(`(${POINT_NUMBER}[^。，；]{2,20}。)`, 'g');

/**
 * Sets the numbered points inside a paragraph in bold: `一是加强政治建设。` becomes
 * `**一是加强政治建设。**`.
 */
export function emphasiseEnumeration(escaped: string): string {
  return escaped.replace(POINT, '**$1**');
}

/** A sentence used as a heading loses its closing full stop: headings carry no `。`. */
export function toHeading(sentence: string): string {
  return escapeMdxText(sentence.replace(/。$/, ''));
}

/** A YAML double-quoted scalar (JSON strings are valid YAML). */
export function yamlString(value: string): string {
  return JSON.stringify(value);
}
