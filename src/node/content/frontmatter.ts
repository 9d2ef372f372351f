/**
 * Splits a Markdown/MDX file into its YAML frontmatter and its body, for code that runs
 * before Astro's collections (the model of the report). Accepts what editors save: a
 * UTF-8 byte-order mark and CRLF line ends. YAML errors and schema problems are located
 * at the file's own line, not the frontmatter's.
 */
import { LineCounter, parseDocument, isNode, type Document } from 'yaml';
import { ContentError, type ContentProblem } from '../../shared/content-error.ts';

export interface Frontmatter {
  data: unknown;
  body: string;
  /** The line of the file where the body starts (1-based). */
  bodyLine: number;
  /** The file's line of a frontmatter field, e.g. ['order'] → 4. */
  lineOf(path: PropertyKey[]): number | undefined;
}

const FRONTMATTER = /^---\n([\s\S]*?)\n?---(?:\n|$)/;

/** The text as the build reads it: no byte-order mark, `\n` line ends. */
export function cleanText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseFrontmatter(file: string, text: string): Frontmatter {
  const clean = cleanText(text);
  const match = FRONTMATTER.exec(clean);
  if (!match) {
    throw new ContentError({ file, line: 1, message: 'no frontmatter: the file must start with a line `---`, the fields, and another line `---`' });
  }
  const yaml = match[1];
  const lines = new LineCounter();
  const doc: Document = parseDocument(yaml, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  // The frontmatter's first line is the file's second (after `---`).
  const fileLine = (offset: number) => lines.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const problems: ContentProblem[] = doc.errors.map((error) => ({
      file,
      line: fileLine(error.pos[0]),
      message: /unique/i.test(error.message)
        ? `a field is written twice in the frontmatter: keep one of them (${error.message.split('\n')[0]})`
        : `the frontmatter is not valid YAML: ${error.message.split('\n')[0]}`,
    }));
    throw new ContentError(problems);
  }
  const bodyStart = match[0].length;
  return {
    data: doc.toJS(),
    body: clean.slice(bodyStart),
    bodyLine: clean.slice(0, bodyStart).split('\n').length,
    lineOf(path) {
      for (let depth = path.length; depth > 0; depth -= 1) {
        const node = doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) return fileLine(node.range[0]);
      }
      // A missing field has no line.
      return undefined;
    },
  };
}
