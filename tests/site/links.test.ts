/**
 * Every internal link and #fragment of the built site lands on something, for the build
 * at the root (dist/) and the build for a sub-path (dist-report/, base /report/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages, DIST, SUBPATH } from '../support/dist.ts';

const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'sub-path', ...SUBPATH },
];

for (const { name, dir, base } of builds) {
  const pages = await builtPages(dir, { redirects: true });
  const idsByPage = new Map(pages.map(({ path, html }) => [path, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]))]));

  /** Resolves a link as the browser would, then maps the URL path to a file of the build. */
  const target = (fromPath: string, href: string) => {
    const url = new URL(href, `http://site${base}${fromPath}`);
    const pathname = decodeURIComponent(url.pathname);
    if (!pathname.startsWith(base)) return { file: null, fragment: '' };
    let path = pathname.slice(base.length);
    if (path === '' || path.endsWith('/')) path += 'index.html';
    return { file: path, fragment: decodeURIComponent(url.hash.slice(1)) };
  };

  test(`${name} build: internal links resolve to a page and an existing id`, (t) => {
    const broken: string[] = [];
    let checked = 0;
    for (const { path, html } of pages) {
      for (const [, href] of html.matchAll(/\b(?:href|src|action)="([^"]+)"/g)) {
        if (/^(?:[a-z]+:|\/\/)/i.test(href)) continue;
        checked += 1;
        const { file, fragment } = target(path, href.replace(/&amp;/g, '&'));
        if (!file) broken.push(`${path}: ${href} (outside ${base})`);
        else if (!existsSync(join(dir, file))) broken.push(`${path}: ${href} (no ${file})`);
        else if (fragment && !idsByPage.get(file)?.has(fragment)) broken.push(`${path}: ${href} (no id "${fragment}" in ${file})`);
      }
    }
    t.diagnostic(`${checked} links checked in ${pages.length} pages`);
    assert.ok(checked > 1000, `only ${checked} links checked`);
    assert.deepEqual(broken, []);
  });

  test(`${name} build: every section links to the previous and the next one in reading order`, () => {
    const home = pages.find(({ path }) => path === 'index.html')!.html;
    const slugs = [...home.matchAll(new RegExp(`href="${base}sections/([^/]+)/"`, 'g'))].map((m) => m[1]);
    assert.equal(slugs.length, 12);
    slugs.forEach((slug, i) => {
      const html = pages.find(({ path }) => path === `sections/${slug}/index.html`)!.html;
      const prev = /href="([^"]+)" rel="prev"/.exec(html)?.[1];
      const next = /href="([^"]+)" rel="next"/.exec(html)?.[1];
      assert.equal(prev, i === 0 ? undefined : `${base}sections/${slugs[i - 1]}/`, `${slug} prev`);
      assert.equal(next, i === slugs.length - 1 ? `${base}glossary/` : `${base}sections/${slugs[i + 1]}/`, `${slug} next`);
    });
  });
}

test('the search data of the sub-path build points under the sub-path', async () => {
  const { readFile } = await import('node:fs/promises');
  const data = JSON.parse(await readFile(join(SUBPATH.dir, 'search/data.json'), 'utf8')) as { pages: { url: string }[] };
  assert.ok(data.pages.every((page) => page.url.startsWith('/report/')));
});
