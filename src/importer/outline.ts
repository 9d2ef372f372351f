/**
 * A report's `outline.yaml`: the optional file that tells the importer what the report's text
 * does not say, or where what it detected should be overridden (a section boundary, a
 * title, a slug, the government, glossary ids and aliases). Checked by
 * src/schemas/outline.ts; errors name the file and line.
 */
import { REPORT_FILES } from '../node/content/report-files.ts';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { outlineSchema, type Outline } from '../schemas/outline.ts';

export const OUTLINE_FILE = REPORT_FILES.outline;

export function parseOutline(text: string, file: string = OUTLINE_FILE): Outline {
  const lines = new LineCounter();
  const doc = parseDocument(text.replace(/^\uFEFF/, ''), { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    throw new Error(`${file}:${lines.linePos(error.pos[0]).line}: not valid YAML: ${error.message.split('\n')[0]}`);
  }
  const result = outlineSchema.safeParse(doc.toJS() ?? {});
  if (result.success) return result.data;
  throw new Error(
    result.error.issues
      .map((issue) => {
        const node = doc.getIn(issue.path as PropertyKey[], true);
        const line = isNode(node) && node.range ? `:${lines.linePos(node.range[0]).line}` : '';
        return `${file}${line}: ${issue.path.length ? `field "${issue.path.join('.')}": ` : ''}${issue.message}`;
      })
      .join('\n'),
  );
}
