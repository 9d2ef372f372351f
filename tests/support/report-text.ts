/**
 * A report's text as the importer reads it (punctuation normalised, lines joined, the page
 * around the article cut off), split into the body and the glossary entries, and the page
 * chrome a copy from the web brings along. Shared by the import test and the tests of the
 * sites built from the fixture reports.
 */
import { joinLines } from '../../src/importer/paragraphs.ts';
import { splitArticle } from '../../src/importer/article.ts';
import { normalizePunctuation } from '../../src/importer/punctuation.ts';
import { GLOSSARY_HEADING } from '../../src/importer/glossary.ts';
import { countOf } from './reading.ts';

export interface ReportParagraph {
  text: string;
  /** The line of the source file it starts on. */
  line: number;
}

export interface ReportText {
  /** The paragraphs of the speech, its glossary heading and entries excluded. */
  body: ReportParagraph[];
  /** The glossary entries as written (`1.“两重”：是指…`), none when the report has no glossary. */
  glossary: ReportParagraph[];
}

export function reportText(source: string): ReportText {
  const article = splitArticle(joinLines(normalizePunctuation(source)));
  if (!article) throw new Error('the importer finds no article in this text');
  const glossaryAt = article.body.findIndex((p) => GLOSSARY_HEADING.test(p.text));
  if (glossaryAt < 0) return { body: article.body, glossary: [] };
  return { body: article.body.slice(0, glossaryAt), glossary: article.body.slice(glossaryAt + 1) };
}

/** A heading's number (一、 （二）), which the site may show apart from the heading or not at all. */
export { HEADING_NUMBER } from '../../src/shared/text.ts';

/** A glossary entry's number or brackets (`1.` `【…】`), which the site shows as a list. */
export const ENTRY_MARKS = /^\d+[.．、]|^【|】/g;

/** The sentences of a paragraph, each with its closing 。！？. */
export function sentences(paragraph: string): string[] {
  return paragraph.match(/[^。！？]+[。！？]?/g) ?? [];
}

/**
 * Words that web pages add around a report (toolbars, source and date lines, footers, the
 * Wikisource licence) and zero-width and ideographic spaces of the copy. Some are also
 * ordinary words (分享, 全屏): `chromeIn` compares with the report's own text.
 */
export const PAGE_CHROME = [
  '下载',
  '打印',
  '全屏',
  '收藏',
  '【字号',
  '【字体',
  '分享',
  '来源：',
  '时间：20',
  '责任编辑',
  '相关报道',
  '相关链接',
  '打印本页',
  '关闭窗口',
  '扫一扫',
  'Public domain',
  '本作品是中华人民共和国',
  '维基文库',
  '公有领域',
  '\u200b',
  '\u3000',
];

/** The chrome words `text` holds more often than the report's own text `report` does. */
export function chromeIn(text: string, report: string): string[] {
  return PAGE_CHROME.filter((word) => countOf(text, word) > countOf(report, word)).map(
    (word) => `"${word}" ${countOf(text, word)}× (the report has it ${countOf(report, word)}×)`,
  );
}
