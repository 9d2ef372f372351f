/**
 * rehype plugin, the pipeline's last: ends every paragraph of a report section with an
 * anchor (`<p id="p3">`, from remark-paragraph-anchors) with a small ¶ link to its own address,
 * for copying and citing. It is left out of search (`data-pagefind-ignore`).
 */
import type { Root } from 'hast';
import type { VFile } from 'vfile';

export interface Options {
  /** Which files are report sections. */
  isSection: (path: string) => boolean;
}

const PARAGRAPH_ID = /^p\d+$/;

export default function rehypeParagraphLinks({ isSection }: Options) {
  return (tree: Root, file: VFile) => {
    if (!file.path || !isSection(file.path)) return;
    // The paragraph's number on the page, which its anchor need not be (paragraph-anchors.ts).
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'element' || node.tagName !== 'p') continue;
      const id = node.properties.id;
      if (typeof id !== 'string' || !PARAGRAPH_ID.test(id)) continue;
      number += 1;
      node.children.push({
        type: 'element',
        tagName: 'a',
        properties: {
          href: `#${id}`,
          className: ['para-anchor'],
          // Named by its place in the report's numbering when it has one (remark-paragraph-anchors).
          ariaLabel: `${typeof node.properties.dataPlace === 'string' ? node.properties.dataPlace : `第${number}段`}的链接`,
          dataPagefindIgnore: '',
        },
        children: [{ type: 'text', value: '¶' }],
      });
    }
  };
}
