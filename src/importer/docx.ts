/**
 * A Word file (.docx) as the text the rest of the importer reads, through mammoth: its
 * paragraphs and headings, one a line, as the file has them. Numbering typed as text
 * (一、 （一）) is text like any other; Word's automatic list numbering is not text in the
 * file, and mammoth gives it as a list without its numbers, so a file that uses it stops
 * with what to do rather than losing the report's numbering.
 */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';
import { UnreadableFile } from './decode.ts';

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch {
    throw new UnreadableFile(
      `${name}: a zipped file that is not a Word document (.docx): save the report as .docx or as plain text (.txt) and import that`,
    );
  }
  if (/<(?:ol|ul)[\s>]/.test(html))
    throw new UnreadableFile(
      `${name}: the Word file numbers its paragraphs with automatic lists, whose numbers are not in its text: in Word, save it as plain text (.txt), which writes the numbers out, and import that`,
    );
  return htmlToText(`<!doctype html><html><body>${html}</body></html>`);
}
