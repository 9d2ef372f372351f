/**
 * A PDF as the text the rest of the importer reads, through unpdf (pdf.js): its lines from
 * the text layer, the page's furniture dropped (running heads and footers that repeat from
 * page to page, page numbers), and the lines that the page width or a page break cut
 * joined back into their paragraphs, with nothing else joined or lost.
 *
 * A paragraph starts where a line is indented (the report's first-line indent) or where the
 * line before it stopped short of the right margin; every other line continues the line
 * before it, across pages too. Centred lines (the title, the meeting line) stop short of
 * the margin on both sides and stay lines of their own.
 */
import { getDocumentProxy } from 'unpdf';
import { UnreadableFile } from './decode.ts';
// Fonts in PDFs often give Han characters as their look-alike radicals (⾼ for 高, ⺠ for 民).
import { unifiedHan } from '../shared/han.ts';

interface Line {
  text: string;
  /** Left and right ends, and height, in PDF units. */
  x0: number;
  x1: number;
  size: number;
}

/** What pdf.js gives of a run of text: the parts of its TextItem this module reads. */
interface PositionedText {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

/**
 * Spaces that pdf.js reads into a justified line, where the text was stretched to the margin:
 * between Chinese characters and marks, and between them and digits or Latin letters. Lines
 * that stop short of the margin (a speaker line, a caption) keep their spaces.
 */
const JUSTIFIED_SPACE =
  /(?<=[\p{Script=Han}\p{P}])\s+(?=[\p{Script=Han}\p{P}A-Za-z0-9])|(?<=[A-Za-z0-9%])\s+(?=[\p{Script=Han}\p{P}])/gu;
/** A horizontal bar (U+2015) is how PDF fonts often name the dash of ——: the text's dash is U+2014. */
const fromPdfGlyphs = (text: string) => unifiedHan(text).replace(/\u2015/g, '—');

/** The lines of one page, top to bottom. */
function pageLines(items: PositionedText[]): Line[] {
  const rows = new Map<number, PositionedText[]>();
  for (const item of items) {
    if (!item.str) continue;
    const y = Math.round(item.transform[5]);
    const row = [...rows.keys()].find((key) => Math.abs(key - y) <= 2) ?? y;
    rows.set(row, [...(rows.get(row) ?? []), item]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => b - a)
    .map(([, row]) => {
      row.sort((a, b) => a.transform[4] - b.transform[4]);
      const last = row.at(-1)!;
      return {
        text: fromPdfGlyphs(row.map((item) => item.str).join('')).trim(),
        x0: row[0].transform[4],
        x1: last.transform[4] + last.width,
        size: Math.max(...row.map((item) => item.height || Math.abs(item.transform[3]))),
      };
    })
    .filter((line) => line.text);
}

/** A page number as pages print them: 3, - 3 -, 第3页, 第3页 共8页, 3/8. */
const PAGE_NUMBER = /^(?:[-—–\s]*\d+[-—–\s]*|第\s*\d+\s*页(?:\s*[，,]?\s*共\s*\d+\s*页)?|\d+\s*\/\s*\d+)$/;
/** A line with its digits hidden: a running head or footer that numbers its page repeats as this. */
const shape = (text: string) => text.replace(/\d+/g, '#');

/** Drops page numbers and the lines at the top or bottom that repeat on most pages. */
function withoutFurniture(pages: Line[][]): Line[][] {
  // The first and the last line only: the title under a running head that repeats it stays.
  const edges = (page: Line[]) => [page[0], page.at(-1)].filter((line): line is Line => line !== undefined);
  const counts = new Map<string, number>();
  for (const page of pages)
    for (const key of new Set(edges(page).map((line) => shape(line.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  const repeated = (line: Line) => pages.length >= 3 && (counts.get(shape(line.text)) ?? 0) >= pages.length / 2;
  return pages.map((page) => {
    const edge = new Set(edges(page));
    return page.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(line.text) || repeated(line))));
  });
}

/** The most frequent value, rounded to whole units. */
function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values.map(Math.round)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
}

const LATIN_END = /[A-Za-z0-9]$/;
const LATIN_START = /^[A-Za-z0-9]/;

/** The report's paragraphs, one a line, from the lines of all pages in reading order. */
function paragraphs(lines: Line[]): string[] {
  const left = mode(lines.map((line) => line.x0));
  const right = mode(lines.filter((line) => line.x1 > left + 100).map((line) => line.x1));
  const em = mode(lines.map((line) => line.size)) || 12;
  const result: string[] = [];
  let previous: Line | undefined;
  const centre = (left + right) / 2;
  for (const line of lines) {
    if (line.x0 <= left + em * 2.5 && line.x1 >= right - em * 1.5) line.text = line.text.replace(JUSTIFIED_SPACE, '');
    const indented = line.x0 > left + em / 2;
    const previousFull = previous !== undefined && previous.x0 < right - em && previous.x1 >= right - em * 1.5;
    // The last line of a centred text that wrapped (a long meeting line) is centred, not indented.
    const centred = indented && line.x1 < right - em && Math.abs((line.x0 + line.x1) / 2 - centre) < em / 2;
    if (previous && previousFull && (!indented || (centred && previous.x0 <= left + em / 2))) {
      const joiner = LATIN_END.test(result.at(-1)!) && LATIN_START.test(line.text) ? ' ' : '';
      result[result.length - 1] += joiner + line.text;
    } else result.push(line.text);
    previous = line;
  }
  return result;
}

export async function pdfToText(bytes: Uint8Array, name: string): Promise<string> {
  let pages: Line[][];
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    pages = [];
    for (let n = 1; n <= pdf.numPages; n += 1) {
      const content = await (await pdf.getPage(n)).getTextContent();
      pages.push(pageLines(content.items.flatMap((item) => ('str' in item ? [item] : []))));
    }
  } catch {
    throw new UnreadableFile(
      `${name}: a PDF that cannot be read (damaged or encrypted): find another copy of the report, or save its text as a .txt file`,
    );
  }
  const lines = withoutFurniture(pages).flat();
  if (lines.length === 0)
    throw new UnreadableFile(
      `${name}: a PDF without a text layer (a scan): run it through OCR, or find a copy of the report as text, and import that`,
    );
  return paragraphs(lines).join('\n');
}
