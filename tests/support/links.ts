/**
 * The link check shared by the site tests and the fixture-site tests: every internal href,
 * src and action of a build resolved as the browser would, to a file of the build and, for
 * a #fragment, to an element with that id.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';

export interface LinkReport {
  /** `page: href (why)` for each link that lands nowhere. */
  broken: string[];
  /** How many internal links were followed. */
  checked: number;
}

/** The internal links of each page that do not land; `base` is the build's base path. */
export function brokenLinks(pages: { path: string; html: string }[], dir: string, base = '/'): LinkReport {
  const idsByPage = new Map(
    pages.map(({ path, html }) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]),
  );

  /** Resolves a link as the browser would, then maps the URL path to a file of the build. */
  const target = (fromPath: string, href: string) => {
    const url = new URL(href, `http://site${base}${fromPath}`);
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return { file: null, fragment: '' };
    let path = pathname.slice(base.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return { file: path, fragment: decodeURIComponent(url.hash.slice(1)) };
  };

  const broken: string[] = [];
  let checked = 0;
  for (const { path, html } of pages) {
    for (const [, href] of html.matchAll(/\b(?:href|src|action)="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      checked += 1;
      const { file, fragment } = target(path, href.replace(/&amp;/g, '&'));
      if (!file) broken.push(`${path}: ${href} (outside ${base})`);
      else if (!existsSync(join(dir, file))) broken.push(`${path}: ${href} (no ${file})`);
      else if (fragment && !idsByPage.get(file)?.has(fragment))
        broken.push(`${path}: ${href} (no id "${fragment}" in ${file})`);
    }
  }
  return { broken, checked };
}
