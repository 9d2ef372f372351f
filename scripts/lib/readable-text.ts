/**
 * The text a reader reads on a built page, as the benchmark weighs it and the site tests
 * compare it with the manuscript.
 */
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import type { Element, Root } from 'hast';

function find(node: Root | Element, match: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (match(child)) return child;
    const found = find(child, match);
    if (found) return found;
  }
  return undefined;
}

/**
 * The text a reader reads in the first element matching `match`: parts marked
 * data-pagefind-ignore (reminders, contents, ¶ signs) and hidden parts (definitions kept
 * for popovers) left out, and any part matching `leaveOut` (a page's title block, its
 * navigation) when the caller reads around it.
 */
export function readableText(
  html: string,
  match: (el: Element) => boolean,
  leaveOut: (el: Element) => boolean = () => false,
): string {
  const element = find(fromHtml(html), match);
  if (!element) return '';
  const prune = (el: Element) => {
    el.children = el.children.filter(
      (child) =>
        !(
          child.type === 'element' &&
          (child.properties.dataPagefindIgnore !== undefined ||
            child.properties.hidden !== undefined ||
            leaveOut(child))
        ),
    );
    for (const child of el.children) if (child.type === 'element') prune(child);
  };
  prune(element);
  return toText(element, { whitespace: 'normal' });
}

/** The element Pagefind indexes: the page's report text. */
export const isIndexedBody = (el: Element): boolean => el.properties.dataPagefindBody !== undefined;
