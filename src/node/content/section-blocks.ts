/**
 * A section's MDX as the blocks that places count (src/shared/places.ts): its headings and
 * its paragraphs (with their text, which their anchors are kept by), in order. Blocks are separated by blank lines, as the importer writes them
 * and Markdown reads them; imports, components (<Captions>), lists, quotes, tables and rules
 * are neither. remark-paragraph-anchors numbers the paragraphs Markdown actually made and
 * stops the build if the count differs, so a form this reading misses cannot pass silently.
 */
import type { PlaceBlock } from '../../shared/places.ts';
import { plainText } from '../../shared/text.ts';

const HEADING = /^#{1,6}\s+(.*)$/;
const NOT_PROSE = /^(?:import\s|export\s|<|[-*+]\s|\d+[.)]\s|>|\||```|~~~|(?:-{3,}|\*{3,}|_{3,})\s*$)/;

export function sectionBlocks(body: string): PlaceBlock[] {
  const blocks: PlaceBlock[] = [];
  for (const block of body.split(/\n[ \t]*\n/)) {
    const lines = block.trim().split('\n');
    if (!lines[0]) continue;
    const heading = HEADING.exec(lines[0]);
    if (heading) {
      blocks.push({ kind: 'heading', text: plainText(heading[1]) });
      if (lines.length > 1 && !NOT_PROSE.test(lines[1]))
        blocks.push({ kind: 'paragraph', text: plainText(lines.slice(1).join('\n')) });
    } else if (!NOT_PROSE.test(lines[0])) blocks.push({ kind: 'paragraph', text: plainText(block.trim()) });
  }
  return blocks;
}
