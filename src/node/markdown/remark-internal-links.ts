/**
 * remark plugin: checks and resolves links from one page of the report to another.
 * - `[困难和挑战](section:challenges)` (optionally `section:challenges#p1`) links to a section;
 * - a site-absolute link (`/sections/challenges/`, `/glossary/liuwen/`) must name a page
 *   that exists, and gets the base path in front.
 * A link to a page that does not exist stops the build with the file, line and link.
 * (`glossary:` links are resolved by remark-glossary.)
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { visitParents } from 'unist-util-visit-parents';
import {
  fullReportPath,
  glossaryIndexPath,
  glossaryPath,
  indicatorsPath,
  searchPath,
  sectionPath,
} from '../../shared/paths.ts';
import { siteUrls } from '../../shared/urls.ts';

export interface Options {
  base: string;
  sections: string[];
  glossary: string[];
}

export const SECTION_SCHEME = 'section:';

export default function remarkInternalLinks({ base, sections, glossary }: Options) {
  const pages = new Set([
    '',
    glossaryIndexPath(),
    searchPath(),
    indicatorsPath(),
    fullReportPath(),
    ...sections.map(sectionPath),
    ...glossary.map(glossaryPath),
  ]);
  const known = new Set(sections);
  const urls = siteUrls(base);

  return (tree: Root, file: VFile) => {
    visitParents(tree, 'link', (node) => {
      if (node.url.startsWith(SECTION_SCHEME)) {
        const [slug, fragment] = node.url.slice(SECTION_SCHEME.length).split('#');
        if (!known.has(slug))
          file.fail(`link ${node.url}: no section with slug "${slug}" in the report's sections/`, node);
        node.url = urls.section(slug, fragment);
      } else if (node.url.startsWith('/') && !node.url.startsWith('//')) {
        const [path] = node.url.slice(1).split(/[?#]/);
        if (!pages.has(path)) file.fail(`link ${node.url}: no such page on this site`, node);
        node.url = urls.page(node.url);
      }
    });
  };
}
