/**
 * A Word file (.docx) as the text the rest of the importer reads, through mammoth: its
 * paragraphs and headings, one a line, as the file has them. Numbering typed as text
 * (一、 （一）) is text like any other; Word's automatic numbering, which is not in the text,
 * is written out as text first (word-numbering.ts).
 */
import mammoth from 'mammoth';
import { htmlToText } from './html.ts';
import { UnreadableFile } from './decode.ts';
import { writeOutNumbering } from './word-numbering.ts';

export async function docxToText(bytes: Uint8Array, name: string): Promise<string> {
  let html: string;
  try {
    const numbered = await writeOutNumbering(bytes, name);
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(numbered) })).value;
  } catch (error) {
    if (error instanceof UnreadableFile) throw error;
    throw new UnreadableFile(
      `${name}: a zipped file that is not a Word document (.docx): save the report as .docx or as plain text (.txt) and import that`,
    );
  }
  return htmlToText(`<!doctype html><html><body>${html}</body></html>`);
}
