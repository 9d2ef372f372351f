/**
 * remark plugin: gives every top-level paragraph of a report section its anchor (`p1`, `p2`…,
 * kept with the paragraph through edits by the model, src/node/content/paragraph-anchors.ts;
 * in reading order when the model gives none) and, in a report with numbered parts, its
 * place as readers name it (`data-place="第二部分（三）第2段"`, src/shared/places.ts). The
 * anchors of paragraphs gone from the section are kept on the paragraph now in their place,
 * as empty elements with their id, so that a published link still lands. Search results, glossary
 * occurrences, figures and citations point at the ids; the ¶ link and the cite popover name
 * the place. The ¶ link is added last, by rehype-paragraph-links, so that no other plugin
 * has to step around it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { paragraphId } from '../../shared/paths.ts';
import { paragraphPlaces, type PlaceBlock, type SectionPlace } from '../../shared/places.ts';

export interface SectionAnchors {
  /** Where the section starts in the report's numbering. */
  place: SectionPlace;
  /** How many paragraphs the model of the report counted in it. */
  paragraphs: number;
  /** Its file, for the message when the counts differ. */
  file: string;
  /** The anchor of each paragraph, and the anchors of gone paragraphs that lead to each. */
  anchors?: string[];
  aliases?: string[][];
}

export interface Options {
  /** The sections by path; any other file is left alone. */
  sectionAt: (path: string) => SectionAnchors | undefined;
}

export default function remarkParagraphAnchors({ sectionAt }: Options) {
  return (tree: Root, file: VFile) => {
    const section = file.path ? sectionAt(file.path) : undefined;
    if (!section) return;
    const blocks: PlaceBlock[] = tree.children.flatMap((node): PlaceBlock[] =>
      node.type === 'heading'
        ? [{ kind: 'heading', text: toString(node) }]
        : node.type === 'paragraph'
          ? [{ kind: 'paragraph' }]
          : [],
    );
    const places = paragraphPlaces(section.place, blocks);
    // Places of later sections count on from this one's paragraphs, as the model read them.
    if (places.length !== section.paragraphs)
      throw new Error(
        `${section.file}: Markdown makes ${places.length} paragraphs of this section where its text reads as ${section.paragraphs}: separate every paragraph, heading, list and component by one blank line`,
      );
    let count = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      const place = places[count];
      const id = section.anchors?.[count] ?? paragraphId(count + 1);
      for (const alias of section.aliases?.[count] ?? []) {
        // An empty <span id="p7"> at the start of the paragraph: where the link lands.
        node.children.unshift({ type: 'emphasis', children: [], data: { hName: 'span', hProperties: { id: alias } } });
      }
      count += 1;
      node.data = {
        ...node.data,
        hProperties: { ...node.data?.hProperties, id, ...(place ? { dataPlace: place } : {}) },
      };
    }
  };
}
