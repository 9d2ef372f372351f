/**
 * Reads a built page and returns the text a reader can search, block by block, with the
 * anchor each block can be linked to: paragraphs (`p3`), headings, the picture captions
 * and glossary definitions. Only the indexed part of the page (`data-pagefind-body`)
 * counts, and parts marked `data-pagefind-ignore` (¶ signs, hidden definitions) do not.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Nodes, Root } from 'hast';
import type { PageRecord, Passage } from '../../shared/search/types.ts';

function isElement(node: Nodes): node is Element {
  return node.type === 'element';
}

function findBody(node: Root | Element): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.properties.dataPagefindBody !== undefined) return child;
    const found = findBody(child);
    if (found) return found;
  }
  return undefined;
}

const ignored = (node: Element) => node.properties.dataPagefindIgnore !== undefined;

/** Text of an element without its ignored parts (¶ anchors). */
function textOf(node: Element): string {
  const clean = structuredClone(node);
  const prune = (el: Element) => {
    el.children = el.children.filter((child) => !(isElement(child) && ignored(child)));
    for (const child of el.children) if (isElement(child)) prune(child);
  };
  prune(clean);
  return toText(clean, { whitespace: 'normal' }).replace(/\s+/g, ' ').trim();
}

export function extractPassages(html: string, url: string, kind: PageRecord['kind']): PageRecord | null {
  const tree = fromHtml(html);
  const body = findBody(tree);
  if (!body) return null;
  let title = '';
  let heading = '';
  let headingAnchor = '';
  const passages: Passage[] = [];

  // `container` is the id of the nearest enclosing element that has one (the glossary
  // entry's `#definition`), used for blocks without an id of their own.
  const walk = (node: Element, container: string) => {
    for (const child of node.children) {
      if (!isElement(child) || ignored(child)) continue;
      const id = typeof child.properties.id === 'string' ? child.properties.id : '';
      switch (child.tagName) {
        case 'h1':
          title = textOf(child);
          break;
        case 'h2':
        case 'h3':
          heading = textOf(child);
          headingAnchor = id;
          passages.push({ anchor: id, heading, text: heading });
          break;
        case 'p':
        case 'li':
        case 'dd': {
          const text = textOf(child);
          if (text) passages.push({ anchor: id || container || headingAnchor, heading, text });
          break;
        }
        default:
          walk(child, id || container);
      }
    }
  };
  walk(body, '');
  return { url, title, kind, passages };
}
