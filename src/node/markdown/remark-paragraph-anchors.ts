/**
 * remark plugin: gives every top-level paragraph of a report section a stable id (`p1`,
 * `p2`… in reading order). Search results, glossary occurrences, figures and citations
 * point at these ids. The ¶ link that shows them is added last, by
 * rehype-paragraph-links, so that no other plugin has to step around it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { paragraphId } from '../../shared/paths.ts';

export interface Options {
  /** Which files are report sections. */
  isSection: (path: string) => boolean;
}

export default function remarkParagraphAnchors({ isSection }: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isSection(file.path)) return;
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      count += 1;
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id: paragraphId(count) } };
    }
  };
}
