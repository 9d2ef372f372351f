/**
 * What a report's text should become, written out by hand rather than worked out by the
 * importer under test: its body paragraphs and glossary entries (tests/fixtures/reports/
 * expected/, tests/fixtures/qilihe/expected.txt), and the page chrome a copy from the web
 * brings along. Shared by the import test and the tests of the sites built from the fixture
 * reports.
 */
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { countOf } from './reading.ts';

export interface ReportParagraph {
  text: string;
  /** Its line in the file of expected text, for messages. */
  line: number;
}

export interface ReportText {
  /** The paragraphs of the speech, its glossary heading and entries excluded. */
  body: ReportParagraph[];
  /** The glossary entries as written (`1.“两重”：是指…`), none when the report has no glossary. */
  glossary: ReportParagraph[];
}

const EXPECTED_DIR = fileURLToPath(new URL('../fixtures/reports/expected/', import.meta.url));

/**
 * The expected text of a fixture report (`sichuan-2026.txt`), or of the file at `path`: one
 * paragraph a line, as a reader should find it (words cut by the copy's line breaks joined,
 * punctuation full-width); the page around the article, the title, meeting, speaker and date
 * lines and the glossary's heading left out; then a blank line and the glossary's entries.
 */
export function expectedText(report: string): ReportText {
  const file = report.includes('/') ? report : join(EXPECTED_DIR, basename(report));
  const lines = readFileSync(file, 'utf8').split('\n');
  const blank = lines.indexOf('');
  const paragraphs = (from: number, to: number) =>
    lines.slice(from, to).map((text, i) => ({ text, line: from + i + 1 }));
  const end = lines.at(-1) === '' ? lines.length - 1 : lines.length;
  if (blank < 0 || blank === end) return { body: paragraphs(0, end), glossary: [] };
  return { body: paragraphs(0, blank), glossary: paragraphs(blank + 1, end) };
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
