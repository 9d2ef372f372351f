/**
 * Citations of the report, of one of its sections, of one paragraph and of a glossary
 * entry, in the style of GB/T 7714-2015 (信息与文献 参考文献著录规则), as Chinese scholarship
 * writes them. Pure: the pages format them at build time, the cite script in the browser.
 *
 * The standard's pattern for an electronic resource (4.8) is
 *
 *   主要责任者. 题名: 其他题名信息[文献类型标识/文献载体标识]. 出版地: 出版者, 出版年: 引文页码(更新或修改日期)[引用日期]. 获取和访问路径.
 *
 * and this is how each element is filled:
 *
 * - 主要责任者: the government that speaks (`government` in <report>/report.json). A 政府工作报告
 *   is the government's report to the people's congress, and it speaks as the government
 *   (“区政府将…”); a speaker named in the text gives it, but is not its author. The name
 *   stays as the text gives it.
 * - 题名: the title of the work as this edition presents it (`title` in <report>/report.json:
 *   the site's name and every page's title). The section title, or 有关词语解释 and the
 *   term, follow as 其他题名信息, each after “: ”. A section is not cited as a contribution of its own
 *   (析出文献, “//”): it has no author or title apart from the report's, it is a part of
 *   one work, as a chapter is.
 * - [EB/OL]: 电子公告, online. What is cited is this web edition (its pages, anchors and
 *   paragraph numbers), not the report as printed, so not [R] (报告) nor [R/OL].
 * - 出版地, 出版者: unknown, left out, as the standard's own examples of web pages do.
 * - (2024-01-15): the date of publication (`date` in <report>/report.json), in the place of
 *   更新或修改日期, as in the standard's examples of web pages: “(2012-01-16)[2013-03-26]”;
 *   the year alone, “(2014)”, for a report whose text names no day.
 * - 引文页码: a web page has no pages; a paragraph is located by its number, 第3段, in the
 *   place the standard gives the page, after the year of publication and “: ”:
 *   “2024: 第3段(2024-01-15)”; in a report with numbered parts, by its place in them as
 *   readers name it (src/shared/places.ts): “2026: 第二部分（三）第2段(2026-01-26)”. A whole
 *   section or entry has no locator.
 * - [引用日期]: the day the reader looked at the page, as YYYY-MM-DD (GB/T 7408). Without
 *   a date (a page read without JavaScript) the element's own name stands in its place,
 *   “[引用日期]”, for the reader to fill in; a date of building the site would be wrong.
 * - 获取和访问路径: the page's absolute URL, with the paragraph's anchor (#p3).
 *
 * Punctuation is the standard's: its separators are the ASCII marks “. ”, “: ”, “, ”, “[ ]”,
 * “( )”, and every reference ends with “.”. The titles keep their own full-width
 * punctuation (“…”，).
 */

/** 文献类型标识/文献载体标识: 电子公告, online. */
export const CITATION_TYPE = 'EB/OL';
/** What stands in the place of the access date when there is none. */
export const ACCESS_DATE_PLACEHOLDER = '引用日期';

/**
 * The work every citation names, from <report>/report.json: 主要责任者 (`author`, the
 * government), 题名 (`title`) and the date of publication (`published`, YYYY-MM-DD, or YYYY).
 * The pages pass it at build time; the browser reads it from the page's cite control.
 */
export interface Work {
  author: string;
  title: string;
  published: string;
}

/** What is cited. `url` is absolute, without an anchor: the page's address. */
export type Cited =
  | { kind: 'section'; title: string; url: string }
  | {
      kind: 'paragraph';
      title: string;
      url: string;
      /** Its anchor on the page (`p3`), which stays with it through edits. */
      anchor: string;
      /** Its number on the page, the locator when it has no place. */
      paragraph: number;
      /** Its place in the report's numbering, 第二部分（三）第2段, when the parts are numbered. */
      place?: string;
    }
  /** `glossary`: the glossary's heading (有关词语解释), 其他题名信息 before the term. */
  | { kind: 'entry'; term: string; glossary: string; url: string };

/** The address of one paragraph of a section: `…/sections/goals/#p3`. */
export const paragraphUrl = (sectionUrl: string, anchor: string): string => `${sectionUrl}#${anchor}`;

/** The address a citation gives: the page, or the paragraph on it. */
export const citedUrl = (cited: Cited): string =>
  cited.kind === 'paragraph' ? paragraphUrl(cited.url, cited.anchor) : cited.url;

/**
 * The citation around its access date: `[before, after]`, to be joined with the date
 * between them (the page puts the date in an element of its own, filled in by a script).
 */
export function citationAround(cited: Cited, { author, title, published }: Work): [string, string] {
  if (!/^\d{4}(?:-\d{2}-\d{2})?$/.test(published))
    throw new Error(`citation: the date of publication must be YYYY-MM-DD or YYYY, not "${published}"`);
  if (!author.trim() || !title.trim()) throw new Error('citation: the work needs an author and a title');
  const other = cited.kind === 'entry' ? `${cited.glossary}: ${cited.term}` : cited.title;
  const locator =
    cited.kind === 'paragraph' ? `${published.slice(0, 4)}: ${cited.place ?? `第${cited.paragraph}段`}` : '';
  return [`${author}. ${title}: ${other}[${CITATION_TYPE}]. ${locator}(${published})[`, `]. ${citedUrl(cited)}.`];
}

/** The citation, with the access date (`YYYY-MM-DD`) or, without one, “[引用日期]”. */
export function citation(cited: Cited, { accessed, ...work }: Work & { accessed?: string }): string {
  const [before, after] = citationAround(cited, work);
  return `${before}${accessed ?? ACCESS_DATE_PLACEHOLDER}${after}`;
}
