/** Every internal link and #fragment of the built site lands on something. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST } from '../support/dist.ts';

const pages = await builtPages();
const idsByPage = new Map(pages.map(({ path, html }) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

/** Resolves a link as the browser would, then maps the URL path to a file of dist/. */
function targetFile(fromPath: string, href: string): { file: string; fragment: string } {
  const url = new URL(href, `http://site/${fromPath}`);
  let path = decodeURIComponent(url.pathname).replace(/^\//, '');
  if (path === '' || path.endsWith('/')) path += 'index.html';
  return { file: path, fragment: decodeURIComponent(url.hash.slice(1)) };
}

test('internal links resolve to a page and an existing id', () => {
  const broken: string[] = [];
  let checked = 0;
  for (const { path, html } of pages) {
    for (const [, href] of html.matchAll(/\b(?:href|src)="([^"]+)"/g)) {
      if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
      checked += 1;
      const { file, fragment } = targetFile(path, href.replace(/&amp;/g, '&'));
      if (!existsSync(join(DIST, file))) {
        broken.push(`${path}: ${href} (no ${file})`);
        continue;
      }
      if (fragment && !idsByPage.get(file)?.has(fragment)) broken.push(`${path}: ${href} (no id "${fragment}" in ${file})`);
    }
  }
  assert.ok(checked > 500, `only ${checked} links checked`);
  assert.deepEqual(broken, []);
});

test('every section links to the previous and the next one in reading order', () => {
  const order = pages
    .filter(({ path }) => path.startsWith('sections/'))
    .map(({ path, html }) => ({ path, prev: /href="([^"]+)" rel="prev"/.exec(html)?.[1], next: /href="([^"]+)" rel="next"/.exec(html)?.[1] }));
  const home = pages.find(({ path }) => path === 'index.html')!.html;
  const tocOrder = [...home.matchAll(/href="\/sections\/([^/]+)\/"/g)].map((m) => m[1]);
  assert.equal(tocOrder.length, 12);
  tocOrder.forEach((slug, i) => {
    const page = order.find(({ path }) => path === `sections/${slug}/index.html`)!;
    assert.equal(page.prev, i === 0 ? undefined : `/sections/${tocOrder[i - 1]}/`, `${slug} prev`);
    assert.equal(page.next, i === tocOrder.length - 1 ? '/glossary/' : `/sections/${tocOrder[i + 1]}/`, `${slug} next`);
  });
});
