/**
 * Every internal link and #fragment of the built site lands on something, for the build
 * at the root (dist/) and the build for a sub-path (dist-report/, base /report/).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { builtPages, DIST, SUBPATH } from '../support/dist.ts';
import { brokenLinks } from '../support/links.ts';

const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'sub-path', ...SUBPATH },
];

for (const { name, dir, base } of builds) {
  const pages = await builtPages(dir, { redirects: true });

  test(`${name} build: internal links resolve to a page and an existing id`, (t) => {
    const { broken, checked } = brokenLinks(pages, dir, base);
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
      assert.equal(
        next,
        i === slugs.length - 1 ? `${base}glossary/` : `${base}sections/${slugs[i + 1]}/`,
        `${slug} next`,
      );
    });
  });
}

test('the search data of the sub-path build points under the sub-path', async () => {
  const { readFile } = await import('node:fs/promises');
  const data = JSON.parse(await readFile(join(SUBPATH.dir, 'search/data.json'), 'utf8')) as {
    pages: { url: string }[];
  };
  assert.ok(data.pages.every((page) => page.url.startsWith('/report/')));
});
