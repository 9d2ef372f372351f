/**
 * Every section and every glossary entry can be cited, at the root and under /report/: one
 * citation disclosure whose text is the page's citation without an access date, with the
 * page's absolute address (the configured site, the base path, the page), left out of the
 * search index.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { builtPages, DIST, htmlText, SUBPATH } from '../support/dist.ts';
import { DEFAULT_SITE_URL } from '../../src/shared/site-url.ts';

const SITE = process.env.SITE_URL ?? DEFAULT_SITE_URL;
const builds = [
  { name: 'root', dir: DIST, base: '/' },
  { name: 'sub-path', ...SUBPATH },
];

for (const { name, dir, base } of builds) {
  const pages = (await builtPages(dir)).filter(({ path }) => /^(sections|glossary)\/[^/]+\/index\.html$/.test(path));

  test(`${name} build: every section and glossary entry has its citation, with its absolute address`, () => {
    assert.equal(pages.length, 32);
    for (const { path, html } of pages) {
      const disclosures = [...html.matchAll(/<details class="cite"([^>]*)>([\s\S]*?)<\/details>/g)];
      assert.equal(disclosures.length, 1, path);
      const [, attributes, body] = disclosures[0];
      const url = `${new URL(SITE).origin}${base}${path.replace(/index\.html$/, '')}`;
      assert.match(attributes, /data-pagefind-ignore="all"/, path);
      assert.ok(attributes.includes(`data-cite-url="${url}"`), `${path}: ${attributes}`);
      const title = htmlText(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(html)![1]);
      const text = htmlText(/<p class="cite__text"[^>]*>([\s\S]*?)<\/p>/.exec(body)![1]);
      const other = path.startsWith('glossary/') ? `有关词语解释: ${title}` : title;
      assert.equal(
        text,
        `七里河区人民政府. 七里河区2021年政府工作报告: ${other}[EB/OL]. (2021-04-27)[引用日期]. ${url}.`,
        path,
      );
    }
  });
}
