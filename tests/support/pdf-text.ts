/**
 * How much text each page of a PDF that Chromium wrote draws: the Flate-compressed content
 * streams inflated, and in each the text-showing operators (Tj, TJ) counted. Enough to tell
 * whether something prints on a page (a running head) by printing with and without it.
 */
import { inflateSync } from 'node:zlib';

export function pdfTextOperators(pdf: Buffer): number[] {
  const text = pdf.toString('latin1');
  const counts: number[] = [];
  const start = /\bstream\r?\n/g;
  for (let match = start.exec(text); match; match = start.exec(text)) {
    const from = match.index + match[0].length;
    const to = text.indexOf('endstream', from);
    if (to < 0) break;
    start.lastIndex = to + 'endstream'.length;
    let stream: string;
    try {
      stream = inflateSync(pdf.subarray(from, to)).toString('latin1');
    } catch {
      continue; // not Flate (an image, a font program)
    }
    if (/\bBT\b/.test(stream)) counts.push(stream.match(/\bT[Jj]\b/g)?.length ?? 0);
  }
  return counts;
}
