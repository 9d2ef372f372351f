/**
 * remark plugin for the report's glossary (有关词语解释):
 *
 * - links the first mention of every glossary term in each section to its entry (never
 *   inside a heading, a link or a component), matching aliases too;
 * - resolves hand-written links `[六稳](glossary:liuwen)` in any Markdown file, and stops
 *   the build, naming the file, line and id, when the entry does not exist;
 * - records every occurrence (entry, paragraph id from remark-paragraph-anchors, excerpt) and the linked entries in the
 *   page's data (src/shared/page-data.ts), for the entry pages' "where the report
 *   uses it" and the section's term popovers.
 */
import type { Link, Nodes, Paragraph, PhrasingContent, Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { createMatcher, linkFirstMentions } from '../../shared/glossary-matcher.ts';
import type { GlossaryTerm } from '../content/load-report.ts';
import { setPageData, type Occurrence } from '../../shared/page-data.ts';
import { siteUrls } from '../../shared/urls.ts';

export const GLOSSARY_SCHEME = 'glossary:';

export interface Options {
  terms: GlossaryTerm[];
  /** The site's base path, ending in `/`. */
  base: string;
  /** Which files are report sections (auto-linked, paragraphs numbered). */
  isSection: (path: string) => boolean;
  /** Characters of context on each side of an occurrence's excerpt. */
  excerptContext?: number;
}

/** Nodes whose text must not be auto-linked. */
const NO_LINK = new Set([
  'heading',
  'link',
  'linkReference',
  'definition',
  'code',
  'inlineCode',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
  'html',
]);

function termLink(url: string, id: string, children: PhrasingContent[]): Link {
  return {
    type: 'link',
    url,
    children,
    data: { hProperties: { className: ['term'], dataTerm: id, ariaDescribedBy: [`def-${id}`] } },
  };
}

export default function remarkGlossary(options: Options) {
  const { terms, base, isSection, excerptContext = 18 } = options;
  const ids = new Set(terms.map((term) => term.id));
  const match = createMatcher(terms.map((term) => ({ id: term.id, forms: [term.term, ...term.aliases] })));
  const urlOf = siteUrls(base).glossary;

  return (tree: Root, file: VFile) => {
    const linked: string[] = [];

    // Hand-written links, everywhere.
    visitParents(tree, 'link', (node) => {
      if (!node.url.startsWith(GLOSSARY_SCHEME)) return;
      const id = node.url.slice(GLOSSARY_SCHEME.length);
      if (!ids.has(id)) {
        file.fail(
          `glossary link [${toString(node)}](${node.url}): no glossary entry "${id}" (the report's glossary/${id}.md does not exist)`,
          node,
        );
      }
      Object.assign(node, termLink(urlOf(id), id, node.children));
      if (!linked.includes(id)) linked.push(id);
    });

    if (!file.path || !isSection(file.path)) return;

    // Occurrences, from the paragraphs at the top level of the section (numbered by
    // remark-paragraph-anchors, which runs first).
    const occurrences: Occurrence[] = [];
    let number = 0;
    for (const node of tree.children) {
      if (node.type !== 'paragraph') continue;
      number += 1;
      const id = node.data?.hProperties?.id;
      if (typeof id !== 'string')
        throw new Error(`${file.path}: paragraphs have no ids: run remark-paragraph-anchors before remark-glossary`);
      const text = toString(node);
      for (const found of match(text)) {
        occurrences.push({
          entry: found.id,
          paragraph: id,
          number,
          text: found.text,
          before: text.slice(Math.max(0, found.start - excerptContext), found.start),
          after: text.slice(found.end, found.end + excerptContext),
        });
      }
    }

    // Link the first mention of each entry in the section.
    visitParents(tree, 'text', (node: Text, ancestors: Nodes[]) => {
      if (ancestors.some((ancestor) => NO_LINK.has(ancestor.type))) return SKIP;
      const parent = ancestors.at(-1) as Paragraph;
      const pieces = linkFirstMentions(node.value, match, linked);
      if (!pieces.some((piece) => piece.term)) return;
      const nodes = pieces.map((piece): PhrasingContent =>
        piece.term
          ? termLink(urlOf(piece.term), piece.term, [{ type: 'text', value: piece.text }])
          : { type: 'text', value: piece.text },
      );
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...nodes);
      return [SKIP, index + nodes.length];
    });

    setPageData(file.data, 'glossary', { linked, occurrences });
  };
}
