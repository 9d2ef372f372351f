/**
 * Puts a section's rendered HTML on a page shared with other sections (the whole report on
 * one page, /full/): ids get the section's prefix so that `#p3` of one section does not
 * collide with `#p3` of the next, and the links and ARIA references to them follow
 * (references to ids outside the section, like a term's definition, are left alone);
 * headings go one level down (the section's own title is the h2 there), and glossary
 * term links point at the glossary printed at the end of the page.
 */
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import type { Element, Nodes } from 'hast';

export interface ScopeOptions {
  /** Prepended to every id and in-page link: `achievements-` → `#achievements-p3`. */
  prefix: string;
  /** Where a glossary term link goes on the page, by entry id. */
  glossaryHref: (entryId: string) => string;
}

const DEMOTE: Record<string, string> = { h2: 'h3', h3: 'h4', h4: 'h5', h5: 'h6' };
/** Attributes holding id references (hast property names). */
const ID_REFS = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'ariaOwns', 'htmlFor'] as const;

function elements(node: Nodes, found: Element[] = []): Element[] {
  if (node.type === 'element') found.push(node);
  if ('children' in node) for (const child of node.children) elements(child, found);
  return found;
}

export function scopeHtml(html: string, { prefix, glossaryHref }: ScopeOptions): string {
  const tree = fromHtml(html, { fragment: true });
  const all = elements(tree);
  const local = new Set(all.map((el) => el.properties.id).filter((id): id is string => typeof id === 'string'));
  const scoped = (id: string) => (local.has(id) ? `${prefix}${id}` : id);

  for (const el of all) {
    const { properties } = el;
    if (typeof properties.id === 'string') properties.id = `${prefix}${properties.id}`;
    for (const name of ID_REFS) {
      // hast keeps these space-separated lists as arrays.
      const value = properties[name];
      if (Array.isArray(value) || typeof value === 'string')
        properties[name] = [value].flat().map((id) => scoped(String(id)));
    }
    const href = properties.href;
    if (typeof properties.dataTerm === 'string') properties.href = glossaryHref(properties.dataTerm);
    else if (typeof href === 'string' && href.startsWith('#'))
      properties.href = `#${scoped(decodeURIComponent(href.slice(1)))}`;
    el.tagName = DEMOTE[el.tagName] ?? el.tagName;
  }
  return toHtml(tree);
}
