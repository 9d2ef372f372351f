/**
 * remark plugin: gives every top-level paragraph of a report section a stable id
 * (`p1`, `p2`… in reading order) and a small link sign (¶) to copy its address. Search
 * results, glossary occurrences and citations point at these ids.
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
      const id = paragraphId(count);
      node.data = { ...node.data, hProperties: { ...node.data?.hProperties, id } };
      node.children.push({
        type: 'link',
        url: `#${id}`,
        children: [{ type: 'text', value: '¶' }],
        data: { hProperties: { className: ['para-anchor'], ariaLabel: `第${count}段的链接`, dataPagefindIgnore: '' } },
      });
    }
  };
}
